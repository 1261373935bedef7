import { describe, expect, it } from 'vitest';
import { entityHistory, timeline, timelineUnit } from './entity-view';
import { DAY_MS, weekStart, weekOf } from './week';

const NOW = Date.UTC(2024, 8, 18);
const visit = (url: string, daysAgo: number, ids: string[], counts?: number[]) => ({
  url,
  title: `T ${url}`,
  site: `${url}.example`,
  visitedAt: NOW - daysAgo * DAY_MS,
  entityIds: ids,
  mentionCounts: counts,
  lang: 'en',
});

describe('the entity page data', () => {
  it('lists the articles newest first with mentions, and what was read with it', () => {
    const h = entityHistory('PER:ada', [
      visit('a', 10, ['PER:ada', 'LOC:paris', 'ORG:un'], [5, 1, 1]),
      visit('b', 2, ['PER:ada', 'LOC:paris'], [1, 2]),
      visit('c', 1, ['LOC:paris']),
      'garbage',
    ])!;
    expect(h.articles.map((a) => [a.url, a.mentions, a.site])).toEqual([
      ['b', 1, 'b.example'],
      ['a', 5, 'a.example'],
    ]);
    expect(h.together.map((c) => [c.key, c.count])).toEqual([
      ['LOC:paris', 2],
      ['ORG:un', 1],
    ]);
    expect(h.skipped).toBe(1);
    expect(h.name).toBe('Ada');
    expect(entityHistory('PER:nobody', [visit('a', 1, ['PER:ada'])])).toBeNull();
  });

  it('lays out a timeline with empty periods up to now', () => {
    const pts = timeline([NOW - 14 * DAY_MS, NOW - 13 * DAY_MS, NOW], 'week', NOW);
    expect(pts[0]!.start).toBe(weekStart(weekOf(NOW - 14 * DAY_MS)));
    expect(pts.map((p) => p.count).reduce((a, b) => a + b)).toBe(3);
    expect(pts.at(-1)!.start).toBe(weekStart(weekOf(NOW)));
    expect(pts.some((p) => p.count === 0)).toBe(pts.length > 2);
    const months = timeline([Date.UTC(2023, 10, 3), NOW], 'month', NOW);
    expect(months).toHaveLength(11);
    expect(months[0]).toEqual({ start: Date.UTC(2023, 10, 1), count: 1 });
    expect(timelineUnit(NOW - 30 * DAY_MS, NOW)).toBe('week');
    expect(timelineUnit(NOW - 800 * DAY_MS, NOW)).toBe('month');
  });
});
