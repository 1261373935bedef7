import { describe, expect, it } from 'vitest';
import { arabicArticlePlaces } from './arabic-places';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';

const lists: Record<string, string[]> = {
  city: [],
  country: ['syria'],
  region: [],
  first: [],
  org: ['al-qaeda'],
  common: [],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return arabicArticlePlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('arabicArticlePlaces', () => {
  it('makes a lowercase-article name a place after a place preposition or a place possessive', () => {
    expect(run('The U.S. base in al-Tanf was attacked.', [['U.S.', 'LOC']])).toEqual(['LOC U.S.', 'LOC al-Tanf']);
    expect(
      run('Forces in southern Syria’s al-Tanf were accused.', [
        ['Syria', 'LOC'],
        ['al-Tanf', 'MISC'],
      ]),
    ).toEqual(['LOC Syria', 'LOC al-Tanf']);
  });

  it('makes one before a noun of places a place, and every other mention of it', () => {
    expect(run('Soldiers manned the al-Ram checkpoint.', [])).toEqual(['LOC al-Ram']);
    expect(run('They prayed at al-Aqsa and marched towards al-Aqsa.', [['al-Aqsa', 'MISC']])).toEqual([
      'LOC al-Aqsa',
      'LOC al-Aqsa',
    ]);
  });

  it('leaves people, groups, papers and names without a place context alone', () => {
    expect(run('Sudan’s Hassan al-Turabi spoke in Khartoum.', [['Hassan al-Turabi', 'PER']])).toEqual([
      'PER Hassan al-Turabi',
    ]);
    expect(run('Leader Hassan al-Turabi area rallies.', [['Hassan', 'PER']])).toEqual(['PER Hassan']);
    expect(run('Recruits in al-Qaeda camps were trained.', [])).toEqual([]);
    expect(run('The report in al-Akhbar newspaper said so. al-Akhbar is a paper.', [['al-Akhbar', 'ORG']])).toEqual([
      'ORG al-Akhbar',
    ]);
    expect(run('He is a reporter at al-Jazeera.', [])).toEqual([]);
  });
});
