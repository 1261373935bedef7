// The names Gloss found in the welcome sample, grouped by type, each a button that opens its
// card (the keyboard's and screen readers' way to the same card as the pointer's).
import { typeNoun } from '@/components/card/format';
import type { SampleEntity } from '@/utils/welcome/mark-sample';

const GROUP_LABEL = { PER: 'People', LOC: 'Places', ORG: 'Organizations' } as const;

export interface FoundNamesProps {
  groups: { type: keyof typeof GROUP_LABEL; items: SampleEntity[] }[];
  onOpen(e: Event, entity: SampleEntity): void;
}

export function FoundNames({ groups: listed, onOpen: openFromButton }: FoundNamesProps) {
  return (
    <>
      {listed.map((g) => (
        <div key={g.type} class="sample__group">
          <h4 id={`sample-group-${g.type}`} class={`sample__group-label legend legend--${g.type}`}>
            {GROUP_LABEL[g.type]}
          </h4>
          <ul class="sample__names" aria-labelledby={`sample-group-${g.type}`}>
            {g.items.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  class="sample__name"
                  data-entity-id={e.id}
                  aria-haspopup="dialog"
                  aria-describedby="sample-found-help"
                  onClick={(ev) => openFromButton(ev, e)}
                >
                  {e.name}{' '}
                  <span class="sample__count">
                    ({typeNoun(e.type as 'PER' | 'LOC' | 'ORG')}, {e.mentions}{' '}
                    {e.mentions === 1 ? 'mention' : 'mentions'})
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
