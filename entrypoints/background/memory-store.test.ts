import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '@/utils/adapters/db';
import { DAY_MS } from '@/utils/memory/week';
import type { ArticleVisit } from '@/utils/model/types';
import { allEntityVisitKeys } from '@/utils/memory/entity-visits';
import { entityPageDetails } from './entity-page-reads';
import {
  clearHistory,
  forgetArticle,
  forgetSite,
  highlightMemory,
  memoryFor,
  peopleFor,
  pruneHistory,
  rebuildMemory,
  recordVisit,
  searchPeople,
} from './memory-store';

const names: string[] = [];
const open = () => {
  const name = `gloss-memory-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return createDb(name);
};
/** The entity-visit index holds exactly the keys of the valid history rows. */
async function expectIndexInStep(db: ReturnType<typeof open>): Promise<void> {
  const sorted = (keys: unknown[]) => keys.map((k) => JSON.stringify(k)).sort();
  const want = sorted(allEntityVisitKeys(await db.articles.toArray()));
  expect(sorted(await db.entityVisits.toCollection().primaryKeys())).toEqual(want);
}

afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

const NOW = Date.UTC(2024, 8, 18, 12);
const ERDOGAN = 'PER:recep tayyip erdogan';
const visit = (url: string, daysAgo: number, site = 'a.example', ids = [ERDOGAN, 'LOC:ankara']): ArticleVisit => ({
  url: `https://${site}/${url}`,
  title: `Story ${url}`,
  site,
  visitedAt: NOW - daysAgo * DAY_MS,
  entityIds: ids,
  entityNames: ids.map((k) => (k === ERDOGAN ? 'Recep Tayyip Erdoğan' : k.slice(4))),
  mentionCounts: ids.map((_, i) => i + 2),
  lang: 'en',
});

describe('the reading memory store', () => {
  it('keeps the summary in step with recording, revisits, forgetting and retention', async () => {
    const db = open();
    await recordVisit(db, visit('1', 200));
    await recordVisit(db, visit('2', 20, 'b.example'));
    await recordVisit(db, visit('3', 3));
    let m = await memoryFor(db, ERDOGAN, NOW);
    expect(m).toMatchObject({ status: 'ok', articles: 3, firstAt: NOW - 200 * DAY_MS, last: { title: 'Story 3' } });
    // A revisit replaces the row: still three articles, the revisit is the last.
    await recordVisit(db, { ...visit('1', 1), title: 'Story 1, updated' });
    m = await memoryFor(db, ERDOGAN, NOW);
    expect(m).toMatchObject({ articles: 3, firstAt: NOW - 20 * DAY_MS, last: { title: 'Story 1, updated' } });
    expect((await db.memory.get(ERDOGAN))?.mentions).toBe(6);
    await expectIndexInStep(db);
    expect(await db.entityVisits.count()).toBe(6);

    expect(await forgetSite(db, 'b.example')).toBe(1);
    expect(await memoryFor(db, ERDOGAN, NOW)).toMatchObject({ articles: 2, firstAt: NOW - 3 * DAY_MS });
    expect(await forgetArticle(db, 'https://a.example/1')).toBe(1);
    m = await memoryFor(db, ERDOGAN, NOW);
    expect(m).toMatchObject({ articles: 1, sparkline: null, last: { title: 'Story 3' } });
    expect(await forgetArticle(db, 'https://a.example/nothing')).toBe(0);
    await expectIndexInStep(db);
    expect(await db.entityVisits.count()).toBe(2);

    // Retention on write: a 90-day cut-off drops the old visit and its memory.
    await recordVisit(db, visit('old', 100, 'c.example', ['ORG:nato']));
    expect(await db.memory.get('ORG:nato')).toBeDefined();
    await recordVisit(db, visit('4', 0), NOW - 90 * DAY_MS);
    expect(await db.articles.count()).toBe(2);
    expect(await db.memory.get('ORG:nato')).toBeUndefined();
    await expectIndexInStep(db);
    expect(await pruneHistory(db, NOW + 1)).toBe(2);
    expect(await memoryFor(db, ERDOGAN, NOW)).toMatchObject({ status: 'none' });
    expect(await db.memory.count()).toBe(0);
    expect(await db.entityVisits.count()).toBe(0);
  });

  it('skips and counts damaged history rows, and never fails a card on them', async () => {
    const db = open();
    await recordVisit(db, visit('1', 5));
    await db.articles.put({ url: 'https://a.example/broken', entityIds: [ERDOGAN] } as unknown as ArticleVisit);
    await db.articles.put({ ...visit('2', 4), mentionCounts: [1] });
    expect(await rebuildMemory(db)).toBe(2);
    expect(await memoryFor(db, ERDOGAN, NOW)).toMatchObject({ status: 'ok', articles: 1 });
    const page = await entityPageDetails(db, ERDOGAN);
    expect(page.history?.skipped).toBe(2);
    // The damaged rows are not indexed; the rebuild indexed the good one.
    expect(await db.entityVisits.toCollection().primaryKeys()).toEqual([
      ['LOC:ankara', NOW - 5 * DAY_MS, 'https://a.example/1'],
      [ERDOGAN, NOW - 5 * DAY_MS, 'https://a.example/1'],
    ]);
    // The row without a date is not in the date index at all; the cut one is read and skipped.
    expect((await peopleFor(db, NOW, 7)).skipped).toBe(1);
    // Forgetting a site removes its damaged rows too.
    expect(await forgetSite(db, 'a.example')).toBe(2);
  });

  it('answers the popup: most read this week with a trend, and search by name word', async () => {
    const db = open();
    await recordVisit(db, visit('1', 1));
    await recordVisit(db, visit('2', 2, 'a.example', [ERDOGAN]));
    await recordVisit(db, visit('3', 9, 'a.example', ['LOC:ankara']));
    const { entries } = await peopleFor(db, NOW, 7);
    expect(entries.map((e) => [e.name, e.count, e.previous, e.trend])).toEqual([
      ['Recep Tayyip Erdoğan', 2, 0, 'new'],
      ['ankara', 1, 1, 'same'],
    ]);
    expect((await searchPeople(db, 'erdo')).map((e) => e.key)).toEqual([ERDOGAN]);
    expect((await searchPeople(db, 'tayyip rec')).map((e) => e.count)).toEqual([2]);
    expect(await searchPeople(db, 'zz')).toEqual([]);
  });

  it('gives the entity page its articles, highlights and co-occurring entities', async () => {
    const db = open();
    await recordVisit(db, visit('1', 1));
    await recordVisit(db, visit('2', 2));
    await db.highlights.put({
      id: 'h1',
      url: 'https://a.example/1',
      title: 'Story 1',
      site: 'a.example',
      quote: 'Erdoğan said',
      prefix: '',
      suffix: '',
      start: 0,
      end: 12,
      color: 'yellow',
      note: 'check this',
      tags: [],
      entityIds: [ERDOGAN],
      entityNames: ['Recep Tayyip Erdoğan'],
      createdAt: NOW,
      updatedAt: NOW,
    });
    const page = await entityPageDetails(db, ERDOGAN);
    expect(page.history?.articles.map((a) => [a.url, a.mentions])).toEqual([
      ['https://a.example/1', 2],
      ['https://a.example/2', 2],
    ]);
    expect(page.history?.together.map((c) => [c.key, c.count])).toEqual([['LOC:ankara', 2]]);
    expect(page.highlights.map((h) => h.note)).toEqual(['check this']);
    expect(await memoryFor(db, ERDOGAN, NOW)).toMatchObject({ highlights: { count: 1, newest: null } });
    expect(await highlightMemory(db, ERDOGAN)).toEqual({
      count: 1,
      newest: { id: 'h1', quote: 'Erdoğan said', createdAt: NOW, url: 'https://a.example/1' },
    });
    expect(await clearHistory(db)).toBe(2);
    expect(await db.memory.count()).toBe(0);
  });

  it('finds the newest highlight of an entity in many highlights without reading them all', async () => {
    const db = open();
    const h = (i: number, ids: string[]) => ({
      id: `h${i}`,
      url: 'https://a.example/1',
      title: 'T',
      site: 'a.example',
      quote: `quote ${i}`,
      prefix: '',
      suffix: '',
      start: 0,
      end: 1,
      color: 'yellow',
      note: '',
      tags: [],
      entityIds: ids,
      entityNames: ids,
      createdAt: 1000 + i,
      updatedAt: 1000 + i,
    });
    // 400 highlights of Erdoğan (the newest-first walk), 5 of Ankara (read through the index),
    // and newer ones about neither.
    await db.highlights.bulkPut([
      ...Array.from({ length: 400 }, (_, i) => h(i, [ERDOGAN])),
      ...Array.from({ length: 5 }, (_, i) => h(500 + i, ['LOC:ankara'])),
      ...Array.from({ length: 50 }, (_, i) => h(600 + i, ['ORG:un'])),
    ]);
    expect(await highlightMemory(db, ERDOGAN)).toMatchObject({ count: 400, newest: { id: 'h399' } });
    expect(await highlightMemory(db, 'LOC:ankara')).toMatchObject({ count: 5, newest: { id: 'h504' } });
    expect(await highlightMemory(db, 'PER:nobody')).toEqual({ count: 0, newest: null });
  });
});
