import { describe, expect, it } from 'vitest';
import { fold } from '../gazetteer';
import { sportsCopy } from './sports-copy';
import { splitSentences, tokenize } from '../tokenizer';

function read(text: string) {
  const tokens = tokenize(text);
  const sentenceOf = new Int32Array(tokens.length);
  splitSentences(text, tokens).forEach((s, k) => {
    sentenceOf.fill(k, s.start, s.end);
  });
  return sportsCopy(
    tokens.map((t) => fold(t.text)),
    sentenceOf,
  );
}

describe('sportsCopy', () => {
  it('finds sports sentences by a score, a strong word or two weak ones', () => {
    expect(read('Leeds won 2-1. The striker left. The club won the match. The club met.').sentence).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('does not take a split of votes for a score', () => {
    expect(read('The court ruled in a 5-4 decision. The Senate voted 52-48 on Tuesday.').sentence).toEqual([
      false,
      false,
    ]);
  });

  it('calls an article sports copy only when enough of its sentences are', () => {
    expect(read('Leeds won 2-1. The striker left. The league met. It rained.').article).toBe(true);
    expect(
      read('Leeds won 2-1. The striker left. It rained. It rained. It rained. It rained. It rained.').article,
    ).toBe(false);
    const many = 'Prices rose. '.repeat(20);
    expect(read(`Leeds won 2-1. The striker left. The league met. ${many}`).article).toBe(false);
  });
});
