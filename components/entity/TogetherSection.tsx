// The people, places and organizations read most often with the entity, by type, each a
// link to its own entity page.
import type { CoEntity } from '@/utils/memory/entity-view';
import { articles as articlesPhrase } from '@/utils/memory/phrases';
import type { EntityType } from '@/utils/model/types';

const GROUPS: { type: EntityType; label: string }[] = [
  { type: 'PER', label: 'People' },
  { type: 'LOC', label: 'Places' },
  { type: 'ORG', label: 'Organizations' },
];

export interface TogetherSectionProps {
  name: string;
  together: readonly CoEntity[];
  /** Href of another entity's page. */
  entityHref(key: string): string;
}

export function TogetherSection({ name, together, entityHref }: TogetherSectionProps) {
  if (together.length === 0) return null;
  return (
    <section aria-labelledby="together-heading">
      <h2 id="together-heading">Read most often with {name}</h2>
      {GROUPS.map((g) => {
        const list = together.filter((c) => c.type === g.type);
        if (list.length === 0) return null;
        return (
          <div key={g.type}>
            <h3>{g.label}</h3>
            <ul class="together">
              {list.map((c) => (
                <li key={c.key}>
                  <a href={entityHref(c.key)}>{c.name}</a> <span class="muted">in {articlesPhrase(c.count)}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
