// One list of Wikidata facts as the card shows them: label, value, and qualifiers such as the
// as-of date in brackets. Shared by the "Key facts" section and the place section's facts.
import type { Fact } from '@/utils/knowledge/types';
import { FACT_LABELS, formatFactValue, formatQualifiers } from './format';

export interface FactListProps {
  facts: readonly Fact[];
  locale?: string;
  /** Extra class names for the list (the place section lays it out beside the map). */
  className?: string;
}

/** A definition list of facts; the caller decides what to show when there are none. */
export function FactList({ facts, locale, className }: FactListProps) {
  return (
    <dl class={className ? `gloss-card__facts ${className}` : 'gloss-card__facts'}>
      {facts.map((f, i) => {
        const q = formatQualifiers(f, locale);
        return (
          <div key={`${f.property}-${i}`} class="gloss-card__fact">
            <dt>{FACT_LABELS[f.kind]}</dt>
            <dd>
              {formatFactValue(f.value, locale)}
              {q && <span class="gloss-card__qualifier"> ({q})</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
