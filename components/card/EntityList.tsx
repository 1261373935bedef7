// The keyboard way to the cards: the page's people, places and organizations as one list,
// grouped by type, with a search box that filters as the reader types. Focus stays in the
// search box (a combobox pattern): arrow keys move the active entry, Enter opens its card,
// Esc closes the list.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntitySummary } from '@/utils/model/types';

export interface EntityListProps {
  entities: readonly EntitySummary[];
  onOpen(id: string): void;
  onClose(): void;
  /** Prefix for element ids, when more than one list is on a page. */
  idPrefix?: string;
  /** Focus the search box on mount (default true: the list is opened from the keyboard). */
  autoFocus?: boolean;
}

const GROUPS = [
  { type: 'PER', label: 'People' },
  { type: 'LOC', label: 'Places' },
  { type: 'ORG', label: 'Organizations' },
] as const;

/** Lower case without accents, so "erdogan" finds "Erdoğan". */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * What a key does in the list: move the active entry to an index, open it, close the list, or
 * nothing (null: the key is left to the browser, e.g. Home and End inside the search box).
 */
function keyAction(key: string, active: number, count: number, inSearchBox: boolean): number | 'open' | 'close' | null {
  switch (key) {
    case 'ArrowDown':
      return active + 1;
    case 'ArrowUp':
      return active - 1;
    case 'Home':
      return inSearchBox ? null : 0;
    case 'End':
      return inSearchBox ? null : count - 1;
    case 'Enter':
      return 'open';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/** The list of the page's entities. */
export function EntityList({
  entities,
  onOpen,
  onClose,
  idPrefix = 'gloss-entities',
  autoFocus = true,
}: EntityListProps) {
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);

  const groups = useMemo(() => {
    const q = fold(query.trim());
    return GROUPS.map((g) => ({
      ...g,
      items: entities.filter((e) => e.type === g.type && (q === '' || fold(e.name).includes(q))),
    })).filter((g) => g.items.length > 0);
  }, [entities, query]);
  const visible = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const activeIndex = Math.max(
    0,
    visible.findIndex((e) => e.id === activeId),
  );
  const active = visible[activeIndex];
  const optionId = (id: string) => `${idPrefix}-option-${visible.findIndex((e) => e.id === id)}`;

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (!active) return;
    const options = list.current?.querySelectorAll<HTMLElement>('[role="option"]') ?? [];
    const el = Array.from(options).find((o) => o.dataset.entityId === active.id);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [active?.id]);

  const move = (to: number) => {
    if (visible.length === 0) return;
    const i = Math.max(0, Math.min(visible.length - 1, to));
    setActiveId(visible[i]!.id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const action = keyAction(e.key, activeIndex, visible.length, e.target === input.current);
    if (action === null) return;
    if (action === 'open') {
      if (active) onOpen(active.id);
    } else if (action === 'close') onClose();
    else move(action);
    e.preventDefault();
    e.stopPropagation();
  };

  const listId = `${idPrefix}-list`;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: combobox pattern: focus stays in the input and the keys its list handles bubble here
    <div class="gloss-entities" onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="text"
        inputMode="search"
        class="gloss-entities__search"
        role="combobox"
        aria-label="Filter people, places and organizations"
        aria-controls={listId}
        aria-expanded="true"
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active.id) : undefined}
        placeholder="Filter…"
        value={query}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <div
        ref={list}
        id={listId}
        role="listbox"
        aria-label="People, places and organizations on this page"
        class="gloss-entities__list"
      >
        {groups.map((g) => (
          <EntityGroup
            key={g.type}
            group={g}
            idPrefix={idPrefix}
            activeId={active?.id}
            optionId={optionId}
            onChoose={(id) => {
              setActiveId(id);
              onOpen(id);
            }}
          />
        ))}
      </div>
      {visible.length === 0 && (
        <p class="gloss-entities__empty" role="status">
          {entities.length === 0
            ? 'Gloss marked no people, places or organizations on this page.'
            : `Nothing matches “${query}”.`}
        </p>
      )}
    </div>
  );
}

interface EntityGroupProps {
  group: { type: string; label: string; items: readonly EntitySummary[] };
  idPrefix: string;
  activeId: string | undefined;
  optionId(id: string): string;
  onChoose(id: string): void;
}

/** One type's entries of the list (People, Places, Organizations): a labelled group of options. */
function EntityGroup({ group: g, idPrefix, activeId, optionId, onChoose }: EntityGroupProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a listbox may hold only options and groups of them, not a fieldset
    <div role="group" aria-labelledby={`${idPrefix}-group-${g.type}`} class="gloss-entities__group">
      <div id={`${idPrefix}-group-${g.type}`} class="gloss-entities__label">
        {g.label}
      </div>
      {g.items.map((e) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: combobox pattern: options are chosen from the input's keys (aria-activedescendant) and never take focus
        <div
          key={e.id}
          id={optionId(e.id)}
          data-entity-id={e.id}
          role="option"
          aria-selected={e.id === activeId ? 'true' : 'false'}
          class={e.id === activeId ? 'gloss-entities__option is-active' : 'gloss-entities__option'}
          onClick={() => onChoose(e.id)}
        >
          <span class="gloss-entities__name">{e.name}</span>{' '}
          <span class="gloss-entities__count" role="img" aria-label={`${e.mentions} mentions`}>
            ×{e.mentions}
          </span>
        </div>
      ))}
    </div>
  );
}
