import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { sportsVenues } from './sports-venues';

const gazetteer: Gazetteer = { phrases: new Map(), maxLen: 1, prefixes: new Set(), clusters: new Map() };

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return sportsVenues(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('sportsVenues', () => {
  it('joins "Old" to the ground it names in sports copy', () => {
    expect(run('The striker scored twice at Old Trafford in the league.', [['Trafford', 'LOC']])).toEqual([
      'Old Trafford/LOC',
    ]);
    expect(run('The goalkeeper left Old Hall for the derby.', [['Hall', 'PER']])).toEqual(['Old Hall/LOC']);
  });

  it('makes a ground named by a ground head a place in sports copy', () => {
    expect(
      run('Villa won the derby 2-1 at Villa Park.', [
        ['Villa', 'ORG'],
        ['Villa Park', 'ORG'],
      ]),
    ).toEqual(['Villa/ORG', 'Villa Park/LOC']);
  });

  it('makes an event-typed name where a match is held a place', () => {
    expect(
      run('The tennis final began at the Magic Box in Madrid on Monday.', [
        ['Magic Box', 'MISC'],
        ['Madrid', 'LOC'],
      ]),
    ).toEqual(['Magic Box/LOC', 'Madrid/LOC']);
    expect(
      run('The tennis final began at the Magic Box on Monday in Madrid.', [
        ['Magic Box', 'MISC'],
        ['Madrid', 'LOC'],
      ]),
    ).toEqual(['Magic Box/MISC', 'Madrid/LOC']);
  });

  it('leaves the same shapes alone outside sports copy', () => {
    expect(
      run('He stood trial at the Old Bailey in London.', [
        ['Bailey', 'PER'],
        ['London', 'LOC'],
      ]),
    ).toEqual(['Bailey/PER', 'London/LOC']);
    expect(run('The company moved to Research Park.', [['Research Park', 'ORG']])).toEqual(['Research Park/ORG']);
    expect(
      run('She spoke at the Web Summit in Lisbon.', [
        ['Web Summit', 'MISC'],
        ['Lisbon', 'LOC'],
      ]),
    ).toEqual(['Web Summit/MISC', 'Lisbon/LOC']);
  });
});
