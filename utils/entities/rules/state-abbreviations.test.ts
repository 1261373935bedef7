import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { statePlaces } from './state-abbreviations';

const lists: Record<string, string[]> = { city: [], country: [], region: [], first: ['john'], org: [], common: [] };
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return statePlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('statePlaces', () => {
  it('makes the town and its state abbreviation places, whatever the tagger read', () => {
    expect(run('COLUMBUS, Ind. — Police said.', [['COLUMBUS', 'PER']])).toEqual(['LOC COLUMBUS', 'LOC Ind']);
    expect(run('He moved to Portland, Ore., in 1990.', [['Portland', 'LOC']])).toEqual(['LOC Portland', 'LOC Ore']);
    expect(run('Officials in Palo Alto, Calif. agreed.', [])).toEqual(['LOC Palo Alto', 'LOC Calif']);
    expect(run('She lives in Albany, N.Y., now.', [['Albany', 'ORG']])).toEqual(['LOC Albany', 'LOC N.Y.']);
  });

  it('leaves organizations, people named in full and words without their period alone', () => {
    expect(run('He studied at Stanford University, Calif., in 1990.', [['Stanford University', 'ORG']])).toEqual([
      'ORG Stanford University',
      'LOC Calif',
    ]);
    expect(run('It was John Smith, Calif. said.', [['John Smith', 'PER']])).toEqual(['PER John Smith', 'LOC Calif']);
    expect(run('Ask Tom, Miss Jones said.', [['Tom', 'PER']])).toEqual(['PER Tom']);
    expect(run('Paris, Ind', [['Paris', 'LOC']])).toEqual(['LOC Paris']);
  });
});
