import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { postalCodePlaces } from './postal-code-places';

const lists: Record<string, string[]> = {
  city: ['virginia beach'],
  country: [],
  region: [],
  first: ['peter', 'virginia', 'harry'],
  org: [],
  common: ['yes', 'well', 'said'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return postalCodePlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('postalCodePlaces', () => {
  it('makes the town and its postal code places, whatever the tagger read', () => {
    expect(run('June 24 -- Jiffy Lube Live, Bristow, VA', [['Bristow', 'PER']])).toEqual(['LOC Bristow', 'LOC VA']);
    expect(run('July 19 -- Budweiser Stage, Toronto, ON\nJuly 20 -- The Forum, Mansfield, MA', [])).toEqual([
      'LOC Toronto',
      'LOC ON',
      'LOC Mansfield',
      'LOC MA',
    ]);
    expect(run('Photo: Austin Swift -- Las Vegas, NV.', [['Vegas', 'MISC']])).toEqual(['LOC Las Vegas', 'LOC NV']);
    expect(run('Write to Suite 500 Baltimore, MD 21202 today.', [['Suite 500 Baltimore', 'MISC']])).toEqual([
      'LOC Baltimore',
      'LOC MD',
    ]);
    expect(run('They played Virginia Beach, VA (twice).', [['Virginia Beach', 'PER']])).toEqual([
      'LOC Virginia Beach',
      'LOC VA',
    ]);
  });

  it('cuts a span that runs over the comma into the town and the code', () => {
    expect(run('It opens in West Palm Beach, FL, the first stop.', [['West Palm Beach, FL', 'ORG']])).toEqual([
      'LOC West Palm Beach',
      'LOC FL',
    ]);
  });

  it('keeps an organization by its head word and marks only the code', () => {
    expect(run('He studied at Stanford University, CA.', [['Stanford University', 'ORG']])).toEqual([
      'ORG Stanford University',
      'LOC CA',
    ]);
  });

  it('leaves degrees after names, ordinary words, capitals and codes inside a phrase alone', () => {
    expect(run('Said Peter Hotez, MD, a dean.', [['Peter Hotez', 'PER']])).toEqual(['PER Peter Hotez']);
    expect(run('Said Harry Preuss, MD, a dean.', [])).toEqual([]);
    expect(run('Updates from Peter Hotez, MD, Ph.D.', [['from Peter Hotez', 'ORG']])).toEqual(['ORG from Peter Hotez']);
    expect(run('Yes, OK.', [])).toEqual([]);
    expect(run('It was TP, TN, FP.', [])).toEqual([]);
    expect(run('Lived in Chillicothe, OH area schools.', [])).toEqual([]);
    expect(run('Met at Casey, GA Street.', [])).toEqual([]);
    expect(run('In Camden, nj.', [])).toEqual([]);
    expect(run('It opens in West Palm Beach, FL on June 9.', [['West Palm Beach, FL', 'ORG']])).toEqual([
      'ORG West Palm Beach, FL',
    ]);
  });
});
