import { describe, expect, it } from 'vitest';
import { BRAND_NAMES } from '../brand-names';
import { brandOrganizations } from './brands';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';

const lists: Record<string, string[]> = {
  city: ['paris'],
  country: [],
  region: [],
  first: ['harrison', 'dell'],
  org: ['amazon', 'dell', 'fed'],
  common: [],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  const { tokens } = ctx;
  const spans = markedSpans(text, tokens, marks);
  return brandOrganizations(spans, ctx).map((s) => `${spanSurface(text, tokens, s)}/${s.type}`);
}

describe('brandOrganizations', () => {
  it('retypes a one-word person or place the gazetteer knows only as an organization', () => {
    expect(
      run('Amazon bought Whole Foods, and Amazon founder Jeff Bezos, Dell and the Fed agreed. Paris is big.', [
        ['Amazon', 'ORG'],
        ['Amazon', 'LOC'],
        ['Dell', 'LOC'],
        ['Fed', 'PER'],
        ['Paris', 'LOC'],
      ]),
    ).toEqual(['Amazon/ORG', 'Amazon/ORG', 'Dell/LOC', 'Fed/ORG', 'Paris/LOC']);
  });

  it('the list holds brands as written, and no one-letter or ordinary word', () => {
    expect(BRAND_NAMES.has('Netflix')).toBe(true);
    expect(BRAND_NAMES.has('WhatsApp')).toBe(true);
    expect(BRAND_NAMES.has('X')).toBe(false);
    expect(BRAND_NAMES.has('Target')).toBe(false);
  });

  it('retypes a brand tagged as a person or place, and adds untagged ones', () => {
    expect(run('Quora answers and a Netflix special on WhatsApp.', [['Quora', 'LOC']])).toEqual([
      'Quora/ORG',
      'Netflix/ORG',
      'WhatsApp/ORG',
    ]);
  });

  it('leaves lowercase words, places, first names and surnames of named persons alone', () => {
    expect(run('a netflix of whatsapp', [])).toEqual([]);
    expect(run('Harrison Ford drove a Ford.', [['Harrison Ford', 'PER']])).toEqual(['Harrison Ford/PER']);
  });
});

describe('brandOrganizations and nationalities', () => {
  // the first "Norwegian" is tagged MISC, the second untagged: neither becomes the airline
  it('never makes a nationality adjective an organization, though an airline bears it', () => {
    expect(BRAND_NAMES.has('Norwegian')).toBe(true);
    expect(run('It was not a Norwegian plane, said the Norwegian crew of Netflix.', [['Norwegian', 'MISC']])).toEqual([
      'Norwegian/MISC',
      'Netflix/ORG',
    ]);
  });
});

describe('brandOrganizations and planets', () => {
  it('leaves a planet a planet, though a car bore its name', () => {
    expect(BRAND_NAMES.has('Saturn')).toBe(true);
    expect(run('Jupiter rarely occults Saturn, said Netflix.', [])).toEqual(['Netflix/ORG']);
  });
});
