import { describe, expect, it } from 'vitest';
import { spanContext, markedSpans, spanSurface } from '../marked-spans';
import { buildGazetteer, GAZ_CATEGORIES } from '../gazetteer';
import { streetPlaces } from './street-places';

const gazetteer = buildGazetteer(GAZ_CATEGORIES.map(() => []));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return streetPlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('streetPlaces', () => {
  it('makes a road opening on an ordinal a place', () => {
    expect(run('He was stopped near 17th Street and Gladstone Avenue.', [['Gladstone Avenue', 'LOC']])).toEqual([
      'LOC 17th Street',
      'LOC Gladstone Avenue',
    ]);
    expect(run('Burton, 32, of 1119 Eighth St., was arrested.', [['Burton', 'PER']])).toEqual([
      'PER Burton',
      'LOC Eighth St.',
    ]);
  });

  it('takes the route number into the road and retypes what the tagger made of it', () => {
    expect(run('Burton, 57, of 3170 W. County Road 600S, was arrested.', [['W. County Road', 'MISC']])).toEqual([
      'LOC W. County Road 600S',
    ]);
    expect(run('Along State Route 267 the traffic slowed.', [])).toEqual(['LOC State Route 267']);
  });

  it('reads an ambiguous road word as a road only after a house number', () => {
    expect(run('A garage behind 2134 Caldwell Place was searched.', [['Caldwell Place', 'ORG']])).toEqual([
      'LOC Caldwell Place',
    ]);
    expect(run('It is a Great Place to work.', [])).toEqual([]);
    expect(run('Barry Lane shot 69.', [['Barry Lane', 'PER']])).toEqual(['PER Barry Lane']);
  });

  it('leaves saints, names that go on after the road, and clause openers alone', () => {
    expect(run('They flew to St. Louis on Friday.', [['St. Louis', 'LOC']])).toEqual(['LOC St. Louis']);
    expect(run('She reads The Wall Street Journal daily.', [['Wall Street Journal', 'ORG']])).toEqual([
      'ORG Wall Street Journal',
    ]);
    expect(run('They met at Hayes Street Grill.', [])).toEqual([]);
    expect(run('U.S. TEAMS OPEN ON ROAD FOR 1997', [['U.S.', 'LOC']])).toEqual(['LOC U.S.']);
  });

  it('makes a road word before the name and the words after it a place, as Romance languages write roads', () => {
    expect(
      run("They strolled down Paris's Boulevard Montmartre.", [
        ['Paris', 'LOC'],
        ['Boulevard Montmartre', 'PER'],
      ]),
    ).toEqual(['LOC Paris', 'LOC Boulevard Montmartre']);
    expect(
      run('Crowds filled the Rue de Rivoli and Piazza della Signoria.', [
        ['Rivoli', 'LOC'],
        ['Piazza', 'ORG'],
      ]),
    ).toEqual(['LOC Rue de Rivoli', 'LOC Piazza della Signoria']);
    expect(run('The Place de la Concorde was closed.', [])).toEqual(['LOC Place de la Concorde']);
  });

  it('leaves a first road word alone when it ends a name, opens a sentence as "Via", or names a company', () => {
    expect(run('She lives on Fifth Avenue.', [])).toEqual(['LOC Fifth Avenue']);
    expect(run('Via Twitter, he said so.', [['Twitter', 'ORG']])).toEqual(['ORG Twitter']);
    expect(run('He works at Avenue Capital Group now.', [['Avenue Capital Group', 'ORG']])).toEqual([
      'ORG Avenue Capital Group',
    ]);
    expect(run('The Place Beauvau said so.', [])).toEqual([]);
  });
});
