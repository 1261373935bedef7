// The bridge between Gloss's database (Dexie, what every part of Gloss reads) and the local
// sync database (PouchDB, which replicates with the reader's server): local changes in the
// outbox are sealed into encrypted documents; documents that arrived from the server are
// opened, conflicts among them resolved (utils/sync/resolve.ts), and applied to Dexie
// through the highlight store, so its search index and counts stay right. Every step is in
// batches and records where it got to, so a background that stops mid-way resumes.
// Outbound is sync-push.ts, inbound sync-pull.ts (with what to apply planned in
// utils/sync/apply-plan.ts), the sealed documents sync-docs.ts.
import { type BridgeOptions, createBridgeContext } from './sync-bridge-context';
import { type PullOutcome, pullIn } from './sync-pull';
import { pushOutbox } from './sync-push';

export type { SyncNotice } from '@/utils/sync/notice';
export type { BridgeOptions } from './sync-bridge-context';
export type { SealedDoc, SyncDocDb } from './sync-docs';
export { APPLIED_SEQ_KEY, type PullOutcome } from './sync-pull';

export interface SyncBridge {
  /** Seals every outbox entry into the sync database, in batches; returns how many. */
  pushOutbox(onProgress?: (done: number) => void): Promise<number>;
  /** Applies every change of the sync database not yet applied to Dexie; returns how many. */
  pullIn(): Promise<PullOutcome>;
  /** Local changes not yet on the server (in the outbox, sealed or not). */
  pending(): Promise<number>;
  /** Replication carried every sealed entry to the server: they leave the outbox. */
  sent(): Promise<void>;
}

export function createSyncBridge(o: BridgeOptions): SyncBridge {
  const c = createBridgeContext(o);
  const { db } = c;
  return {
    pushOutbox: (onProgress) => pushOutbox(c, onProgress),
    pullIn: () => pullIn(c),
    pending: () => db.syncOutbox.count(),
    sent: async () => {
      // Read and deleted in one transaction: an entry sealed again meanwhile is not touched.
      await db.transaction('rw', db.syncOutbox, async () => {
        const keys = await db.syncOutbox.filter((r) => r.sealed === true).primaryKeys();
        await db.syncOutbox.bulkDelete(keys);
      });
    },
  };
}
