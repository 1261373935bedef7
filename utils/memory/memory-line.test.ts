import { describe, expect, it } from 'vitest';
import { memoryLine, SPARK_WEEKS, weekSeries } from './memory-line';
import { summarize } from './summary';
import { DAY_MS, weekOf } from './week';

const NOW = Date.UTC(2024, 8, 18, 12);
const KEY = 'PER:ada';
const visit = (url: string, daysAgo: number) => ({
  url,
  title: `T ${url}`,
  site: 's',
  visitedAt: NOW - daysAgo * DAY_MS,
  entityIds: [KEY],
  lang: 'en',
});
const none = { count: 0, newest: null };

describe('the card memory line', () => {
  it('says how many, since when, the last one, with a weekly sparkline ending this week', () => {
    const row = summarize(KEY, [visit('a', 100), visit('b', 8), visit('c', 1)]).row;
    const view = memoryLine(row, none, NOW);
    if (view.status !== 'ok') throw new Error(view.status);
    expect(view.articles).toBe(3);
    expect(view.firstAt).toBe(NOW - 100 * DAY_MS);
    expect(view.last).toEqual({ at: NOW - DAY_MS, title: 'T c', url: 'c' });
    expect(view.sparkline).toHaveLength(SPARK_WEEKS);
    expect(view.sparkline!.reduce((a, b) => a + b, 0)).toBe(3);
    expect(view.sparkline!.at(-1)).toBe(weekOf(NOW) === weekOf(NOW - DAY_MS) ? 1 : 0);
  });

  it('has no sparkline for an entity read once, and says none for one never read', () => {
    const view = memoryLine(summarize(KEY, [visit('a', 3)]).row, none, NOW);
    expect(view.status === 'ok' && view.sparkline).toBeNull();
    expect(memoryLine(null, { count: 2, newest: null }, NOW)).toEqual({
      status: 'none',
      highlights: { count: 2, newest: null },
    });
  });

  it('fills weeks without reading with zeros', () => {
    expect(weekSeries({ 10: 2, 12: 1 }, 12, 4)).toEqual([0, 2, 0, 1]);
  });
});
