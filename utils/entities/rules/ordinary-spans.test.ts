import { describe, expect, it } from 'vitest';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { dropOrdinarySpans } from './ordinary-spans';
import { markedSpans, spanSurface } from '../marked-spans';
import { tokenize } from '../tokenizer';

// "contributor", "program", "binary", "tag" are in the Wikipedia-built COMMON_WORDS list;
// "middle", "east" are listed common here, but the gazetteer knows "middle east" whole.
const lists: Record<string, string[]> = {
  city: [],
  country: [],
  region: ['middle east'],
  first: ['grace'],
  org: [],
  common: ['middle', 'east', 'grace', 'gas', 'by'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const tokens = tokenize(text);
  const sentenceOf = Int32Array.from(tokens, (t) => text.slice(0, t.start).split(/[.!?] /).length - 1);
  const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), gazetteer, sentenceOf };
  const spans = markedSpans(text, tokens, marks);
  return dropOrdinarySpans(spans, ctx).map((s) => spanSurface(text, tokens, s));
}

describe('dropOrdinarySpans', () => {
  it('cuts a hyphenated compound of ordinary words opening the sentence off a person', () => {
    expect(
      run('He won. Gas-by-gas Smith left. Gas-Grace Jones and the Gas-by-gas Smith stayed.', [
        ['Gas-by-gas Smith', 'PER'],
        ['Gas-Grace Jones', 'PER'],
        ['Gas-by-gas Smith', 'PER'],
      ]),
    ).toEqual(['Smith', 'Gas-Grace Jones', 'Gas-by-gas Smith']);
  });

  it('drops person and place spans made of ordinary words only', () => {
    expect(
      run('Join our Contributor Program. Named Binary Tag files.', [
        ['Contributor Program', 'PER'],
        ['Binary Tag', 'LOC'],
      ]),
    ).toEqual([]);
  });

  it('keeps names with a non-ordinary word, a first name, a head word, or known to the gazetteer', () => {
    const text = 'Binary Smith met Grace Program near Program Street in the Middle East.';
    expect(
      run(text, [
        ['Binary Smith', 'PER'],
        ['Grace Program', 'PER'],
        ['Program Street', 'LOC'],
        ['Middle East', 'LOC'],
      ]),
    ).toEqual(['Binary Smith', 'Grace Program', 'Program Street', 'Middle East']);
  });

  it('leaves organizations and one-word spans to other rules', () => {
    expect(
      run('the Contributor Program and Binary', [
        ['Contributor Program', 'ORG'],
        ['Binary', 'PER'],
      ]),
    ).toEqual(['Contributor Program', 'Binary']);
  });
});
