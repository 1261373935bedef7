import { describe, expect, it } from 'vitest';
import { bilouToSpans, iobToSpans, spansToBilou, spansToIob2 } from './spans';

describe('span decoding', () => {
  it('reads IOB1: I- opens a span, B- only splits two spans of one type', () => {
    const tags = ['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG', 'I-ORG'];
    expect(iobToSpans(tags)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 2, end: 3, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 7, type: 'ORG' },
    ]);
  });

  it('reads IOB2: every span opens with B-', () => {
    const tags = ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG'];
    expect(iobToSpans(tags)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 2, end: 3, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 7, type: 'ORG' },
    ]);
  });

  it('round-trips BILOU and IOB2', () => {
    const spans = [
      { start: 0, end: 3, type: 'ORG' },
      { start: 3, end: 4, type: 'ORG' },
      { start: 5, end: 7, type: 'PER' },
    ];
    const bilou = spansToBilou(spans, 8);
    expect(bilou).toEqual(['B-ORG', 'I-ORG', 'L-ORG', 'U-ORG', 'O', 'B-PER', 'L-PER', 'O']);
    expect(bilouToSpans(bilou)).toEqual(spans);
    expect(iobToSpans(spansToIob2(spans, 8))).toEqual(spans);
  });

  it('treats a stray L- after U- as a new span', () => {
    expect(bilouToSpans(['U-LOC', 'L-LOC'])).toEqual([
      { start: 0, end: 1, type: 'LOC' },
      { start: 1, end: 2, type: 'LOC' },
    ]);
  });
});
