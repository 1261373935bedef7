// The highlight store's write journal for sync: inside every write transaction, each
// highlight the write touched gets an outbox row (utils/db.ts, version 5), so a change
// committed while offline, or just before the background stops, is still sent later.
// Writes that came from sync are not journaled (they would echo back).
import type { GlossDb, SyncOutboxRow } from '@/utils/adapters/db';
import { highlightKey } from '@/utils/sync/record';
import type { WriteJournal } from './highlight-store';

/** Key in `meta` of the switch the journal reads inside each transaction. */
export const SYNC_ON_KEY = 'syncOn';

/** Outbox rows for these local keys, each with a fresh token. */
export const outboxRows = (keys: Iterable<string>): SyncOutboxRow[] =>
  [...keys].map((key) => ({ key, token: crypto.randomUUID() }));

export function createSyncJournal(db: GlossDb): WriteJournal {
  return {
    tables: [db.syncOutbox, db.syncKnown],
    async record(out) {
      if (out.fromSync) return;
      // Read inside the transaction: a write that commits after sync was turned on is
      // journaled, whatever the background has loaded so far.
      if ((await db.meta.get(SYNC_ON_KEY))?.value !== true) return;
      const keys = new Set<string>();
      for (const h of out.put ?? []) keys.add(highlightKey(h.id));
      for (const id of out.removed ?? []) keys.add(highlightKey(id));
      // "Delete everything": every highlight the server knows is deleted everywhere.
      if (out.cleared) for (const k of await db.syncKnown.where('key').startsWith('h:').primaryKeys()) keys.add(k);
      if (keys.size) await db.syncOutbox.bulkPut(outboxRows(keys));
    },
  };
}
