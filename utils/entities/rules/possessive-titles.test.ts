import { describe, expect, it } from 'vitest';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { splitSentences, tokenize } from '../tokenizer';
import { possessiveTitles } from './possessive-titles';

const lists: Record<string, string[]> = {
  city: [],
  country: [],
  region: [],
  first: ['boris'],
  org: [],
  common: ['day', 'cabinet', 'list'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, k) => {
    sentenceOf.fill(k, s.start, s.end);
  });
  const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), sentences, sentenceOf, gazetteer };
  return possessiveTitles(markedSpans(text, tokens, marks), ctx).map(
    (s) => `${spanSurface(text, tokens, s)}/${s.type}`,
  );
}

describe('possessiveTitles', () => {
  it('reads "<name>’s <Word>" as a title when the page names the person nowhere else', () => {
    expect(
      run("neon Valentine’s Day candies. We played Super Lucky's Tale, and Super Lucky's Tale runs.", [
        ['Valentine', 'PER'],
        ['Super Lucky', 'PER'],
        ['Tale', 'ORG'],
        ['Super Lucky', 'PER'],
      ]),
    ).toEqual(['Valentine’s Day/MISC', "Super Lucky's Tale/MISC", "Super Lucky's Tale/MISC"]);
  });

  it('keeps a person the page names elsewhere, and a possessive before a longer name', () => {
    expect(
      run("Boris Johnson spoke. Johnson's Cabinet met. Smith's List Price rose.", [
        ['Boris Johnson', 'PER'],
        ['Johnson', 'PER'],
        ['Smith', 'PER'],
      ]),
    ).toEqual(['Boris Johnson/PER', 'Johnson/PER', 'Smith/PER']);
    // a word no list knows, written elsewhere on the page: a name, not a title's word
    expect(
      run("Bush's Rumsfeld spoke. Rumsfeld left.", [
        ['Bush', 'PER'],
        ['Rumsfeld', 'PER'],
        ['Rumsfeld', 'PER'],
      ]),
    ).toEqual(['Bush/PER', 'Rumsfeld/PER', 'Rumsfeld/PER']);
    // a full name, a name running on over "of"
    expect(
      run("Boris Smith's List drama. Dean Rusk (Kennedy's Cabinet of State) came. President Jones's Day came.", [
        ['Boris Smith', 'PER'],
        ['Dean Rusk', 'PER'],
        ['Kennedy', 'PER'],
        ['Jones', 'PER'],
      ]),
    ).toEqual(['Boris Smith/PER', 'Dean Rusk/PER', 'Kennedy/PER', 'Jones/PER']);
  });
});
