// Search results grouped by page: each page's title, site and date, then its hits with the
// matched words marked. Every hit is a button (Tab reaches it, Enter opens it); arrow keys,
// Home and End move between hits across groups.
import type { Highlight } from '@/utils/model/types';
import type { SearchGroup, SearchHit } from '@/utils/search/types';
import type { HighlightColor } from '@/utils/model/settings';
import { ColorSwatch } from './ColorSwatch';
import { Marked } from './Marked';
import { colorOf, formatDay } from './format';

export interface ResultListProps {
  groups: readonly SearchGroup[];
  colors: readonly HighlightColor[];
  onOpen(h: Highlight): void;
  /** Called with ArrowUp on the first hit (to return to the search box). */
  onExitTop?(): void;
  locale?: string;
}

/** The hit buttons of a result list, in order. */
export function hitButtons(root: ParentNode): HTMLButtonElement[] {
  return Array.from(root.querySelectorAll<HTMLButtonElement>('button.hit'));
}

function Hit({
  hit,
  colors,
  onOpen,
}: {
  hit: SearchHit;
  colors: readonly HighlightColor[];
  onOpen(h: Highlight): void;
}) {
  const h = hit.highlight;
  const names = h.entityNames ?? [];
  const tags = h.tags ?? [];
  return (
    <li>
      <button type="button" class="hit" data-highlight-id={h.id} onClick={() => onOpen(h)}>
        <span class="hit__quote">
          <ColorSwatch color={colorOf(colors, h.color)} />
          <q>
            <Marked text={h.quote} ranges={hit.marks.quote} />
          </q>
        </span>
        {h.note && (
          <span class="hit__note">
            <span class="visually-hidden">Note: </span>
            <Marked text={h.note} ranges={hit.marks.note} />
          </span>
        )}
        {(names.length > 0 || tags.length > 0) && (
          <span class="hit__entities">
            {names.map((n, i) => (
              <span class="chip" key={`e${i}`}>
                <Marked text={n} ranges={hit.marks[`entityNames.${i}`]} />
              </span>
            ))}
            {tags.map((t, i) => (
              <span class="chip chip--tag" key={`t${i}`}>
                #<Marked text={t} ranges={hit.marks[`tags.${i}`]} />
              </span>
            ))}
          </span>
        )}
      </button>
    </li>
  );
}

/** The grouped hits. */
export function ResultList({ groups, colors, onOpen, onExitTop, locale }: ResultListProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    const root = e.currentTarget as HTMLElement;
    const buttons = hitButtons(root);
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    let to: number;
    switch (e.key) {
      case 'ArrowDown':
        to = Math.min(buttons.length - 1, at + 1);
        break;
      case 'ArrowUp':
        if (at === 0 && onExitTop) {
          e.preventDefault();
          onExitTop();
          return;
        }
        to = Math.max(0, at - 1);
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = buttons.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    buttons[to]!.focus();
    buttons[to]!.scrollIntoView?.({ block: 'nearest' });
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the result buttons inside; each button keeps its own focus and Enter
    <div class="results" onKeyDown={onKeyDown}>
      {groups.map((g, gi) => {
        const first = g.hits[0]?.highlight;
        const headingId = `result-group-${gi}`;
        return (
          <section class="group" key={`${g.url}#${gi}`} aria-labelledby={headingId}>
            <h3 id={headingId} class="group__title">
              <Marked text={g.title || g.url} ranges={g.title ? first && g.hits[0]!.marks.title : undefined} />
            </h3>
            <p class="group__meta">
              <Marked text={g.site} ranges={first ? g.hits[0]!.marks.site : undefined} />
              {first ? ` · ${formatDay(first.createdAt, locale)}` : ''}
            </p>
            <ul class="hits">
              {g.hits.map((hit) => (
                <Hit key={hit.highlight.id} hit={hit} colors={colors} onOpen={onOpen} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
