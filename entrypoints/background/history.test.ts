import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '@/utils/adapters/db';
import { clearHistory, historyFor, recordVisit } from './history';

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
});
