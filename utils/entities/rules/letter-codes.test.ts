import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { dropLetterCodePlaces } from './letter-codes';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';

const lists: Record<string, string[]> = { city: [], country: ['uk'], region: [], first: [], org: [], common: [] };
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return dropLetterCodePlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('dropLetterCodePlaces', () => {
  it('drops capital-letter words read as places that name no place', () => {
    expect(
      run('Play it on a console or PC, or in VR.', [
        ['PC', 'LOC'],
        ['VR', 'LOC'],
      ]),
    ).toEqual([]);
  });

  it('keeps state codes, known abbreviations, gazetteer places, other types and longer spans', () => {
    expect(
      run('From Austin, TX to the UK and NYC, with PC Gamer and the VR Arena.', [
        ['Austin', 'LOC'],
        ['TX', 'LOC'],
        ['UK', 'LOC'],
        ['NYC', 'LOC'],
        ['PC Gamer', 'ORG'],
        ['VR Arena', 'LOC'],
      ]),
    ).toEqual(['LOC Austin', 'LOC TX', 'LOC UK', 'LOC NYC', 'ORG PC Gamer', 'LOC VR Arena']);
    expect(run('The ABC said so.', [['ABC', 'ORG']])).toEqual(['ORG ABC']);
    expect(run('He flew to Pc.', [['Pc', 'LOC']])).toEqual(['LOC Pc']);
  });
});
