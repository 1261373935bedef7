import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { dropWebTextWords, isAddress } from './web-text';

// "all" is an ordinary word (the model's common list); "john" a first name.
const lists: Record<string, string[]> = {
  city: ['tulsa'],
  country: [],
  region: [],
  first: ['john'],
  org: [],
  common: ['all'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = { ...spanContext(text, gazetteer), sentences: [] };
  const { tokens } = ctx;
  return dropWebTextWords(markedSpans(text, tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, tokens, s)}`,
  );
}

describe('isAddress', () => {
  it('tells e-mail addresses, URLs, file names and "/" references from names', () => {
    expect(isAddress('louise_matsakis@wired.com')).toBe(true);
    expect(isAddress('Warner@ENRON')).toBe(true);
    expect(isAddress('http://po.st/TP_615')).toBe(true);
    expect(isAddress('www.example.org')).toBe(true);
    expect(isAddress('UnleadedStocks.pdf')).toBe(true);
    expect(isAddress('Lisa_resume.doc')).toBe(true);
    expect(isAddress('FHC/ABJ/03/095/2018')).toBe(true);
    expect(isAddress('@MattBevin')).toBe(false);
    expect(isAddress('AC/DC')).toBe(false);
    expect(isAddress('Polygraph.info')).toBe(false);
    expect(isAddress('Jean-Claude')).toBe(false);
  });
});

describe('dropWebTextWords', () => {
  it('drops words of address and reply tagged as names', () => {
    const text = 'Thank you for the report. Please call. The answer is YES! Send it ASAP, Kudos to all.';
    expect(
      run(text, [
        ['Thank', 'ORG'],
        ['Please', 'ORG'],
        ['YES', 'ORG'],
        ['ASAP', 'ORG'],
        ['Kudos', 'PER'],
      ]),
    ).toEqual([]);
  });

  it('cuts a greeting off a person after it, drops it with ordinary words, keeps other names whole', () => {
    const text = 'Hi John Smith, see you. Dear All, the meeting moved. Welcome Bay is warm.';
    expect(
      run(text, [
        ['Hi John Smith', 'PER'],
        ['Dear All', 'ORG'],
        ['Welcome Bay', 'LOC'],
      ]),
    ).toEqual(['PER John Smith', 'LOC Welcome Bay']);
  });

  it('keeps a greeting word inside a sentence when the span goes on, and postal codes in capitals', () => {
    const text = 'They went to Tulsa, OK last week and read Hello Magazine.';
    expect(
      run(text, [
        ['Tulsa', 'LOC'],
        ['OK', 'LOC'],
        ['Hello Magazine', 'ORG'],
      ]),
    ).toEqual(['LOC Tulsa', 'LOC OK', 'ORG Hello Magazine']);
  });

  it('drops names inside addresses and spans without a letter, keeps handles and domain names', () => {
    const text =
      'Write to louise_matsakis@wired.com or see http://po.st/TP_615 and UnleadedStocks.pdf, case FHC/ABJ/03/095/2018, call 203.961.7523. Thanks @MattBevin and Polygraph.info.';
    expect(
      run(text, [
        ['louise_matsakis', 'PER'],
        ['po.st', 'ORG'],
        ['UnleadedStocks', 'ORG'],
        ['FHC', 'ORG'],
        ['203.961.7523', 'ORG'],
        ['MattBevin', 'PER'],
        ['Polygraph.info', 'ORG'],
      ]),
    ).toEqual(['PER MattBevin', 'ORG Polygraph.info']);
  });
});
