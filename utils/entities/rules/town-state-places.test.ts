import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { townStatePlaces } from './town-state-places';

const lists: Record<string, string[]> = { region: ['Minnesota', 'Florida', 'Alabama'], city: ['Austin'] };
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => (lists[c] ?? []).map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return townStatePlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('townStatePlaces', () => {
  it('marks the untagged town before ", <state>" after a word leading to places', () => {
    expect(run('She was born in Little Falls, Minnesota, in 1950.', [['Minnesota', 'LOC']])).toEqual([
      'LOC Little Falls',
      'LOC Minnesota',
    ]);
    expect(run('A school in Longwood, Florida.', [['Florida', 'LOC']])).toEqual(['LOC Longwood', 'LOC Florida']);
  });

  it('leaves a town after no leading word, tagged words, and a state opening a longer name', () => {
    expect(run('Yesterday Longwood, Florida voted.', [['Florida', 'LOC']])).toEqual(['LOC Florida']);
    expect(
      run('He met Ann Smith, Minnesota today.', [
        ['Ann Smith', 'PER'],
        ['Minnesota', 'LOC'],
      ]),
    ).toEqual(['PER Ann Smith', 'LOC Minnesota']);
    expect(run('Jobs in Birmingham, Alabama Power said.', [['Alabama', 'LOC']])).toEqual(['LOC Alabama']);
  });

  it('needs a state or country the gazetteer knows after the comma', () => {
    expect(run('He lives in Round Rock, Austin.', [['Austin', 'LOC']])).toEqual(['LOC Austin']);
    expect(run('He lives in Round Rock, Texas.', [['Texas', 'LOC']])).toEqual(['LOC Texas']);
  });
});
