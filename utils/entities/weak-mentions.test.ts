import { describe, expect, it } from 'vitest';
import { buildContext } from './features';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from './gazetteer';
import { splitSentences, tokenize } from './tokenizer';
import { weakMentionTest } from './weak-mentions';

const lists: Record<string, string[]> = {
  city: [],
  country: [],
  region: [],
  first: ['grace'],
  org: [],
  common: ['zork'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** The weak test over `text`, asked of the first token written `word` at or after `from`. */
function weakAt(text: string, word: string, from = 0): boolean {
  const tokens = tokenize(text);
  const raw = tokens.map((t) => t.text);
  const ctx = buildContext(tokens, splitSentences(text, tokens));
  const weak = weakMentionTest({ raw, folded: raw.map(fold), sentenceOf: ctx.sentenceOf, gazetteer });
  const i = tokens.findIndex((t) => t.text === word && t.start >= from);
  expect(i).toBeGreaterThanOrEqual(0);
  return weak(i);
}

describe('weakMentionTest', () => {
  it('an ordinary word is weak at its sentence start, not inside a sentence', () => {
    expect(weakAt('## Zork more about it.', 'Zork')).toBe(true);
    expect(weakAt('They met Zork in town.', 'Zork')).toBe(false);
    // written in lowercase elsewhere in the article
    expect(weakAt('Dancing is fun. She was dancing.', 'Dancing')).toBe(true);
  });

  it('a word Wikipedia writes in lowercase is weak anywhere; a first name never', () => {
    expect(weakAt('Attack of the Clones and Revenge of the Sith.', 'Revenge')).toBe(true);
    expect(weakAt('They met Smith in town.', 'Smith')).toBe(false);
    expect(weakAt('Grace said so.', 'Grace')).toBe(false);
  });

  it('the pronoun I is weak', () => {
    expect(weakAt('Once again, I’m not complaining.', 'I')).toBe(true);
  });
});
