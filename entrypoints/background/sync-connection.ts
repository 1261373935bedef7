// Opening a sync connection: the local PouchDB database (named per server database), the
// server's database (credentials only as PouchDB's auth, never the browser's cookies) and
// the bridge between Dexie and the local database.
import type { PouchDatabase, PouchStatic } from 'pouchdb-core';
import type { GlossDb } from '@/utils/adapters/db';
import type { SyncConfig } from '@/utils/model/sync';
import type { SyncKeys } from '@/utils/sync/crypto';
import type { SyncNotice } from '@/utils/sync/notice';
import { parseServer, type ServerSettings } from '@/utils/sync/server';
import type { SyncedSettings } from '@/utils/sync/settings-filter';
import type { HighlightStore } from './highlight-store';
import { createSyncBridge, type SyncDocDb } from './sync-bridge';
import { deviceId, localDbName } from './sync-local-state';
import type { SyncConnection } from './sync-round';

/** What a connection is made from; the engine's options carry all of it. */
export interface ConnectionOptions {
  db: GlossDb;
  store: HighlightStore;
  /** PouchDB with the http adapter, replication and a local adapter. */
  Pouch: PouchStatic;
  /** Local adapter name ('idb' in the browser, 'memory' in tests). */
  localAdapter: string;
  fetch: typeof fetch;
  settings?: {
    read(): Promise<{ settings: SyncedSettings; updatedAt: number }>;
    apply(s: SyncedSettings, updatedAt: number): Promise<void>;
  };
}

/** The server's database through PouchDB's http adapter, without the browser's credentials. */
function remoteDb(o: ConnectionOptions, s: ServerSettings): PouchDatabase {
  return new o.Pouch(parseServer(s).dbUrl, {
    skip_setup: true,
    auth: { username: s.user, password: s.password },
    fetch: (url: string, init: RequestInit) => o.fetch(url, { ...init, credentials: 'omit' }),
  });
}

/** Opens the connection for `config` with `keys`. */
export async function openConnection(
  o: ConnectionOptions,
  config: SyncConfig,
  keys: SyncKeys,
  extra: { batchSize: number; now: () => number; history: () => boolean; onNotice: (n: SyncNotice) => void },
): Promise<SyncConnection> {
  const { db } = o;
  const local = new o.Pouch(await localDbName(db), { adapter: o.localAdapter, auto_compaction: true });
  const remote = remoteDb(o, config.server);
  const bridge = createSyncBridge({
    db,
    store: o.store,
    docs: local as unknown as SyncDocDb,
    keys,
    deviceId: await deviceId(db),
    batchSize: extra.batchSize,
    now: extra.now,
    settings: o.settings,
    history: extra.history,
    onNotice: extra.onNotice,
  });
  return { local, remote, bridge };
}
