// The highlight store's write path: writes run one after another (so the search index sees
// them in commit order), each in one Dexie transaction that also keeps the stored highlight
// count and the write generation, and writes sync's outbox journal. Quota failures become
// `StorageFullError`.
import type { Table } from 'dexie';
import type { GlossDb } from '@/utils/adapters/db';
import { COUNT_KEY } from '@/utils/adapters/db-listing';
import type { Highlight } from '@/utils/model/types';
import { isQuotaError, StorageFullError } from './storage-full';

/**
 * Key of the store's write generation in `meta`: every write transaction adds one. A
 * snapshot records the generation its rows reflect; when it still matches on start, the
 * snapshot's rows can answer searches before the table has been read back.
 */
export const GENERATION_KEY = 'highlightGeneration';

/** The generation stored in a `meta` row (0 when there is none). */
export const generationOf = (row: { value: unknown } | undefined): number =>
  typeof row?.value === 'number' ? row.value : 0;

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
 * sync bridge's outbox (entrypoints/background/sync-journal.ts) is written in the same
 * transaction, so no committed change can miss it.
 */
export interface WriteJournal {
  /** Tables the journal writes; they join every write transaction. */
  tables: readonly Table[];
  record(outcome: BatchOutcome<unknown>): Promise<void>;
}

export interface HighlightWriter {
  /** Runs `fn` after every write queued before it (whether they failed or not). */
  serial<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one read-write transaction over the highlights, `meta`, `tables` and the
   * journal's tables, then updates the count and generation; call it inside `serial`.
   * Throws {@link StorageFullError} (with `what` was not done) when the browser is full.
   */
  transact<T>(tables: readonly Table[], what: string, work: () => Promise<BatchOutcome<T>>): Promise<BatchOutcome<T>>;
  /** Recounts the stored highlight count (after a load found it missing or different). */
  fixCount(): Promise<void>;
}

/** Creates the write path over the database, with sync's journal when there is one. */
export function createHighlightWriter(db: GlossDb, journal?: WriteJournal): HighlightWriter {
  /** Tail of the write queue: writes run one after another, so the index sees commit order. */
  let tail: Promise<unknown> = Promise.resolve();

  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };

  // The stored highlight count is updated in the same transaction (by the known delta, else
  // recounted), so the popup's first listing can give its total without walking the table.
  const transact = async <T>(
    tables: readonly Table[],
    what: string,
    work: () => Promise<BatchOutcome<T>>,
  ): Promise<BatchOutcome<T>> => {
    try {
      const all = [...new Set([db.highlights, db.meta, ...tables, ...(journal?.tables ?? [])])];
      return await db.transaction('rw', all, async () => {
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
  };

  const fixCount = (): Promise<void> =>
    serial(() =>
      db.transaction(
        'rw',
        db.highlights,
        db.meta,
        async () => void (await db.meta.put({ key: COUNT_KEY, value: await db.highlights.count() })),
      ),
    );

  return { serial, transact, fixCount };
}
