// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { entitiesIn } from './entities-in';

describe('entitiesIn', () => {
  it('keeps the entities whose mentions overlap the range, once each, never MISC', () => {
    const p = document.createElement('p');
    p.textContent = 'Putin met Erdogan in Sochi. Putin spoke of the Olympics.';
    document.body.append(p);
    const t = p.firstChild as Text;
    const range = (a: number, b: number) => {
      const r = document.createRange();
      r.setStart(t, a);
      r.setEnd(t, b);
      return r;
    };
    const at = (word: string, from = 0) => t.data.indexOf(word, from);
    const mentions = [
      { range: range(at('Putin'), at('Putin') + 5), entityId: 'e1' },
      { range: range(at('Erdogan'), at('Erdogan') + 7), entityId: 'e2' },
      { range: range(at('Sochi'), at('Sochi') + 5), entityId: 'e3' },
      { range: range(at('Putin', 10), at('Putin', 10) + 5), entityId: 'e1' },
      { range: range(at('Olympics'), at('Olympics') + 8), entityId: 'e4' },
    ];
    const entities = [
      { id: 'e1', name: 'Vladimir Putin', type: 'PER' as const },
      { id: 'e2', name: 'Recep Tayyip Erdoğan', type: 'PER' as const },
      { id: 'e3', name: 'Sochi', type: 'LOC' as const },
      { id: 'e4', name: 'Olympics', type: 'MISC' as const },
    ];
    // "met Erdogan in Sochi. Putin spoke of the Olympics"
    const out = entitiesIn(range(at('met'), t.data.length - 1), mentions, entities);
    expect(out.names).toEqual(['Recep Tayyip Erdoğan', 'Sochi', 'Vladimir Putin']);
    expect(out.keys).toEqual(['PER:recep tayyip erdogan', 'LOC:sochi', 'PER:vladimir putin']);
    // A range touching a mention only at its edge does not include it.
    expect(entitiesIn(range(0, at('Putin') + 0), mentions, entities).keys).toEqual([]);
  });
});
