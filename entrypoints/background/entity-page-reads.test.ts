import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '@/utils/adapters/db';
import { DAY_MS } from '@/utils/memory/week';
import type { ArticleVisit } from '@/utils/model/types';
import { entityPageDetails, entityPageStart } from './entity-page-reads';
import { forgetSite, recordVisit, rebuildMemory } from './memory-store';

const names: string[] = [];
const open = () => {
  const name = `gloss-entity-page-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return createDb(name);
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

const NOW = Date.UTC(2024, 8, 18, 12);
const ADA = 'PER:ada lovelace';
const visit = (i: number, site = 'a.example', ids = [ADA, 'LOC:london']): ArticleVisit => ({
  url: `https://${site}/story-${i}`,
  title: `Story ${i}`,
  site,
  visitedAt: NOW - i * DAY_MS,
  entityIds: ids,
  entityNames: ids.map((k) => (k === ADA ? 'Ada Lovelace' : 'London')),
  mentionCounts: ids.map(() => 1 + (i % 4)),
  lang: 'en',
});

describe("the entity page's reads", () => {
  it('paints from the index: every visit time, the newest articles only, the name of the summary', async () => {
    const db = open();
    for (let i = 0; i < 30; i++) await recordVisit(db, visit(i, i % 3 === 0 ? 'b.example' : 'a.example'));
    await recordVisit(db, visit(40, 'a.example', ['LOC:london']));
    const start = await entityPageStart(db, ADA, 5);
    expect(start).toMatchObject({ key: ADA, name: 'Ada Lovelace', type: 'PER' });
    expect(start.times).toHaveLength(30);
    expect(start.times).toEqual([...start.times].sort((a, b) => a - b));
    expect(start.times[0]).toBe(NOW - 29 * DAY_MS);
    expect(start.articles.map((a) => [a.title, a.mentions])).toEqual([
      ['Story 0', 1],
      ['Story 1', 2],
      ['Story 2', 3],
      ['Story 3', 4],
      ['Story 4', 1],
    ]);
    // The rest, after the paint, agrees with the first page.
    const details = await entityPageDetails(db, ADA);
    expect(details.history?.articles.slice(0, 5)).toEqual(start.articles);
    expect(details.history?.articles).toHaveLength(30);

    // Forgetting a site and a revisit move the index with the history.
    expect(await forgetSite(db, 'b.example')).toBe(10);
    await recordVisit(db, { ...visit(29), visitedAt: NOW + DAY_MS, title: 'Story 29, again' });
    const after = await entityPageStart(db, ADA, 2);
    expect(after.times).toHaveLength(20);
    expect(after.articles.map((a) => a.title)).toEqual(['Story 29, again', 'Story 1']);
  });

  it('leaves out rows the index points at that are gone, damaged or changed, and starts empty for an unknown entity', async () => {
    const db = open();
    for (let i = 0; i < 4; i++) await recordVisit(db, visit(i));
    // Written behind the store's back: a damaged row and a row whose date moved.
    await db.articles.put({ url: 'https://a.example/story-0', entityIds: [ADA] } as unknown as ArticleVisit);
    await db.articles.put({ ...visit(1), visitedAt: NOW - 50 * DAY_MS });
    await db.articles.delete('https://a.example/story-2');
    const start = await entityPageStart(db, ADA);
    expect(start.articles.map((a) => a.title)).toEqual(['Story 3']);
    // A rebuild (what an import does) brings the index back to the history.
    expect(await rebuildMemory(db)).toBe(1);
    const rebuilt = await entityPageStart(db, ADA);
    expect(rebuilt.articles.map((a) => a.title)).toEqual(['Story 3', 'Story 1']);
    expect(rebuilt.times).toEqual([NOW - 50 * DAY_MS, NOW - 3 * DAY_MS]);

    expect(await entityPageStart(db, 'PER:nobody at all')).toEqual({
      key: 'PER:nobody at all',
      name: 'Nobody At All',
      type: 'PER',
      memory: null,
      times: [],
      articles: [],
    });
  });
});
