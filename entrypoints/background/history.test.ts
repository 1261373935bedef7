import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '@/utils/adapters/db';
import { historyFor } from './history';
import { clearHistory, recordVisit } from './memory-store';

const name = 'gloss-history-test';
afterEach(() => Dexie.delete(name));

describe('reading history', () => {
  it('finds earlier articles by entity key, newest first, never the page itself', async () => {
    const db = createDb(name);
    const visit = (url: string, visitedAt: number, entityIds: string[]) =>
      recordVisit(db, { url, title: url, site: 'example.com', visitedAt, entityIds, lang: 'en' });
    await visit('https://example.com/a', 1, ['PER:recep tayyip erdogan', 'LOC:turkey']);
    await visit('https://example.com/b', 3, ['PER:recep tayyip erdogan']);
    await visit('https://example.com/c', 2, ['LOC:syria']);
    await visit('https://example.com/now', 4, ['PER:recep tayyip erdogan']);
    const hits = await historyFor(db, 'PER:recep tayyip erdogan', 'https://example.com/now');
    expect(hits.map((h) => h.url)).toEqual(['https://example.com/b', 'https://example.com/a']);
    expect(Object.keys(hits[0]!)).not.toContain('text');
    expect(await clearHistory(db)).toBe(4);
    expect(await historyFor(db, 'LOC:syria', '')).toEqual([]);
  });

  it('reads only the newest twenty through the entity-visit index, however much was read', async () => {
    const db = createDb(name);
    for (let i = 0; i < 60; i++)
      await recordVisit(db, {
        url: `https://example.com/${i}`,
        title: `${i}`,
        site: 'example.com',
        visitedAt: 1000 + i,
        entityIds: ['PER:ada lovelace'],
        lang: 'en',
      });
    const hits = await historyFor(db, 'PER:ada lovelace', 'https://example.com/59');
    expect(hits.map((h) => h.title)).toEqual(Array.from({ length: 20 }, (_, i) => `${58 - i}`));
  });
});
