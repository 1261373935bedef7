// When the highlight search index is persisted: a while after the last change (so a burst
// of writes costs one snapshot), inside the write queue so that the snapshot's rows are
// exactly those of the generation it records. A lost or failed snapshot only costs
// re-indexing on the next start.
import type { GlossDb } from '@/utils/adapters/db';
import type { HighlightIndex } from '@/utils/search/highlight-index';
import { GENERATION_KEY, generationOf } from './highlight-write';

/** Key of the highlights index's row in `searchSnapshots`. */
export const SNAPSHOT_ID = 'highlights';

export interface SnapshotSaverOptions {
  db: GlossDb;
  /** The store's write queue. */
  serial: <T>(fn: () => Promise<T>) => Promise<T>;
  /** The loaded index, or null while it loads (nothing to persist yet). */
  index: () => HighlightIndex | null;
  now: () => number;
  /** Delay after the last change before the snapshot is written (ms). */
  delayMs: number;
}

export interface SnapshotSaver {
  /** The index changed: write a snapshot `delayMs` after the last such call. */
  schedule(): void;
  /** The table was emptied: the pending snapshot is dropped, not written. */
  discard(): void;
  /** Writes the snapshot now if a change is pending. */
  flush(): Promise<void>;
  /** Cancels the pending write and schedules no more. */
  dispose(): void;
}

export function createSnapshotSaver(opts: SnapshotSaverOptions): SnapshotSaver {
  const { db, serial, now, delayMs } = opts;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  /** After `dispose()`: no snapshot write is scheduled any more. */
  let disposed = false;

  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const write = (): Promise<void> =>
    serial(async () => {
      const index = opts.index();
      if (!index || !dirty || disposed) return;
      dirty = false;
      const snapshot = index.toSnapshot();
      // Inside the write queue: no write commits between reading the generation and this
      // put, so the rows are exactly that generation's.
      const generation = generationOf(await db.meta.get(GENERATION_KEY));
      if (disposed) return;
      await db.searchSnapshots.put({ id: SNAPSHOT_ID, snapshot, savedAt: now(), rows: index.rows(), generation });
    });

  return {
    schedule: () => {
      dirty = true;
      cancel();
      if (disposed) return;
      timer = setTimeout(() => {
        timer = null;
        void write().catch((err) => console.warn('[Gloss] search snapshot not written', err));
      }, delayMs);
    },
    discard: () => {
      cancel();
      dirty = false;
    },
    flush: async () => {
      cancel();
      await write();
    },
    dispose: () => {
      disposed = true;
      cancel();
    },
  };
}
