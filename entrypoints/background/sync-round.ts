// One sync round over a connection: fill and seal the outbox, send, receive, apply what
// arrived to Dexie, and send again what applying wrote (merged notes, undone deletions).
import type { PouchDatabase } from 'pouchdb-core';
import type { GlossDb } from '@/utils/adapters/db';
import type { StatusBoard } from '@/utils/sync/status-board';
import type { SyncBridge } from './sync-bridge';
import { fillOutbox } from './sync-outbox-fill';
import type { Replications } from './sync-replications';

/** The local database, the server's, and the bridge between Dexie and the local one. */
export interface SyncConnection {
  local: PouchDatabase;
  remote: PouchDatabase;
  bridge: SyncBridge;
}

export interface RoundDeps {
  db: GlossDb;
  board: StatusBoard;
  replications: Replications;
  batchSize: number;
  /** Whether the reading history syncs. */
  history: boolean;
  onApplied?: (urls: string[]) => void;
}

/** One round: seal the outbox, send, receive, apply. */
export async function syncRound(c: SyncConnection, d: RoundDeps): Promise<void> {
  const { local, remote, bridge } = c;
  const { db, board, replications, batchSize } = d;
  const { st } = board;
  st.state = 'syncing';
  board.emit();
  await fillOutbox(db, d.history, board);
  const outbox = await db.syncOutbox.count();
  st.progress = outbox > batchSize ? { phase: 'preparing', done: 0, total: outbox } : null;
  await bridge.pushOutbox((done) => {
    if (st.progress) {
      st.progress = { phase: 'preparing', done, total: outbox };
      board.emit();
    }
  });
  const localInfo = await local.info();
  const toSend = typeof localInfo.update_seq === 'number' ? localInfo.update_seq : localInfo.doc_count;
  await replications.run(local.replicate.to(remote, { batch_size: batchSize, batches_limit: 2 }), 'sending', toSend);
  await bridge.sent();
  await replications.run(local.replicate.from(remote, { batch_size: batchSize, batches_limit: 2 }), 'receiving', 0);
  const pulled = await bridge.pullIn();
  if (pulled.urls.length) d.onApplied?.(pulled.urls);
  if (pulled.wroteLocal) {
    await replications.run(local.replicate.to(remote, { batch_size: batchSize }), 'sending', 0);
    await bridge.sent();
  }
  st.progress = null;
}
