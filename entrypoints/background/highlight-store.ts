// The background's highlight store: every read and write of saved highlights, and the
// in-memory search index kept consistent with the table (docs/search.md, "Keeping it
// consistent"). Writes commit in a Dexie transaction first and only then touch the index,
// one at a time in commit order, so the index never holds a row the table does not. On
// start the index is restored from a persisted snapshot reconciled with the rows (or built
// from them); until then searches are answered from Dexie directly: slower, never wrong.
import type { Table } from 'dexie';
import type { GlossDb } from '@/utils/adapters/db';
import type { HighlightPatch, NewHighlight } from '@/utils/model/types';
import type { Highlight } from '@/utils/model/types';
import { COUNT_KEY, listNewestFromDb } from '@/utils/adapters/db-listing';
import { HighlightIndex, type SearchSnapshot } from '@/utils/search/highlight-index';
import { isEmptyQuery, parseQuery } from '@/utils/search/query';
import { scanSearch } from '@/utils/search/scan';
import type { SearchFilters, SearchQuery, SearchResult } from '@/utils/search/types';

/** Key of the highlights index's row in `searchSnapshots`. */
export const SNAPSHOT_ID = 'highlights';
export { COUNT_KEY };
/**
 * Key of the store's write generation in `meta`: every write transaction adds one. A
 * snapshot records the generation its rows reflect; when it still matches on start, the
 * snapshot's rows can answer searches before the table has been read back.
 */
export const GENERATION_KEY = 'highlightGeneration';

const generationOf = (row: { value: unknown } | undefined): number => (typeof row?.value === 'number' ? row.value : 0);

/**
 * The browser refused to store more data. `message` is written for the reader; `cause` is
 * the browser's own error.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';

  constructor(what: string, cause?: unknown) {
    super(
      `Your browser's storage for Gloss is full: ${what} Free some space (delete highlights you no longer need, ` +
        `clear the reading history in Gloss's options, or free disk space) and try again.`,
      { cause },
    );
  }
}

/** A highlight id that is not in the store. */
export class HighlightNotFoundError extends Error {
  override readonly name = 'HighlightNotFoundError';

  constructor(readonly id: string) {
    super(`This highlight no longer exists (it may have been deleted in another tab).`);
  }
}

/** What a batch write (`writeBatch`) did to the highlights table, for the index. */
export interface BatchOutcome<T> {
  /** Highlights written (put) by the batch. */
  put?: readonly Highlight[];
  /** Ids of highlights deleted by the batch. */
  removed?: readonly string[];
  /** True when the batch emptied the highlights table. */
  cleared?: boolean;
  /**
   * How many highlights the batch added (negative: removed), when known; otherwise the
   * stored count is recounted inside the same transaction.
   */
  delta?: number;
  /** What `writeBatch` resolves with. */
  value: T;
  /** The batch applies changes that came from sync: the journal does not send them back. */
  fromSync?: boolean;
}

/**
 * Runs inside every write transaction of the store, after the write, with what it did: the
 * sync bridge's outbox (utils/background/sync-journal.ts) is written in the same
 * transaction, so no committed change can miss it.
 */
export interface WriteJournal {
  /** Tables the journal writes; they join every write transaction. */
  tables: readonly Table[];
  record(outcome: BatchOutcome<unknown>): Promise<void>;
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

type IndexOp =
  | { kind: 'put'; rows: readonly Highlight[] }
  | { kind: 'remove'; ids: readonly string[] }
  | { kind: 'clear' };

const NO_FILTERS = (f: SearchFilters): boolean =>
  !f.colors?.length && !f.sites?.length && f.from === undefined && f.to === undefined && !f.entityIds?.length;

/** True for the browser's (or Dexie's wrapping of the) "quota exceeded" failure, however nested. */
export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const { name, code, inner, cause } = e as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return true;
    e = inner ?? cause;
  }
  return false;
}

/** Copies exactly the fields of a new highlight (a message may carry more). */
function pickNew(h: NewHighlight): NewHighlight {
  return {
    url: h.url,
    title: h.title,
    site: h.site,
    quote: h.quote,
    prefix: h.prefix,
    suffix: h.suffix,
    start: h.start,
    end: h.end,
    color: h.color,
    note: h.note,
    tags: [...h.tags],
    entityIds: [...h.entityIds],
    entityNames: [...h.entityNames],
  };
}

/** Creates the store over an (unopened or open) Gloss database. */
export function createHighlightStore(db: GlossDb, opts: HighlightStoreOptions = {}): HighlightStore {
  const now = opts.now ?? Date.now;
  const uuid = opts.uuid ?? (() => crypto.randomUUID());
  const snapshotDelayMs = opts.snapshotDelayMs ?? 2000;
  const scanFallbackMax = opts.scanFallbackMax ?? 10_000;
  const loadChunk = opts.loadChunk ?? 1000;
  const buildIndex = opts.buildIndex ?? ((snapshot, rows) => HighlightIndex.fromSnapshot(snapshot, rows));

  let index: HighlightIndex | null = null;
  /**
   * While loading: an index restored from the snapshot's own rows (their generation
   * matched), answering searches until the table has been read back and reconciled.
   */
  let provisional: HighlightIndex | null = null;
  /** Settles once the load has decided whether a provisional index exists. */
  let provisionalStep: Promise<void> = Promise.resolve();
  let loading: Promise<void> | null = null;
  /** Index changes committed while the index loads, replayed onto it (see `load`). */
  let pendingOps: IndexOp[] | null = null;
  let snapshotTimer: ReturnType<typeof setTimeout> | null = null;
  let snapshotDirty = false;
  /** After `dispose()`: no snapshot write is scheduled any more. */
  let disposed = false;
  /** Listings in flight; the index load waits for them between chunks. */
  let listings = 0;
  const listingWaiters: Array<() => void> = [];
  const noListings = (): Promise<void> =>
    listings === 0 ? Promise.resolve() : new Promise((r) => listingWaiters.push(r));
  /** Tail of the write queue: writes run one after another, so the index sees commit order. */
  let tail: Promise<unknown> = Promise.resolve();

  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };

  const applyOp = (target: HighlightIndex, op: IndexOp): void => {
    if (op.kind === 'clear') target.clear();
    else if (op.kind === 'remove') for (const id of op.ids) target.remove(id);
    else for (const h of op.rows) target.update(h);
  };

  /** Applies a committed change to the index (or queues it while the index loads). */
  const indexChanged = (op: IndexOp): void => {
    if (index) applyOp(index, op);
    else if (provisional) applyOp(provisional, op);
    pendingOps?.push(op);
    if (op.kind === 'clear') {
      cancelSnapshot();
      snapshotDirty = false;
    } else scheduleSnapshot();
  };

  const cancelSnapshot = (): void => {
    if (snapshotTimer !== null) clearTimeout(snapshotTimer);
    snapshotTimer = null;
  };

  const scheduleSnapshot = (): void => {
    snapshotDirty = true;
    cancelSnapshot();
    if (disposed) return;
    snapshotTimer = setTimeout(() => {
      snapshotTimer = null;
      void writeSnapshot().catch((err) => console.warn('[Gloss] search snapshot not written', err));
    }, snapshotDelayMs);
  };

  /** Persists the index; a lost or failed write only costs re-indexing on the next start. */
  const writeSnapshot = (): Promise<void> =>
    serial(async () => {
      if (!index || !snapshotDirty || disposed) return;
      snapshotDirty = false;
      const snapshot = index.toSnapshot();
      // Inside the write queue: no write commits between reading the generation and this
      // put, so the rows are exactly that generation's.
      const generation = generationOf(await db.meta.get(GENERATION_KEY));
      if (disposed) return;
      await db.searchSnapshots.put({ id: SNAPSHOT_ID, snapshot, savedAt: now(), rows: index.rows(), generation });
    });

  const load = async (): Promise<void> => {
    pendingOps = [];
    let decided!: () => void;
    provisionalStep = new Promise<void>((r) => (decided = r));
    try {
      const [saved, storedCount, storedGeneration] = await Promise.all([
        db.searchSnapshots.get(SNAPSHOT_ID),
        db.meta.get(COUNT_KEY),
        db.meta.get(GENERATION_KEY),
      ]);
      // Rows written with the snapshot, at the table's current generation: search them at
      // once. Only the table read below confirms them (a writer other than this store, such
      // as an older version, does not count generations).
      const current = !!saved?.rows && saved.generation === generationOf(storedGeneration);
      if (current) {
        try {
          const restored = await buildIndex(saved.snapshot, saved.rows!);
          for (const op of pendingOps) applyOp(restored, op);
          provisional = restored;
        } catch (err) {
          console.warn('[Gloss] search snapshot rows not usable', err);
        }
      }
      decided();
      // The rows are read in key order, a chunk per transaction: one getAll of 100k rows
      // holds the database for seconds in Chromium, and the popup's first listing would
      // wait behind it. Chunks need not be one consistent picture: see the replay below.
      const rows: Highlight[] = [];
      for (;;) {
        await noListings();
        const last = rows.at(-1)?.id;
        const from = last === undefined ? db.highlights.toCollection() : db.highlights.where(':id').above(last);
        const chunk = await from.limit(loadChunk).toArray();
        for (const r of chunk) rows.push(r);
        if (chunk.length < loadChunk) break;
      }
      let built: HighlightIndex;
      if (provisional) {
        // Reconcile the provisional index with the rows as read, then replay every change
        // committed since loading began (below), as for an index built from the rows.
        built = provisional;
        const inTable = new Set<string>();
        for (const r of rows) {
          inTable.add(r.id);
          if (built.get(r.id)?.updatedAt !== r.updatedAt) built.update(r);
        }
        for (const h of built.rows()) if (!inTable.has(h.id)) built.remove(h.id);
      } else {
        built = await buildIndex(saved?.snapshot, rows);
      }
      // Every change committed since loading began was queued in `pendingOps`, in commit
      // order. Each is a whole-row put, a delete or a clear, so replaying them in order
      // ends at the table's state whatever each chunk saw of them.
      for (const op of pendingOps) applyOp(built, op);
      index = built;
      const s = saved?.snapshot;
      const stats = built.stats();
      const stale =
        !s ||
        !current ||
        pendingOps.length > 0 ||
        stats.dead > 0 ||
        stats.slots !== s.ids.length ||
        built.size() !== s.ids.length;
      if (stale) scheduleSnapshot();
      // The count is only written by this store's transactions: anything else that wrote
      // highlights (an older version, a restored profile) is corrected here.
      if (storedCount?.value !== built.size())
        void fixCount().catch((err) => console.warn('[Gloss] highlight count not fixed', err));
    } finally {
      decided();
      pendingOps = null;
      provisional = null;
      if (!index) loading = null; // failed: the next call tries again
    }
  };

  const ready = (): Promise<void> => (loading ??= load());

  /**
   * Runs a write transaction through the queue, mapping quota failures for the reader. The
   * stored highlight count is updated in the same transaction (by the known delta, else
   * recounted), so the popup's first listing can give its total without walking the table.
   */
  const write = <T>(tables: readonly Table[], what: string, work: () => Promise<BatchOutcome<T>>): Promise<T> =>
    serial(async () => {
      let outcome: BatchOutcome<T>;
      try {
        const journal = opts.journal;
        const all = [...new Set([db.highlights, db.meta, ...tables, ...(journal?.tables ?? [])])];
        outcome = await db.transaction('rw', all, async () => {
          const out = await work();
          if (journal) await journal.record(out);
          const stored = await db.meta.get(COUNT_KEY);
          const count =
            out.delta !== undefined && typeof stored?.value === 'number' && !out.cleared
              ? stored.value + out.delta
              : await db.highlights.count();
          await db.meta.put({ key: COUNT_KEY, value: count });
          await db.meta.put({ key: GENERATION_KEY, value: generationOf(await db.meta.get(GENERATION_KEY)) + 1 });
          return out;
        });
      } catch (err) {
        if (isQuotaError(err)) throw new StorageFullError(what, err);
        throw err;
      }
      if (outcome.cleared) indexChanged({ kind: 'clear' });
      if (outcome.removed?.length) indexChanged({ kind: 'remove', ids: outcome.removed });
      if (outcome.put?.length) indexChanged({ kind: 'put', rows: outcome.put });
      opts.onWrite?.();
      return outcome.value;
    });

  /** Recounts the stored highlight count (after a load found it missing or different). */
  const fixCount = (): Promise<void> =>
    serial(() =>
      db.transaction(
        'rw',
        db.highlights,
        db.meta,
        async () => void (await db.meta.put({ key: COUNT_KEY, value: await db.highlights.count() })),
      ),
    );

  /** The Dexie listing of the empty query; the index load pauses its reads while one runs. */
  const listNewest = async (q: SearchQuery): Promise<SearchResult> => {
    listings++;
    try {
      return await listNewestFromDb(db, q);
    } finally {
      if (--listings === 0) for (const wake of listingWaiters.splice(0)) wake();
    }
  };

  /** The index if loaded (a function, so that checks after an `await` read it afresh). */
  const loadedIndex = (): HighlightIndex | null => index;

  const search = async (q: SearchQuery): Promise<SearchResult> => {
    // The provisional index (the snapshot's rows, while the table is read back) answers
    // every query, the empty one too: it is as current as the table for this store's writes.
    const ready0 = loadedIndex() ?? provisional;
    if (ready0) return ready0.search(q);
    if (isEmptyQuery(parseQuery(q.text)) && NO_FILTERS(q.filters)) {
      // The popup's first screen: the listing runs alone, and the index load (which reads
      // every row) starts once it is done, so the two do not compete for the database.
      const listing = listNewest(q);
      const startLoad = () => void ready().catch(() => undefined);
      listing.then(startLoad, startLoad);
      return listing;
    }
    const loaded = ready();
    loaded.catch(() => undefined); // reported to whoever awaits it; the fallbacks need no index
    if ((await db.highlights.count()) <= scanFallbackMax) {
      const rows = await db.highlights.toArray();
      // The index may have finished meanwhile: it is at least as current as these rows.
      return loadedIndex()?.search(q) ?? scanSearch(rows, q);
    }
    // The snapshot's rows answer as soon as they are decoded; otherwise wait for the index.
    await Promise.race([loaded, provisionalStep]);
    const early = loadedIndex() ?? provisional;
    if (early) return early.search(q);
    await loaded;
    return loadedIndex()!.search(q);
  };

  return {
    ready,

    create: (h) =>
      write([], 'the highlight was not saved.', async () => {
        const t = now();
        const row: Highlight = { ...pickNew(h), id: uuid(), createdAt: t, updatedAt: t };
        await db.highlights.add(row);
        return { put: [row], delta: 1, value: row };
      }),

    update: (id, patch) =>
      write([], 'the change was not saved.', async () => {
        const prev = await db.highlights.get(id);
        if (!prev) throw new HighlightNotFoundError(id);
        const row: Highlight = { ...prev };
        if (patch.color !== undefined) row.color = patch.color;
        if (patch.note !== undefined) row.note = patch.note;
        if (patch.tags !== undefined) row.tags = [...patch.tags];
        // Strictly later, even within one millisecond: the snapshot detects stale entries
        // by `updatedAt`, and import merges keep the later one.
        row.updatedAt = Math.max(now(), prev.updatedAt + 1);
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

    search,

    counts: async () => ({
      highlights: await db.highlights.count(),
      indexed: index?.size() ?? 0,
      indexReady: index !== null,
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

    flush: async () => {
      cancelSnapshot();
      await writeSnapshot();
    },

    dispose: () => {
      disposed = true;
      cancelSnapshot();
    },
  };
}
