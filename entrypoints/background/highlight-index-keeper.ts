// Keeps the highlight search index equal to the table (docs/search.md, "Keeping it
// consistent"): loads it on first need (at once from a snapshot whose generation still
// matches, confirmed by reading the table back in chunks), applies every committed change
// in commit order, and replays the changes committed while it loaded.
import type { GlossDb } from '@/utils/adapters/db';
import { COUNT_KEY } from '@/utils/adapters/db-listing';
import type { Highlight } from '@/utils/model/types';
import type { HighlightIndex, SearchSnapshot } from '@/utils/search/highlight-index';
import { applyIndexOp, type IndexOp, reconcileIndex } from '@/utils/search/index-ops';
import { generationOf, GENERATION_KEY } from './highlight-write';
import { SNAPSHOT_ID, type SnapshotSaver } from './index-snapshot';

export type BuildIndex = (
  snapshot: SearchSnapshot | undefined,
  rows: Highlight[],
) => HighlightIndex | Promise<HighlightIndex>;

export interface IndexKeeperOptions {
  db: GlossDb;
  buildIndex: BuildIndex;
  snapshots: SnapshotSaver;
  /** Rows read per transaction while the index loads. */
  loadChunk: number;
  /** Resolves when no popup listing is in flight (the load waits between chunks). */
  listingsIdle: () => Promise<void>;
  /** Recounts the stored highlight count. */
  fixCount: () => Promise<void>;
}

export interface IndexKeeper {
  /** Resolves once the index is loaded (starts loading it on the first call). */
  ready(): Promise<void>;
  /** The index if loaded (a function, so that checks after an `await` read it afresh). */
  loaded(): HighlightIndex | null;
  /** While loading: the index restored from the snapshot's own rows, if any. */
  provisional(): HighlightIndex | null;
  /** Settles once the load has decided whether a provisional index exists. */
  provisionalDecided(): Promise<void>;
  /** Applies a committed change (or queues it while the index loads). */
  changed(op: IndexOp): void;
}

/**
 * Reads every highlight in key order, a chunk per transaction: one getAll of 100k rows holds
 * the database for seconds in Chromium, and the popup's first listing would wait behind it.
 * Chunks need not be one consistent picture: the keeper replays what was committed meanwhile.
 */
async function readInChunks(db: GlossDb, chunkSize: number, idle: () => Promise<void>): Promise<Highlight[]> {
  const rows: Highlight[] = [];
  for (;;) {
    await idle();
    const last = rows.at(-1)?.id;
    const from = last === undefined ? db.highlights.toCollection() : db.highlights.where(':id').above(last);
    const chunk = await from.limit(chunkSize).toArray();
    for (const r of chunk) rows.push(r);
    if (chunk.length < chunkSize) return rows;
  }
}

/** True when the persisted snapshot no longer describes `built` exactly. */
function snapshotIsStale(
  s: SearchSnapshot | undefined,
  current: boolean,
  replayed: number,
  built: HighlightIndex,
): boolean {
  if (!s || !current || replayed > 0) return true;
  const stats = built.stats();
  return stats.dead > 0 || stats.slots !== s.ids.length || built.size() !== s.ids.length;
}

export function createIndexKeeper(opts: IndexKeeperOptions): IndexKeeper {
  const { db, buildIndex, snapshots } = opts;
  let index: HighlightIndex | null = null;
  let provisional: HighlightIndex | null = null;
  let provisionalStep: Promise<void> = Promise.resolve();
  let loading: Promise<void> | null = null;
  /** Index changes committed while the index loads, replayed onto it (see `load`). */
  let pendingOps: IndexOp[] | null = null;

  /** The snapshot's own rows as an index, with the changes committed so far; null if unusable. */
  const restore = async (saved: { snapshot: SearchSnapshot; rows?: Highlight[] }): Promise<HighlightIndex | null> => {
    try {
      const restored = await buildIndex(saved.snapshot, saved.rows!);
      for (const op of pendingOps!) applyIndexOp(restored, op);
      return restored;
    } catch (err) {
      console.warn('[Gloss] search snapshot rows not usable', err);
      return null;
    }
  };

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
      if (current) provisional = await restore(saved);
      decided();
      const rows = await readInChunks(db, opts.loadChunk, opts.listingsIdle);
      let built: HighlightIndex;
      if (provisional) {
        // Reconcile the provisional index with the rows as read, then replay every change
        // committed since loading began (below), as for an index built from the rows.
        built = provisional;
        reconcileIndex(built, rows);
      } else {
        built = await buildIndex(saved?.snapshot, rows);
      }
      // Every change committed since loading began was queued in `pendingOps`, in commit
      // order. Each is a whole-row put, a delete or a clear, so replaying them in order
      // ends at the table's state whatever each chunk saw of them.
      for (const op of pendingOps) applyIndexOp(built, op);
      index = built;
      if (snapshotIsStale(saved?.snapshot, current, pendingOps.length, built)) snapshots.schedule();
      // The count is only written by this store's transactions: anything else that wrote
      // highlights (an older version, a restored profile) is corrected here.
      if (storedCount?.value !== built.size())
        void opts.fixCount().catch((err) => console.warn('[Gloss] highlight count not fixed', err));
    } finally {
      decided();
      pendingOps = null;
      provisional = null;
      if (!index) loading = null; // failed: the next call tries again
    }
  };

  return {
    ready: () => (loading ??= load()),
    loaded: () => index,
    provisional: () => provisional,
    provisionalDecided: () => provisionalStep,
    changed: (op) => {
      if (index) applyIndexOp(index, op);
      else if (provisional) applyIndexOp(provisional, op);
      pendingOps?.push(op);
      if (op.kind === 'clear') snapshots.discard();
      else snapshots.schedule();
    },
  };
}
