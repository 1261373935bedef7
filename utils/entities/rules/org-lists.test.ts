import { describe, expect, it } from 'vitest';
import { buildGazetteer, fold } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { organizationLists } from './org-lists';
import { tokenize } from '../tokenizer';

// lists in GAZ_CATEGORIES order: city, country, region, first, org, common
const gazetteer = buildGazetteer([['madrid'], ['us', 'france'], [], [], ['eu', 'iaea'], []]);

function run(text: string, marks: Array<[string, string]>): string[] {
  const tokens = tokenize(text);
  const ctx = { folded: tokens.map((t) => fold(t.text)), gazetteer };
  const spans = organizationLists(markedSpans(text, tokens, marks), ctx);
  return spans.map((s) => `${spanSurface(text, tokens, s)}/${s.type}`);
}

describe('organizationLists', () => {
  it('leaves a country in a list of organizations the place', () => {
    expect(
      run('That seems to be the US, EU, and IAEA. The US has opposed it.', [
        ['US', 'LOC'],
        ['EU', 'ORG'],
        ['IAEA', 'ORG'],
        ['US', 'LOC'],
      ]),
    ).toEqual(['US/LOC', 'EU/ORG', 'IAEA/ORG', 'US/LOC']);
  });

  it('retypes the people and places of a list that is mostly organizations, and their other mentions', () => {
    expect(
      run('He managed FC Porto, Inter Milan, Chelsea, Madrid and Manchester United. Chelsea won.', [
        ['FC Porto', 'ORG'],
        ['Inter Milan', 'ORG'],
        ['Chelsea', 'PER'],
        ['Madrid', 'LOC'],
        ['Manchester United', 'ORG'],
        ['Chelsea', 'PER'],
      ]),
    ).toEqual(['FC Porto/ORG', 'Inter Milan/ORG', 'Chelsea/ORG', 'Madrid/ORG', 'Manchester United/ORG', 'Chelsea/ORG']);
  });

  it('leaves lists that are mostly places, too short, or not closed by "and"/"or"', () => {
    expect(
      run('Britain, France and NATO met.', [
        ['Britain', 'LOC'],
        ['France', 'LOC'],
        ['NATO', 'ORG'],
      ]),
    ).toEqual(['Britain/LOC', 'France/LOC', 'NATO/ORG']);
    expect(
      run('Google and Paris.', [
        ['Google', 'ORG'],
        ['Paris', 'LOC'],
      ]),
    ).toEqual(['Google/ORG', 'Paris/LOC']);
    expect(
      run('Google, Apple, Paris, Amazon.', [
        ['Google', 'ORG'],
        ['Apple', 'ORG'],
        ['Paris', 'LOC'],
        ['Amazon', 'ORG'],
      ]),
    ).toEqual(['Google/ORG', 'Apple/ORG', 'Paris/LOC', 'Amazon/ORG']);
  });
});
