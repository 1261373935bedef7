import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { joinOrganizationsOverOf } from './org-joins';

const lists: Record<string, string[]> = {
  city: ['barcelona'],
  country: [],
  region: [],
  first: ['royal', 'john'],
  org: [],
  common: ['royal'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return joinOrganizationsOverOf(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('joinOrganizationsOverOf', () => {
  it('joins two organizations over "of" or "of the"', () => {
    expect(
      run('It appears in the journal Monthly Notices of the Royal Astronomical Society today.', [
        ['Monthly Notices', 'ORG'],
        ['Royal Astronomical Society', 'ORG'],
      ]),
    ).toEqual(['Monthly Notices of the Royal Astronomical Society/ORG']);
    expect(
      run('The Specialist Group of Acme Computer Society met.', [
        ['Specialist Group', 'ORG'],
        ['Acme Computer Society', 'ORG'],
      ]),
    ).toEqual(['Specialist Group of Acme Computer Society/ORG']);
  });

  it('leaves owners that are places, people or leagues, other gaps, other types and sentences', () => {
    expect(
      run('Espanyol of Barcelona won.', [
        ['Espanyol', 'ORG'],
        ['Barcelona', 'ORG'],
      ]),
    ).toEqual(['Espanyol/ORG', 'Barcelona/ORG']);
    expect(
      run('The House of John Caloi sold.', [
        ['House', 'ORG'],
        ['John Caloi', 'ORG'],
      ]),
    ).toEqual(['House/ORG', 'John Caloi/ORG']);
    expect(
      run('The Vancouver Canucks of the PCHL lost.', [
        ['Vancouver Canucks', 'ORG'],
        ['PCHL', 'ORG'],
      ]),
    ).toEqual(['Vancouver Canucks/ORG', 'PCHL/ORG']);
    expect(
      run('Acme Labs and Royal Society met.', [
        ['Acme Labs', 'ORG'],
        ['Royal Society', 'ORG'],
      ]),
    ).toEqual(['Acme Labs/ORG', 'Royal Society/ORG']);
    expect(
      run('A fellow of Acme Labs of the Royal Society.', [
        ['Acme Labs', 'ORG'],
        ['Royal Society', 'PER'],
      ]),
    ).toEqual(['Acme Labs/ORG', 'Royal Society/PER']);
    expect(
      run('He left Acme Labs. Of the Royal Society, none came.', [
        ['Acme Labs', 'ORG'],
        ['Royal Society', 'ORG'],
      ]),
    ).toEqual(['Acme Labs/ORG', 'Royal Society/ORG']);
  });
});
