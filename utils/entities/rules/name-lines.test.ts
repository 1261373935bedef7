import { describe, expect, it } from 'vitest';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { splitSentences, tokenize } from '../tokenizer';
import { personNameLines } from './name-lines';

const lists: Record<string, string[]> = {
  city: ['paris'],
  country: [],
  region: [],
  first: ['robert', 'antoni', 'oliver', 'rainer', 'kay'],
  org: [],
  common: ['report', 'total'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const tokens = tokenize(text);
  const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), sentences: splitSentences(text, tokens), gazetteer };
  return personNameLines(markedSpans(text, tokens, marks), ctx).map((s) => `${spanSurface(text, tokens, s)}/${s.type}`);
}

describe('personNameLines', () => {
  it('makes a line of name words one person, from a person cut short or a hyphenated given name', () => {
    expect(
      run('Robert Antoni Buj Gelonch\n\n231\n\nOliver-Rainer Wittmann\n\n46', [
        ['Robert Antoni Buj', 'PER'],
        ['Oliver-Rainer', 'ORG'],
      ]),
    ).toEqual(['Robert Antoni Buj Gelonch/PER', 'Oliver-Rainer Wittmann/PER']);
  });

  it('leaves lines with an ordinary word, a known place, no first name, or running on', () => {
    expect(
      run('Kay Schenk Report\n\nKay Schenk Paris\n\nSchenk Kay Grand\n\nKay Schenk was here.', [
        ['Kay Schenk', 'PER'],
        ['Kay Schenk', 'PER'],
        ['Kay Grand', 'PER'],
        ['Kay Schenk', 'PER'],
      ]),
    ).toEqual(['Kay Schenk/PER', 'Kay Schenk/PER', 'Kay Grand/PER', 'Kay Schenk/PER']);
  });
});
