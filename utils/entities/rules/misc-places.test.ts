import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { miscPlaces } from './misc-places';

const lists: Record<string, string[]> = { region: ['Normandy', 'German', 'Chechnya'], common: ['chechnya'] };
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => (lists[c] ?? []).map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return miscPlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('miscPlaces', () => {
  it('makes a MISC span ending on a head of places a place', () => {
    expect(run('Rigs near the North Sea coast.', [['North Sea', 'MISC']])).toEqual(['LOC North Sea']);
    expect(run('They crossed the Yangtze River at dawn.', [['Yangtze River', 'MISC']])).toEqual(['LOC Yangtze River']);
  });

  it('leaves heads that events and works share, and one-word heads', () => {
    expect(run('The Operation Market Garden failed.', [['Operation Market Garden', 'MISC']])).toEqual([
      'MISC Operation Market Garden',
    ]);
    expect(run('He played at Island.', [['Island', 'MISC']])).toEqual(['MISC Island']);
  });

  it('makes a known place after a word leading to places a place', () => {
    expect(run('The invasion of Normandy began.', [['Normandy', 'MISC']])).toEqual(['LOC Normandy']);
    expect(run('They landed in Normandy.', [['Normandy', 'MISC']])).toEqual(['LOC Normandy']);
  });

  it('leaves a known place without a leading word, nationalities, ordinary words and other types', () => {
    expect(run('Normandy cheese is sold.', [['Normandy', 'MISC']])).toEqual(['MISC Normandy']);
    expect(run('The book is only in German.', [['German', 'MISC']])).toEqual(['MISC German']);
    expect(run('Peace came to Chechnya.', [['Chechnya', 'MISC']])).toEqual(['MISC Chechnya']);
    expect(run('He lives in Normandy.', [['Normandy', 'PER']])).toEqual(['PER Normandy']);
  });
});
