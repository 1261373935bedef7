import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { placeExtents } from './place-extents';

const lists: Record<string, string[]> = { country: ['Bosnia and Herzegovina', 'Bosnia', 'France'], region: ['Saxony'] };
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => (lists[c] ?? []).map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return placeExtents(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('placeExtents', () => {
  it('joins a head of waters, "of" and the place after it', () => {
    expect(
      run('Oil rigs in the Gulf of Mexico were shut.', [
        ['Gulf', 'LOC'],
        ['Mexico', 'LOC'],
      ]),
    ).toEqual(['LOC Gulf of Mexico']);
    expect(run('The ship crossed the Bay of Bengal at night.', [])).toEqual(['LOC Bay of Bengal']);
    expect(run('A ferry to the Isle of Wight left.', [['Wight', 'LOC']])).toEqual(['LOC Isle of Wight']);
  });

  it('joins a state named "… of <place>" with the words of its name before the head', () => {
    expect(run('The Federal Republic of Yugoslavia voted.', [['Yugoslavia', 'LOC']])).toEqual([
      'LOC Federal Republic of Yugoslavia',
    ]);
    expect(run('A revolt in Duchy of Saxony began.', [['Saxony', 'LOC']])).toEqual(['LOC Duchy of Saxony']);
    expect(run('Legal in 11 states and the District of Columbia.', [['Columbia', 'LOC']])).toEqual([
      'LOC District of Columbia',
    ]);
    expect(run('He lived in the district of Lahore.', [['Lahore', 'LOC']])).toEqual(['LOC Lahore']);
    expect(
      run('It is in Chittoor District of Andhra Pradesh.', [
        ['Chittoor District', 'LOC'],
        ['Andhra Pradesh', 'LOC'],
      ]),
    ).toEqual(['LOC Chittoor District', 'LOC Andhra Pradesh']);
  });

  it('leaves heads before people, organizations, untagged words after a state head, and lowercase heads', () => {
    expect(
      run('The Bay of Pigs Smith said.', [
        ['Bay', 'LOC'],
        ['Pigs Smith', 'PER'],
      ]),
    ).toEqual(['LOC Bay', 'PER Pigs Smith']);
    expect(run('The Republic of Letters was a network.', [])).toEqual([]);
    expect(run('The bay of Naples is blue.', [['Naples', 'LOC']])).toEqual(['LOC Naples']);
    expect(run('Secretary of State Rubio spoke.', [['Rubio', 'PER']])).toEqual(['PER Rubio']);
  });

  it('takes in the capitalized head of an area after a place', () => {
    expect(
      run('A village in Osijek-Baranja County, Croatia.', [
        ['Osijek-Baranja', 'LOC'],
        ['Croatia', 'LOC'],
      ]),
    ).toEqual(['LOC Osijek-Baranja County', 'LOC Croatia']);
    expect(run('Rain fell on the Gaza Strip today.', [['Gaza', 'LOC']])).toEqual(['LOC Gaza Strip']);
  });

  it('leaves a head that opens a longer name, a lowercase head and a head tagged otherwise', () => {
    expect(run('The Kent County Council met.', [['Kent', 'LOC']])).toEqual(['LOC Kent']);
    expect(run('We swam in the Mandovi river today.', [['Mandovi', 'LOC']])).toEqual(['LOC Mandovi']);
    expect(
      run('Paris Island Records signed her.', [
        ['Paris', 'LOC'],
        ['Island Records', 'ORG'],
      ]),
    ).toEqual(['LOC Paris', 'ORG Island Records']);
  });

  it('joins two place spans that together are a place the gazetteer knows', () => {
    expect(
      run('The war in Bosnia and Herzegovina ended.', [
        ['Bosnia', 'LOC'],
        ['Herzegovina', 'LOC'],
      ]),
    ).toEqual(['LOC Bosnia and Herzegovina']);
    expect(
      run('Trade between Bosnia and France grew.', [
        ['Bosnia', 'LOC'],
        ['France', 'LOC'],
      ]),
    ).toEqual(['LOC Bosnia', 'LOC France']);
  });
});
