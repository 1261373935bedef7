// The background's highlight store: every read and write of saved highlights, and the
// in-memory search index kept consistent with the table (docs/search.md, "Keeping it
// consistent"). Writes commit in a Dexie transaction first and only then touch the index,
// one at a time in commit order, so the index never holds a row the table does not. On
// start the index is restored from a persisted snapshot reconciled with the rows (or built
// from them); until then searches are answered from Dexie directly: slower, never wrong.
// This module wires the pieces: the write path (highlight-write.ts), the index's life
// (highlight-index-keeper.ts), its snapshots (index-snapshot.ts) and search
// (highlight-search.ts).
import type { Table } from 'dexie';
import type { GlossDb } from '@/utils/adapters/db';
import { COUNT_KEY } from '@/utils/adapters/db-listing';
import { newHighlightRow, patchedHighlightRow } from '@/utils/highlights/highlight-rows';
import type { Highlight, HighlightPatch, NewHighlight } from '@/utils/model/types';
import { HighlightIndex, type SearchSnapshot } from '@/utils/search/highlight-index';
import type { SearchQuery, SearchResult } from '@/utils/search/types';
import { createIndexKeeper } from './highlight-index-keeper';
import { createHighlightSearch } from './highlight-search';
import { type BatchOutcome, createHighlightWriter, type WriteJournal } from './highlight-write';
import { createSnapshotSaver } from './index-snapshot';
import { createListingGate } from './listing-gate';

export { COUNT_KEY };
export { SNAPSHOT_ID } from './index-snapshot';
export { GENERATION_KEY, type BatchOutcome, type WriteJournal } from './highlight-write';
export { isQuotaError, StorageFullError } from './storage-full';

/** A highlight id that is not in the store. */
export class HighlightNotFoundError extends Error {
  override readonly name = 'HighlightNotFoundError';

  constructor(readonly id: string) {
    super(`This highlight no longer exists (it may have been deleted in another tab).`);
  }
}

export interface HighlightStoreOptions {
  /** Clock for `createdAt`/`updatedAt` (ms since epoch). */
  now?: () => number;
  /** Id source for new highlights. */
  uuid?: () => string;
  /** Delay after the last change before the index snapshot is written (ms). */
  snapshotDelayMs?: number;
  /**
   * Largest table a non-empty query is scanned over while the index loads; above it the
   * query waits for the index, which is ready sooner than a scan of that many rows ends.
   */
  scanFallbackMax?: number;
  /** Rows read per transaction while the index loads (smaller: other reads wait less). */
  loadChunk?: number;
  /**
   * Builds the index from the table's rows and the persisted snapshot. Defaults to
   * `HighlightIndex.fromSnapshot`; may be asynchronous (a worker, or a test holding it back).
   */
  buildIndex?: (snapshot: SearchSnapshot | undefined, rows: Highlight[]) => HighlightIndex | Promise<HighlightIndex>;
  /** Called after every committed write (the popup's first-screen cache follows the table). */
  onWrite?: () => void;
  /** Written inside every write transaction (sync's outbox). */
  journal?: WriteJournal;
}

/** Where the store's index stands, for diagnostics and the options page. */
export interface HighlightStoreCounts {
  highlights: number;
  indexed: number;
  indexReady: boolean;
}

export interface HighlightStore {
  /** Resolves once the search index is loaded (starts loading it on the first call). */
  ready(): Promise<void>;
  /** Saves a new highlight with a fresh id and times. */
  create(h: NewHighlight): Promise<Highlight>;
  /** Changes color, note or tags; bumps `updatedAt`. Throws {@link HighlightNotFoundError}. */
  update(id: string, patch: HighlightPatch): Promise<Highlight>;
  /** Deletes a highlight and returns the deleted row (for undo); null when it did not exist. */
  remove(id: string): Promise<Highlight | null>;
  /** Puts a deleted highlight back exactly as it was (undo). */
  restore(h: Highlight): Promise<Highlight>;
  /** The highlights of one normalized page URL, in page order. */
  forPage(url: string): Promise<Highlight[]>;
  /** Every highlight. */
  all(): Promise<Highlight[]>;
  /** Searches every highlight; served from Dexie until the index is ready. */
  search(q: SearchQuery): Promise<SearchResult>;
  counts(): Promise<HighlightStoreCounts>;
  /** Deletes every highlight and the index snapshot; returns how many highlights there were. */
  clearAll(): Promise<number>;
  /** Writes many highlights as they are (import) in one transaction. */
  putMany(rows: readonly Highlight[]): Promise<void>;
  /**
   * Runs `work` in one read-write transaction over the highlights and `tables`, serialized
   * with every other write; after it commits, the index applies what `work` reports it did
   * to the highlights. Used by import and "delete everything", which span several tables.
   */
  writeBatch<T>(tables: readonly Table[], work: () => Promise<BatchOutcome<T>>, what?: string): Promise<T>;
  /** Writes the index snapshot now if a write is pending (e.g. on `runtime.onSuspend`). */
  flush(): Promise<void>;
  /** Cancels the pending snapshot write and schedules no more (tests, shutdown). */
  dispose(): void;
}

/** Creates the store over an (unopened or open) Gloss database. */
export function createHighlightStore(db: GlossDb, opts: HighlightStoreOptions = {}): HighlightStore {
  const now = opts.now ?? Date.now;
  const uuid = opts.uuid ?? (() => crypto.randomUUID());
  const writer = createHighlightWriter(db, opts.journal);
  const { serial } = writer;
  const listings = createListingGate();
  const snapshots = createSnapshotSaver({
    db,
    serial,
    now,
    index: () => keeper.loaded(),
    delayMs: opts.snapshotDelayMs ?? 2000,
  });
  const keeper = createIndexKeeper({
    db,
    snapshots,
    buildIndex: opts.buildIndex ?? ((snapshot, rows) => HighlightIndex.fromSnapshot(snapshot, rows)),
    loadChunk: opts.loadChunk ?? 1000,
    listingsIdle: listings.idle,
    fixCount: writer.fixCount,
  });

  /** Runs a write through the queue; once it commits, the index applies what it did. */
  const write = <T>(tables: readonly Table[], what: string, work: () => Promise<BatchOutcome<T>>): Promise<T> =>
    serial(async () => {
      const outcome = await writer.transact(tables, what, work);
      if (outcome.cleared) keeper.changed({ kind: 'clear' });
      if (outcome.removed?.length) keeper.changed({ kind: 'remove', ids: outcome.removed });
      if (outcome.put?.length) keeper.changed({ kind: 'put', rows: outcome.put });
      opts.onWrite?.();
      return outcome.value;
    });

  return {
    ready: keeper.ready,

    create: (h) =>
      write([], 'the highlight was not saved.', async () => {
        const t = now();
        const row = newHighlightRow(h, uuid(), t);
        await db.highlights.add(row);
        return { put: [row], delta: 1, value: row };
      }),

    update: (id, patch) =>
      write([], 'the change was not saved.', async () => {
        const prev = await db.highlights.get(id);
        if (!prev) throw new HighlightNotFoundError(id);
        const row = patchedHighlightRow(prev, patch, now());
        await db.highlights.put(row);
        return { put: [row], delta: 0, value: row };
      }),

    remove: (id) =>
      write([], 'the highlight was not deleted.', async () => {
        const prev = await db.highlights.get(id);
        if (!prev) return { delta: 0, value: null };
        await db.highlights.delete(id);
        return { removed: [id], delta: -1, value: prev };
      }),

    restore: (h) =>
      write([], 'the highlight was not restored.', async () => {
        const row = structuredClone(h);
        const existed = (await db.highlights.where(':id').equals(row.id).count()) > 0;
        await db.highlights.put(row);
        return { put: [row], delta: existed ? 0 : 1, value: row };
      }),

    forPage: async (url) =>
      (await db.highlights.where('url').equals(url).toArray()).sort(
        (a, b) => a.start - b.start || a.createdAt - b.createdAt,
      ),

    all: () => db.highlights.toArray(),

    search: createHighlightSearch({ db, keeper, listings, scanFallbackMax: opts.scanFallbackMax ?? 10_000 }),

    counts: async () => ({
      highlights: await db.highlights.count(),
      indexed: keeper.loaded()?.size() ?? 0,
      indexReady: keeper.loaded() !== null,
    }),

    clearAll: () =>
      write([db.searchSnapshots], 'nothing was deleted.', async () => {
        const n = await db.highlights.count();
        await db.highlights.clear();
        await db.searchSnapshots.clear();
        return { cleared: true, value: n };
      }),

    putMany: (rows) =>
      write([], 'the highlights were not saved.', async () => {
        await db.highlights.bulkPut(rows as Highlight[]);
        return { put: rows, value: undefined };
      }),

    writeBatch: (tables, work, what = 'nothing was changed.') => write(tables, what, work),

    flush: snapshots.flush,

    dispose: snapshots.dispose,
  };
}
