import { describe, expect, it } from 'vitest';
import type { TokenSpan } from '../spans';
import { applyInOrder, type SpanRule } from './in-order';

describe('applyInOrder', () => {
  it('gives each rule what the one before returned, and leaves the input as it was', () => {
    const widen: SpanRule<number> = (spans, by) => spans.map((s) => ({ ...s, end: s.end + by }));
    const retype: SpanRule<number> = (spans) => spans.map((s) => (s.end > 3 ? { ...s, type: 'LOC' } : s));
    const input: readonly TokenSpan[] = [{ start: 0, end: 2, type: 'ORG' }];
    expect(applyInOrder([widen, retype], input, 2)).toEqual([{ start: 0, end: 4, type: 'LOC' }]);
    expect(applyInOrder([retype, widen], input, 2)).toEqual([{ start: 0, end: 4, type: 'ORG' }]);
    expect(input).toEqual([{ start: 0, end: 2, type: 'ORG' }]);
  });
});
