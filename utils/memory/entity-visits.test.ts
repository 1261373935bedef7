import { describe, expect, it } from 'vitest';
import { allEntityVisitKeys, entityVisitKeys } from './entity-visits';

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
});
