import { describe, expect, it } from 'vitest';
import { makeSeedData } from '@/scripts/seed-highlights';
import type { GlossDb } from '@/utils/adapters/db';
import { freshDbs } from '@/utils/adapters/fresh-db';
import { COUNT_KEY } from '@/utils/adapters/db-listing';
import type { Highlight } from '@/utils/model/types';
import { HighlightIndex } from '@/utils/search/highlight-index';
import { createIndexKeeper, type IndexKeeperOptions } from './highlight-index-keeper';
import { GENERATION_KEY } from './highlight-write';
import { SNAPSHOT_ID, type SnapshotSaver } from './index-snapshot';

const freshDb = freshDbs('gloss-keeper-test');

const seed = (n: number) =>
  makeSeedData({ highlights: n, pages: Math.max(1, n / 10), entities: 20, seed: 5 }).highlights;

const sortedIds = (rows: readonly Highlight[]) => rows.map((r) => r.id).sort();

/** A snapshot saver that records what the keeper asked of it. */
function saver() {
  const calls: string[] = [];
  const snapshots: SnapshotSaver = {
    schedule: () => calls.push('schedule'),
    discard: () => calls.push('discard'),
    flush: async () => undefined,
    dispose: () => undefined,
  };
  return { calls, snapshots };
}

function keeper(db: GlossDb, over: Partial<IndexKeeperOptions> = {}) {
  const s = saver();
  let fixes = 0;
  const k = createIndexKeeper({
    db,
    buildIndex: (snapshot, rows) => HighlightIndex.fromSnapshot(snapshot, rows),
    snapshots: s.snapshots,
    loadChunk: 10,
    listingsIdle: async () => undefined,
    fixCount: async () => void fixes++,
    ...over,
  });
  return { k, calls: s.calls, fixes: () => fixes };
}

describe('createIndexKeeper', () => {
  it('loads the table in chunks and replays the changes committed while it read', async () => {
    const db = freshDb();
    const rows = seed(45);
    await db.highlights.bulkPut(rows);
    await db.meta.put({ key: COUNT_KEY, value: 45 });
    const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    const added = { ...rows[0]!, id: 'zzz-added', quote: 'A quote about Zanzibar' };
    let chunks = 0;
    // Between the first and second chunk, a write commits and is reported to the keeper:
    // a row the first chunk already read is deleted, and one the last chunk will read is added.
    const { k, calls, fixes } = keeper(db, {
      listingsIdle: async () => {
        if (++chunks !== 2) return;
        await db.highlights.delete(sorted[0]!.id);
        await db.highlights.put(added);
        k.changed({ kind: 'remove', ids: [sorted[0]!.id] });
        k.changed({ kind: 'put', rows: [added] });
      },
    });
    expect(k.loaded()).toBeNull();
    await k.ready();
    expect(chunks).toBe(5);
    const index = k.loaded()!;
    expect(sortedIds(index.rows())).toEqual(sortedIds(await db.highlights.toArray()));
    expect(index.has(sorted[0]!.id)).toBe(false);
    expect(index.get('zzz-added')?.quote).toBe('A quote about Zanzibar');
    // No snapshot existed: one is scheduled; the stored count (45) was right, so no fix.
    expect(calls).toContain('schedule');
    expect(fixes()).toBe(0);
    // Loaded: a change applies at once; ready() does not load again.
    k.changed({ kind: 'remove', ids: ['zzz-added'] });
    expect(index.has('zzz-added')).toBe(false);
    await k.ready();
    expect(k.loaded()).toBe(index);
  });

  it("searches a current snapshot's rows before the table is read, then confirms them", async () => {
    const db = freshDb();
    const rows = seed(30);
    await db.highlights.bulkPut(rows);
    await db.meta.put({ key: COUNT_KEY, value: 30 });
    await db.meta.put({ key: GENERATION_KEY, value: 7 });
    const built = new HighlightIndex(rows);
    await db.searchSnapshots.put({
      id: SNAPSHOT_ID,
      snapshot: built.toSnapshot(),
      savedAt: 1,
      rows: built.rows(),
      generation: 7,
    });
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const { k, calls } = keeper(db, { listingsIdle: () => gate });
    const loading = k.ready();
    await k.provisionalDecided();
    const provisional = k.provisional();
    expect(provisional?.size()).toBe(30);
    expect(k.loaded()).toBeNull();
    // A change while the table is being read reaches the provisional index too.
    k.changed({ kind: 'remove', ids: [rows[0]!.id] });
    expect(provisional?.has(rows[0]!.id)).toBe(false);
    release();
    await loading;
    expect(k.loaded()).toBe(provisional);
    expect(k.provisional()).toBeNull();
    // The table still holds the row (the test did not delete it): the replayed change wins.
    expect(k.loaded()!.size()).toBe(29);
    expect(calls).toEqual(['schedule', 'schedule']);
  });

  it('ignores a snapshot of another generation, and fixes a wrong stored count', async () => {
    const db = freshDb();
    const rows = seed(20);
    await db.highlights.bulkPut(rows);
    await db.meta.put({ key: COUNT_KEY, value: 3 });
    await db.meta.put({ key: GENERATION_KEY, value: 2 });
    const old = new HighlightIndex(rows.slice(0, 5));
    await db.searchSnapshots.put({
      id: SNAPSHOT_ID,
      snapshot: old.toSnapshot(),
      savedAt: 1,
      rows: old.rows(),
      generation: 1,
    });
    const { k, fixes } = keeper(db);
    const loading = k.ready();
    await k.provisionalDecided();
    expect(k.provisional()).toBeNull();
    await loading;
    expect(k.loaded()!.size()).toBe(20);
    expect(fixes()).toBe(1);
  });

  it('tries the load again after one failed', async () => {
    const db = freshDb();
    await db.highlights.bulkPut(seed(5));
    let fail = true;
    const { k } = keeper(db, {
      buildIndex: (snapshot, rows) => {
        if (fail) throw new Error('index build failed');
        return HighlightIndex.fromSnapshot(snapshot, rows);
      },
    });
    await expect(k.ready()).rejects.toThrow('index build failed');
    expect(k.loaded()).toBeNull();
    fail = false;
    await k.ready();
    expect(k.loaded()!.size()).toBe(5);
  });

  it('drops the pending snapshot on a clear and schedules one on other changes', async () => {
    const { k, calls } = keeper(freshDb());
    await k.ready();
    calls.splice(0);
    k.changed({ kind: 'put', rows: seed(1) });
    k.changed({ kind: 'clear' });
    k.changed({ kind: 'remove', ids: ['x'] });
    expect(calls).toEqual(['schedule', 'discard', 'schedule']);
    expect(k.loaded()!.size()).toBe(0);
  });
});
