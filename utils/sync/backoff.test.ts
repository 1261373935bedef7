import { describe, expect, it } from 'vitest';
import { backoffDelay, batches } from './backoff';

describe('backoff', () => {
  it('doubles from the base up to the cap, with jitter in the upper half', () => {
    const lo = (n: number) => backoffDelay(n, { baseMs: 1000, maxMs: 60_000, random: () => 0 });
    const hi = (n: number) => backoffDelay(n, { baseMs: 1000, maxMs: 60_000, random: () => 0.999999 });
    expect([1, 2, 3, 4].map(hi)).toEqual([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map(lo)).toEqual([500, 1000, 2000, 4000]);
    expect(hi(50)).toBe(60_000);
    expect(lo(50)).toBe(30_000);
  });

  it('never returns a zero delay (no busy loop), even for nonsense attempts', () => {
    for (const n of [0, -3, Number.NaN, 1e9]) expect(backoffDelay(n, { random: () => 0 })).toBeGreaterThanOrEqual(500);
  });
});

describe('batches', () => {
  it('splits into batches of at most the size, keeping order', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 3)).toEqual([]);
    expect(() => batches([1], 0)).toThrow(RangeError);
  });
});
