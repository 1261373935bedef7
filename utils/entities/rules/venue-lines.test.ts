import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { venueLines } from './venue-lines';

const lists: Record<string, string[]> = {
  city: [],
  country: [],
  region: [],
  first: ['jane', 'cynthia'],
  org: [],
  common: [],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return venueLines(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('venueLines', () => {
  it('makes the venue of a dated list line a place, whatever the tagger read', () => {
    expect(run('June 24 -- Jiffy Lube Live, Bristow, VA', [['Jiffy Lube Live', 'PER']])).toEqual([
      'LOC Jiffy Lube Live',
    ]);
    expect(
      run('Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI\nSept. 18 -- The Forum, Los Angeles, CA', [
        ['DTE Energy', 'ORG'],
      ]),
    ).toEqual(['LOC DTE Energy Music Theatre', 'LOC The Forum']);
    expect(run('Sat, June 9, 2020 – Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC', [])).toEqual([
      'LOC Coastal Credit Union Music Park at Walnut Creek',
    ]);
    expect(run('6/24 | BB&T Pavilion, Camden, NJ', [])).toEqual(['LOC BB&T Pavilion']);
    expect(run('• Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre), Alpharetta, GA', [])).toEqual([
      'LOC Ameris Bank Amphitheatre',
    ]);
  });

  it('leaves lines of other shapes alone', () => {
    // no date or bullet first
    expect(run('Jiffy Lube Live, Bristow, VA', [['Jiffy Lube Live', 'PER']])).toEqual(['PER Jiffy Lube Live']);
    // words of a sentence, not a name
    expect(run('June 24 -- the band plays in Bristow, VA', [])).toEqual([]);
    // no postal code at the end of the line
    expect(run('June 24 -- John Smith, Bristow, Virginia', [['John Smith', 'PER']])).toEqual(['PER John Smith']);
    // people listed with their towns
    expect(run('— Jane Doe, Portland, OR', [['Jane Doe', 'PER']])).toEqual(['PER Jane Doe']);
    expect(run('Oct. 10 -- Cynthia Woods Mitchell Pavilion, Houston, TX', [])).toEqual([
      'LOC Cynthia Woods Mitchell Pavilion',
    ]);
    expect(run('June 24 -- John Smith, Bristow, VA, said', [['John Smith', 'PER']])).toEqual(['PER John Smith']);
  });
});
