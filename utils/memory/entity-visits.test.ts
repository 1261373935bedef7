import { describe, expect, it } from 'vitest';
import { allEntityVisitKeys, type EntityVisitKey, entityVisitKeys, newestVisits } from './entity-visits';

const visit = {
  url: 'https://a.example/1',
  title: 'One',
  site: 'a.example',
  visitedAt: 1000,
  entityIds: ['PER:ada lovelace', 'LOC:london', 'PER:ada lovelace'],
  lang: 'en',
};

describe('the entity-visit index keys', () => {
  it('are one per entity a visit mentions (repeats once), with its time and URL', () => {
    expect(entityVisitKeys(visit)).toEqual([
      ['PER:ada lovelace', 1000, 'https://a.example/1'],
      ['LOC:london', 1000, 'https://a.example/1'],
    ]);
  });

  it('leave damaged rows out', () => {
    const cut = { ...visit, url: 'https://a.example/2', mentionCounts: [1] };
    const undated = { ...visit, url: 'https://a.example/3', visitedAt: 'Tuesday' };
    expect(allEntityVisitKeys([cut, visit, undated, null])).toEqual(entityVisitKeys(visit));
  });

  it('give the newest visits first from keys sorted oldest first', () => {
    const keys: EntityVisitKey[] = [1, 2, 3, 4].map((t) => ['PER:x', t, `https://a.example/${t}`]);
    expect(newestVisits(keys, 2).map(([, t]) => t)).toEqual([4, 3]);
    expect(newestVisits(keys, 10).map(([, t]) => t)).toEqual([4, 3, 2, 1]);
    expect(newestVisits([], 5)).toEqual([]);
  });
});
