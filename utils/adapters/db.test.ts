// Migration harness: for every earlier schema version, create a database at that version
// with data in it, open it with the current schema, and check nothing was lost and every
// current index works.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { SCHEMA_VERSIONS, createDb } from './db';
import type { Highlight } from '../model/types';
import { HighlightIndex } from '../search/highlight-index';

const names: string[] = [];
const fresh = () => {
  const name = `gloss-test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

const highlight = (id: string): Highlight => ({
  id,
  url: 'https://example.com/a',
  title: 'A',
  site: 'example.com',
  quote: 'Vladimir Putin',
  prefix: 'Russian President ',
  suffix: ' says',
  start: 18,
  end: 32,
  color: 'yellow',
  note: 'note',
  tags: ['syria'],
  entityIds: ['Q7747'],
  entityNames: ['Vladimir Putin'],
  createdAt: 1,
  updatedAt: 2,
});

describe('Gloss database', () => {
  it('opens at the current version with every table of the design', async () => {
    const db = createDb(fresh());
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'articles',
      'entityVisits',
      'highlights',
      'knowledge',
      'memory',
      'meta',
      'resolutions',
      'searchSnapshots',
      'syncKnown',
      'syncOutbox',
    ]);
    await db.highlights.put(highlight('h1'));
    expect(await db.highlights.where('entityIds').equals('Q7747').count()).toBe(1);
    db.close();
  });

  it.each(SCHEMA_VERSIONS.map((v, i) => [v.version, i + 1] as const))(
    'migrates from version %i without losing data',
    async (_v, upTo) => {
      const name = fresh();
      const old = createDb(name, upTo);
      await old.open();
      await old.highlights.put(highlight('h-old'));
      await old.articles.put({
        url: 'https://example.com/a',
        title: 'A',
        site: 'example.com',
        visitedAt: 5,
        entityIds: ['Q7747'],
        lang: 'en',
      });
      const hadSnapshots = old.tables.some((t) => t.name === 'searchSnapshots');
      const hadMemory = old.tables.some((t) => t.name === 'memory');
      if (hadSnapshots)
        await old.searchSnapshots.put({
          id: 'kept',
          snapshot: new HighlightIndex([highlight('h-old')]).toSnapshot(),
          savedAt: 1,
        });
      old.close();
      const db = createDb(name);
      await db.open();
      expect(await db.highlights.get('h-old')).toEqual(highlight('h-old'));
      expect(await db.articles.where('entityIds').equals('Q7747').count()).toBe(1);
      await db.searchSnapshots.put({
        id: 'highlights',
        snapshot: new HighlightIndex([highlight('h-old')]).toSnapshot(),
        savedAt: 1,
      });
      expect((await db.searchSnapshots.get('highlights'))?.snapshot.ids).toEqual(['h-old']);
      if (hadSnapshots) expect((await db.searchSnapshots.get('kept'))?.snapshot.updatedAt).toEqual(Float64Array.of(2));
      await db.meta.put({ key: 'highlightCount', value: 1 });
      expect(await db.meta.get('highlightCount')).toEqual({ key: 'highlightCount', value: 1 });
      // Before version 4 the reading memory did not exist: the upgrade builds it from the history.
      if (!hadMemory) expect(await db.memory.get('Q7747')).toMatchObject({ articles: 1, firstAt: 5, lastTitle: 'A' });
      else expect(await db.memory.count()).toBe(0);
      // Version 5's sync tables start empty and take rows.
      expect(await db.syncOutbox.count()).toBe(0);
      await db.syncOutbox.put({ key: 'h:h-old', token: 't1' });
      await db.syncKnown.put({ key: 'h:h-old', rev: '1-a' });
      expect(await db.syncOutbox.get('h:h-old')).toEqual({ key: 'h:h-old', token: 't1' });
      expect(await db.syncKnown.get('h:h-old')).toEqual({ key: 'h:h-old', rev: '1-a' });
      // Version 6 indexes the history already kept (a database at 6 started empty).
      const hadVisitIndex = old.tables.some((t) => t.name === 'entityVisits');
      expect(await db.entityVisits.toCollection().primaryKeys()).toEqual(
        hadVisitIndex ? [] : [['Q7747', 5, 'https://example.com/a']],
      );
      db.close();
    },
  );

  it('builds the reading memory from version 3 history, skipping damaged rows', async () => {
    const name = fresh();
    const old = createDb(name, 3);
    await old.open();
    const row = (url: string, visitedAt: number, entityIds: string[]) => ({
      url,
      title: url,
      site: 'example.com',
      visitedAt,
      entityIds,
      lang: 'en',
    });
    await old.articles.bulkPut([
      row('https://example.com/a', Date.UTC(2024, 0, 1), ['PER:recep tayyip erdogan', 'LOC:ankara']),
      row('https://example.com/b', Date.UTC(2024, 0, 20), ['PER:recep tayyip erdogan']),
      { url: 'https://example.com/broken', visitedAt: 'yesterday', entityIds: ['LOC:ankara'] } as never,
    ]);
    old.close();
    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    const erdogan = await db.memory.get('PER:recep tayyip erdogan');
    expect(erdogan).toMatchObject({
      name: 'Recep Tayyip Erdogan',
      type: 'PER',
      articles: 2,
      mentions: 2,
      firstAt: Date.UTC(2024, 0, 1),
      lastUrl: 'https://example.com/b',
    });
    expect(await db.memory.get('LOC:ankara')).toMatchObject({ articles: 1 });
    expect(await db.memory.where('words').startsWith('erdo').count()).toBe(1);
    // The damaged row stays in the history (it is the reader's data) but counts nowhere.
    expect(await db.articles.count()).toBe(3);
    db.close();
  });

  it('indexes version 5 history by entity and date, skipping damaged rows, and keeps its tables', async () => {
    const name = fresh();
    const old = createDb(name, 5);
    await old.open();
    const ada = 'PER:ada lovelace';
    await old.articles.bulkPut([
      {
        url: 'https://a.example/1',
        title: '1',
        site: 'a.example',
        visitedAt: 30,
        entityIds: [ada, 'LOC:london'],
        lang: 'en',
      },
      { url: 'https://a.example/2', title: '2', site: 'a.example', visitedAt: 10, entityIds: [ada, ada], lang: 'en' },
      { url: 'https://a.example/cut', visitedAt: 20, entityIds: [ada], mentionCounts: [1, 2] } as never,
    ]);
    await old.syncOutbox.put({ key: 'a:https://a.example/1', token: 't' });
    await old.memory.put({
      key: ada,
      name: 'Ada',
      type: 'PER',
      articles: 2,
      mentions: 2,
      firstAt: 10,
      lastAt: 30,
      lastUrl: 'https://a.example/1',
      lastTitle: '1',
      weeks: { 0: 2 },
      words: ['ada'],
    });
    old.close();
    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    const range = (key: string) =>
      db.entityVisits.where(':id').between([key, Dexie.minKey], [key, Dexie.maxKey]).primaryKeys();
    expect(await range(ada)).toEqual([
      [ada, 10, 'https://a.example/2'],
      [ada, 30, 'https://a.example/1'],
    ]);
    expect(await range('LOC:london')).toEqual([['LOC:london', 30, 'https://a.example/1']]);
    expect(await db.entityVisits.count()).toBe(3);
    // What version 5 kept is untouched: history (the damaged row too), memory, sync outbox.
    expect(await db.articles.count()).toBe(3);
    expect(await db.memory.get(ada)).toMatchObject({ articles: 2 });
    expect(await db.syncOutbox.get('a:https://a.example/1')).toEqual({ key: 'a:https://a.example/1', token: 't' });
    db.close();
  });

  it('is at version 6, which adds only the entity-visit index (5 is sync, 4 the reading memory)', () => {
    expect(SCHEMA_VERSIONS.at(-2)).toEqual({ version: 5, stores: { syncOutbox: 'key', syncKnown: 'key' } });
    expect(SCHEMA_VERSIONS.at(-1)).toMatchObject({ version: 6, stores: { entityVisits: '' } });
  });
});
