import { describe, expect, it } from 'vitest';
import { featurePlaces } from './feature-places';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';

const lists: Record<string, string[]> = {
  city: [],
  country: [],
  region: [],
  first: ['shirley', 'edward', 'lincoln'],
  org: [],
  common: [],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return featurePlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('featurePlaces', () => {
  it('makes names ending on a head that names only places places, whatever the tagger read', () => {
    expect(
      run('Water from Lincoln Reservoir reached the Deccan Plateau.', [
        ['Lincoln Reservoir', 'PER'],
        ['Deccan Plateau', 'ORG'],
      ]),
    ).toEqual(['LOC Lincoln Reservoir', 'LOC Deccan Plateau']);
    expect(run('They played at Subiaco Oval.', [['Subiaco Oval', 'PER']])).toEqual(['LOC Subiaco Oval']);
  });

  it('reads a head that is also a surname as a place unless a first name opens the span', () => {
    expect(
      run('Hancock Pond feeds Willett Brook.', [
        ['Hancock Pond', 'ORG'],
        ['Willett Brook', 'PER'],
      ]),
    ).toEqual(['LOC Hancock Pond', 'LOC Willett Brook']);
    expect(
      run('Shirley Temple met Edward Heath.', [
        ['Shirley Temple', 'PER'],
        ['Edward Heath', 'PER'],
      ]),
    ).toEqual(['PER Shirley Temple', 'PER Edward Heath']);
  });

  it('leaves one-word spans, places and other heads alone', () => {
    expect(run('Temple said so.', [['Temple', 'PER']])).toEqual(['PER Temple']);
    expect(run('Linkin Park played.', [['Linkin Park', 'ORG']])).toEqual(['ORG Linkin Park']);
    expect(run('They met at Abbey Road.', [['Abbey Road', 'LOC']])).toEqual(['LOC Abbey Road']);
  });
});
