import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { bodiesNamedByPlaces } from './place-bodies';

const lists: Record<string, string[]> = {
  city: ['kansas city', 'hollywood'],
  country: ['egypt'],
  region: [],
  first: [],
  org: [],
  common: [],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return bodiesNamedByPlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('bodiesNamedByPlaces', () => {
  it('reads a place and a newspaper head as one newspaper', () => {
    expect(
      run('It owns the San Jose Mercury News and more.', [
        ['San Jose', 'LOC'],
        ['News', 'ORG'],
      ]),
    ).toEqual(['San Jose Mercury News/ORG']);
    expect(run('papers such as the Kansas City Star, may fold', [['Kansas City', 'ORG']])).toEqual([
      'Kansas City Star/ORG',
    ]);
    expect(run('He bought the San Diego Union-Tribune in 2018.', [['San Diego', 'LOC']])).toEqual([
      'San Diego Union-Tribune/ORG',
    ]);
  });

  it('leaves a place whose capitalized run goes on, or with no newspaper head', () => {
    expect(run('They met at the New York Times Square store.', [['New York', 'LOC']])).toEqual(['New York/LOC']);
    expect(run('A Hollywood STAR was born.', [['Hollywood', 'LOC']])).toEqual(['Hollywood/LOC']);
    expect(run('The San Jose Sharks won.', [['San Jose', 'LOC']])).toEqual(['San Jose/LOC']);
  });

  it('reads a place and a lowercase local head as one body', () => {
    expect(run('Forest Hill police said so.', [['Forest Hill', 'LOC']])).toEqual(['Forest Hill police/ORG']);
    expect(run('West Mercia police said so.', [['West Mercia', 'ORG']])).toEqual(['West Mercia police/ORG']);
    expect(run('"Fort Worth P.D. Open the door!"', [['Fort Worth', 'LOC']])).toEqual(['Fort Worth P.D./ORG']);
    expect(run('Inner Mongolia health authority reported a case.', [['Inner Mongolia', 'LOC']])).toEqual([
      'Inner Mongolia health authority/ORG',
    ]);
    expect(run("The Dallas sheriff's office said.", [['Dallas', 'LOC']])).toEqual(["Dallas sheriff's office/ORG"]);
  });

  it("leaves a country's police, an acronym's, and a body that already has a head", () => {
    expect(run('Egypt police said so.', [['Egypt', 'LOC']])).toEqual(['Egypt/LOC']);
    expect(run('U.N. police said so.', [['U.N.', 'ORG']])).toEqual(['U.N./ORG']);
    expect(run('The Labour Party council met.', [['Labour Party', 'ORG']])).toEqual(['Labour Party/ORG']);
    expect(run('Forest Hill Police said so.', [['Forest Hill', 'LOC']])).toEqual(['Forest Hill/LOC']);
  });
});
