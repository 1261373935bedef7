// The highlight store keeps the search index equal to the table through every write path
// (create, update, remove, restore, import, clear), across restarts (snapshot restore,
// stale snapshots, writes while loading) and answers correctly before the index is ready.
// The oracle is `scanSearch` over the table's rows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { createDb, type GlossDb } from '@/utils/adapters/db';
import type { NewHighlight } from '@/utils/model/types';
import type { Highlight } from '@/utils/model/types';
import { makeSeedData, prng } from '@/scripts/seed-highlights';
import { HighlightIndex } from '@/utils/search/highlight-index';
import { scanSearch } from '@/utils/search/scan';
import type { SearchQuery } from '@/utils/search/types';
import {
  COUNT_KEY,
  createHighlightStore,
  GENERATION_KEY,
  HighlightNotFoundError,
  isQuotaError,
  SNAPSHOT_ID,
  StorageFullError,
  type HighlightStore,
} from './highlight-store';

const dbs: GlossDb[] = [];
const stores: HighlightStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) s.dispose();
  await Promise.all(
    dbs.splice(0).map((db) => {
      db.close();
      return Dexie.delete(db.name);
    }),
  );
});

const freshDb = (): GlossDb => {
  const db = createDb(`gloss-store-test-${Math.random().toString(36).slice(2)}`);
  dbs.push(db);
  return db;
};

/** A store with a deterministic clock and ids. */
function makeStore(db: GlossDb, extra: Parameters<typeof createHighlightStore>[1] = {}): HighlightStore {
  let t = 1_700_000_000_000;
  let n = 0;
  const store = createHighlightStore(db, {
    now: () => (t += 1000),
    uuid: () => `id-${++n}-${Math.random().toString(36).slice(2, 6)}`,
    snapshotDelayMs: 5,
    ...extra,
  });
  stores.push(store);
  return store;
}

const newHighlight = (over: Partial<NewHighlight> = {}): NewHighlight => ({
  url: 'https://example.com/a',
  title: 'Talks in Ankara',
  site: 'example.com',
  quote: 'President Erdoğan said the de-escalation zones would hold.',
  prefix: 'On Thursday, ',
  suffix: ' Officials',
  start: 10,
  end: 68,
  color: 'yellow',
  note: '',
  tags: [],
  entityIds: ['Q39723'],
  entityNames: ['Recep Tayyip Erdoğan'],
  ...over,
});

const q = (text: string, over: Partial<SearchQuery> = {}): SearchQuery => ({
  text,
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit: 20,
  ...over,
});

const QUERIES: SearchQuery[] = [
  q(''),
  q('', { offset: 7, limit: 13 }),
  q('', { sort: 'date', offset: 3, limit: 40 }),
  q('the'),
  q('e'),
  q('erdog'),
  q('war -the'),
  q('"de-escalation zones"'),
  q('s', { filters: { colors: ['blue', 'green'] } }),
  q('', { filters: { sites: ['bbc.co.uk'] } }),
  q('a', { sort: 'date', offset: 10, limit: 10 }),
];

/** The store's answers equal the scan's over the table's current rows. */
async function expectConsistent(store: HighlightStore, db: GlossDb): Promise<void> {
  const rows = await db.highlights.toArray();
  for (const query of QUERIES) expect(await store.search(query), query.text).toEqual(scanSearch(rows, query));
}

const seed = (n: number, s = 3) =>
  makeSeedData({ highlights: n, pages: Math.max(1, Math.round(n / 10)), entities: 60, seed: s }).highlights;

describe('highlight store: writes', () => {
  it('creates with id and times, bumps updatedAt on update, removes for undo and restores', async () => {
    const db = freshDb();
    let t = 100;
    const store = createHighlightStore(db, { now: () => t, uuid: () => 'fixed-id' });
    stores.push(store);
    const created = await store.create({ ...newHighlight(), ...({ text: 'not a field' } as object) });
    expect(created).toEqual({ ...newHighlight(), id: 'fixed-id', createdAt: 100, updatedAt: 100 });
    expect(await db.highlights.get('fixed-id')).toEqual(created);

    t = 200;
    const edited = await store.update('fixed-id', { color: 'blue', note: 'check', tags: ['turkey'] });
    expect(edited).toMatchObject({ color: 'blue', note: 'check', tags: ['turkey'], createdAt: 100, updatedAt: 200 });
    // Same millisecond: still strictly later, so a snapshot can tell the versions apart.
    const again = await store.update('fixed-id', { note: 'again' });
    expect(again.updatedAt).toBe(201);
    await expect(store.update('missing', { note: 'x' })).rejects.toBeInstanceOf(HighlightNotFoundError);

    expect(await store.forPage('https://example.com/a')).toEqual([again]);
    const removed = await store.remove('fixed-id');
    expect(removed).toEqual(again);
    expect(await store.remove('fixed-id')).toBeNull();
    expect(await store.forPage('https://example.com/a')).toEqual([]);
    expect((await store.search(q('erdogan'))).total).toBe(0);

    expect(await store.restore(removed!)).toEqual(again);
    expect(await db.highlights.get('fixed-id')).toEqual(again);
    expect((await store.search(q('erdogan'))).groups[0]!.hits[0]!.highlight).toEqual(again);
    expect(await store.counts()).toEqual({ highlights: 1, indexed: 1, indexReady: true });
  });

  it('keeps the index equal to the table through random creates, edits, deletes, restores and imports', async () => {
    const db = freshDb();
    const rows = seed(400);
    await db.highlights.bulkPut(rows.slice(0, 300));
    const store = makeStore(db);
    await store.ready();
    const rand = prng(11);
    const removed: Highlight[] = [];
    for (let step = 0; step < 6; step++) {
      for (let i = 0; i < 40; i++) {
        const ids = (await db.highlights.toCollection().primaryKeys()) as string[];
        const pick = () => ids[Math.floor(rand() * ids.length)]!;
        const r = rand();
        if (r < 0.3)
          await store.create(
            newHighlight({
              quote: `${rows[Math.floor(rand() * rows.length)]!.quote} extra`,
              url: `https://example.com/${i % 7}`,
            }),
          );
        else if (r < 0.55)
          await store.update(pick(), {
            note: `note ${i} war`,
            color: ['blue', 'green', 'pink'][i % 3]!,
            tags: rand() < 0.5 ? ['the-tag'] : [],
          });
        else if (r < 0.75) removed.push((await store.remove(pick()))!);
        else if (r < 0.85 && removed.length) await store.restore(removed.pop()!);
        else await store.putMany(rows.slice(300 + i, 302 + i).map((h) => ({ ...h, updatedAt: h.updatedAt + step })));
      }
      await expectConsistent(store, db);
    }
    const counts = await store.counts();
    expect(counts.indexed).toBe(counts.highlights);
    expect((await db.meta.get(COUNT_KEY))?.value).toBe(counts.highlights);
  });

  it('serializes concurrent writes from several tabs; the index ends equal to the table', async () => {
    const db = freshDb();
    const store = makeStore(db);
    await store.ready();
    const first = await store.create(newHighlight());
    await Promise.all([
      ...Array.from({ length: 30 }, (_, i) => store.update(first.id, { note: `tab ${i}` })),
      ...Array.from({ length: 30 }, (_, i) =>
        store.create(newHighlight({ url: `https://example.com/t${i % 4}`, note: `new ${i}` })),
      ),
      ...Array.from({ length: 10 }, () => store.remove(first.id).then((h) => h && store.restore(h))),
    ]);
    const row = await db.highlights.get(first.id);
    expect(row?.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(await db.highlights.count()).toBe(31);
    expect((await db.meta.get(COUNT_KEY))?.value).toBe(31);
    await expectConsistent(store, db);
    expect((await store.search(q('tab'))).groups.flatMap((g) => g.hits.map((h) => h.highlight))).toEqual(
      row ? [row] : [],
    );
  });

  it('tells after every committed write, not after a failed one', async () => {
    const db = freshDb();
    let writes = 0;
    const store = createHighlightStore(db, { onWrite: () => writes++ });
    stores.push(store);
    const h = await store.create(newHighlight());
    await store.update(h.id, { note: 'n' });
    await store.remove(h.id);
    await store.restore(h);
    expect(writes).toBe(4);
    await expect(store.update('missing', { note: 'x' })).rejects.toBeInstanceOf(HighlightNotFoundError);
    expect(writes).toBe(4);
    await store.clearAll();
    expect(writes).toBe(5);
  });

  it('clearAll empties the table, the snapshot and the index', async () => {
    const db = freshDb();
    await db.highlights.bulkPut(seed(50));
    const store = makeStore(db);
    await store.ready();
    await store.create(newHighlight());
    await store.flush();
    expect(await db.searchSnapshots.count()).toBe(1);
    expect(await store.clearAll()).toBe(51);
    expect(await db.highlights.count()).toBe(0);
    expect(await db.searchSnapshots.count()).toBe(0);
    expect((await db.meta.get(COUNT_KEY))?.value).toBe(0);
    expect(await store.search(q(''))).toEqual({ total: 0, groups: [] });
    expect(await store.search(q('e'))).toEqual({ total: 0, groups: [] });
  });
});

describe('highlight store: storage full', () => {
  it('turns a quota failure into StorageFullError and changes nothing', async () => {
    const db = freshDb();
    // Fail every write the way IndexedDB does when the origin's quota is used up.
    let full = false;
    db.use({
      stack: 'dbcore',
      name: 'quota',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return {
            ...t,
            mutate: (req) =>
              full
                ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
                : t.mutate(req),
          };
        },
      }),
    });
    const store = makeStore(db);
    await store.ready();
    const kept = await store.create(newHighlight());
    full = true;
    const err = await store.create(newHighlight({ quote: 'Lost words' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toMatch(/^Your browser's storage for Gloss is full: the highlight was not saved\./);
    await expect(store.update(kept.id, { note: 'x' })).rejects.toBeInstanceOf(StorageFullError);
    await expect(store.putMany(seed(5))).rejects.toThrow(/storage for Gloss is full/);
    expect(await db.highlights.toArray()).toEqual([kept]);
    expect((await store.search(q('lost'))).total).toBe(0);
    expect((await store.search(q(''))).total).toBe(1);
    full = false;
    await store.create(newHighlight({ quote: 'Found words' }));
    expect((await store.search(q('found'))).total).toBe(1);
  });

  it('recognizes quota errors however they are wrapped', () => {
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('x', 'QuotaExceededError')))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('highlight store: start-up', () => {
  it('answers before the index is ready: Dexie newest-first listing for the empty query, a scan otherwise', async () => {
    const db = freshDb();
    const rows = seed(600, 5);
    // Ties on createdAt across pages, to check the listing orders them as the index does.
    for (let i = 0; i < 40; i++) rows[i]!.createdAt = rows[100]!.createdAt;
    await db.highlights.bulkPut(rows);
    // The index is held back until the end of the test.
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const store = makeStore(db, {
      buildIndex: async (snapshot, all) => (await gate, HighlightIndex.fromSnapshot(snapshot, all)),
    });
    for (const query of QUERIES) expect(await store.search(query), query.text).toEqual(scanSearch(rows, query));
    // Listing deep pages, past many batch boundaries.
    for (const offset of [0, 95, 480, 590, 600]) {
      const query = q('', { offset, limit: 30 });
      expect(await store.search(query)).toEqual(scanSearch(rows, query));
    }
    expect((await store.counts()).indexReady).toBe(false);
    release();
    await store.ready();
    await expectConsistent(store, db);
    // Above the scan limit a non-empty query waits for the index instead.
    const big = makeStore(db, { scanFallbackMax: 10 });
    expect(await big.search(q('erdo'))).toEqual(scanSearch(rows, q('erdo')));
    expect((await big.counts()).indexReady).toBe(true);
  });

  it('gives the listing its total from the stored count, which a load corrects when others wrote rows', async () => {
    const db = freshDb();
    const rows = seed(120, 6);
    await db.highlights.bulkPut(rows);
    await db.meta.put({ key: COUNT_KEY, value: 7 }); // wrong: rows were written behind the store's back
    const store = makeStore(db);
    await store.ready();
    await store.flush(); // runs after the queued correction
    expect((await db.meta.get(COUNT_KEY))?.value).toBe(120);
    await store.create(newHighlight());
    await store.remove(rows[0]!.id);
    await store.restore(rows[0]!);
    await store.restore(rows[0]!); // already there: no change in count
    expect((await db.meta.get(COUNT_KEY))?.value).toBe(121);
    // A fresh store (index not loaded) answers the empty query with the stored total.
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const cold = makeStore(db, {
      buildIndex: async (snapshot, all) => (await gate, HighlightIndex.fromSnapshot(snapshot, all)),
    });
    expect((await cold.search(q(''))).total).toBe(121);
    release();
  });

  it('persists a snapshot after writes (debounced) and restores from it, reconciling a stale one', async () => {
    const db = freshDb();
    const rows = seed(300, 9);
    await db.highlights.bulkPut(rows);
    const a = makeStore(db, { snapshotDelayMs: 20 });
    await a.ready();
    expect(await db.searchSnapshots.get(SNAPSHOT_ID)).toBeUndefined();
    // No snapshot existed: one is written shortly after the load. Waited for as a condition:
    // under load the debounced write of 300 rows can take longer than any fixed sleep.
    const first = await vi.waitFor(
      async () => {
        const row = await db.searchSnapshots.get(SNAPSHOT_ID);
        if (!row) throw new Error('no snapshot yet');
        return row;
      },
      { timeout: 10_000, interval: 10 },
    );
    expect(first?.snapshot.ids.length).toBe(300);
    expect(first?.snapshot.updatedAt).toBeInstanceOf(Float64Array);

    // Changes behind the store's back (another version of Gloss, a lost snapshot write).
    await db.highlights.delete(rows[0]!.id);
    await db.highlights.put({
      ...rows[1]!,
      quote: 'Entirely new words about Zanzibar',
      updatedAt: rows[1]!.updatedAt + 5,
    });
    await db.highlights.put({ ...rows[2]!, id: 'brand-new', quote: 'Another Zanzibar story' });
    const b = makeStore(db);
    await b.ready();
    await expectConsistent(b, db);
    expect((await b.search(q('zanzib'))).total).toBe(2);
    await b.flush();
    const second = (await db.searchSnapshots.get(SNAPSHOT_ID))?.snapshot;
    expect(second?.ids.length).toBe(300);
    expect(second?.ids).toContain('brand-new');
    expect(second?.ids).not.toContain(rows[0]!.id);

    // A damaged snapshot is ignored.
    await db.searchSnapshots.put({
      id: SNAPSHOT_ID,
      snapshot: { ...first!.snapshot, postings: new Uint8Array([255]) },
      savedAt: 0,
    });
    const c = makeStore(db);
    await expectConsistent(c, db);
  });

  it('replays writes that commit while the index loads', async () => {
    const db = freshDb();
    const rows = seed(500, 4);
    await db.highlights.bulkPut(rows);
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => (release = r));
    // Small chunks: the rows are read in many transactions, between which the writes land.
    const store = makeStore(db, {
      loadChunk: 23,
      buildIndex: async (snapshot, all) => (await gate, HighlightIndex.fromSnapshot(snapshot, all)),
    });
    const loading = store.ready();
    // Some writes commit before their rows are read, some after: all must end up indexed.
    const early = store.create(newHighlight({ quote: 'Written zyxwv early' }));
    await Promise.all([
      early,
      store.remove(rows[3]!.id),
      store.update(rows[4]!.id, { note: 'zyxwv note' }),
      store.putMany([{ ...rows[5]!, quote: 'Imported zyxwv while loading', updatedAt: rows[5]!.updatedAt + 1 }]),
    ]);
    await store.update((await early).id, { note: 'edited while loading' });
    // Writes racing the chunked read over the whole key range.
    const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    await Promise.all(
      sorted
        .filter((_, i) => i % 50 === 7)
        .map((h, i) => (i % 2 ? store.remove(h.id) : store.update(h.id, { tags: ['qwxyz'] }))),
    );
    release();
    await loading;
    await expectConsistent(store, db);
    expect((await store.search(q('zyxw'))).total).toBe(3);
    expect((await store.search(q('qwxyz'))).total).toBe(5);
    expect(
      (await store.search(q(rows[3]!.quote))).groups.flatMap((g) => g.hits.map((h) => h.highlight.id)),
    ).not.toContain(rows[3]!.id);
  });

  it('answers typed queries from the snapshot’s own rows before reading the table, then reconciles', async () => {
    const db = freshDb();
    const rows = seed(300, 11);
    await db.highlights.bulkPut(rows);
    const a = makeStore(db);
    await a.ready();
    await a.create(newHighlight({ quote: 'Quetzalcoatl was seen in Ankara' }));
    await a.flush();
    const saved = await db.searchSnapshots.get(SNAPSHOT_ID);
    expect(saved?.rows).toHaveLength(301);
    expect(saved?.generation).toBe((await db.meta.get(GENERATION_KEY))?.value);

    // A change behind the store's back (no generation counted): the snapshot's rows answer
    // first, the table read corrects them.
    await db.highlights.put({ ...rows[5]!, quote: 'Xylophones of Zanzibar', updatedAt: rows[5]!.updatedAt + 7 });
    const builtFrom: number[] = [];
    const b = makeStore(db, {
      scanFallbackMax: 0,
      buildIndex: (snapshot, all) => {
        builtFrom.push(all.length);
        return HighlightIndex.fromSnapshot(snapshot, all);
      },
    });
    // Served by the snapshot's rows (decoded before any chunk of the table is read): the
    // row changed behind the store's back is still its old version there.
    const [early, earlyChanged] = await Promise.all([b.search(q('quetzal')), b.search(q('zanzibar xylophones'))]);
    expect(early.total).toBe(1);
    expect(earlyChanged.total).toBe(0);
    expect(builtFrom).toEqual([301]); // the snapshot's rows, not the table's
    await b.ready();
    await expectConsistent(b, db);
    expect((await b.search(q('zanzibar xylophones'))).total).toBe(1);
    expect(builtFrom).toEqual([301]); // reconciled, not rebuilt

    // A write by the store moves the generation on: that snapshot's rows are not used again.
    await b.create(newHighlight({ quote: 'Another new line' }));
    const stale = await db.searchSnapshots.get(SNAPSHOT_ID);
    expect(stale?.generation).not.toBe((await db.meta.get(GENERATION_KEY))?.value);
  });
});
