// The sync engine: sets sync up against the reader's server (connection check, encryption
// parameters, wrong passphrase), then keeps Dexie and the server in step through the local
// PouchDB database: local changes are sealed and pushed shortly after they commit, the
// server's changes arrive by PouchDB's live replication, and every failure is retried with
// exponential backoff (utils/sync/backoff.ts). PouchDB's own checkpoints and the bridge's
// outbox and applied sequence make every step resumable after the background stops.
// This module turns sync on and off (set-up's checks: utils/sync/establish-keys.ts; the meta
// rows: sync-local-state.ts); keeping in step is the session's (sync-session.ts: one round
// in sync-round.ts, rounds and retries in sync-runner.ts, live pull in sync-live.ts), and
// the status line is utils/sync/status-board.ts.
import type { SetupRequest, SyncConfig, SyncStatus } from '@/utils/model/sync';
import { DEFAULT_ITERATIONS, type SyncKeys } from '@/utils/sync/crypto';
import { establishKeys } from '@/utils/sync/establish-keys';
import { checkServer, parseServer, type ServerSettings } from '@/utils/sync/server';
import { createStatusBoard } from '@/utils/sync/status-board';
import type { ConnectionOptions } from './sync-connection';
import { enabledKeys, localDbName, markDisabled, markEnabled, startAfresh } from './sync-local-state';
import { createSyncSession } from './sync-session';

export type { SetupRequest, SyncConfig, SyncStatus };

export interface SetupResult {
  /** This device set the encryption up (the database had none): the first device. */
  firstDevice: boolean;
}

export interface SyncEngineOptions extends ConnectionOptions {
  /** The extension's origin, named in CORS advice. */
  extensionOrigin: string;
  config: { get(): Promise<SyncConfig | null>; set(c: SyncConfig | null): Promise<void> };
  /** Called with page URLs whose highlights changed from another device. */
  onApplied?: (urls: string[]) => void;
  onStatus?: (s: SyncStatus) => void;
  now?: () => number;
  /** PBKDF2 rounds for a new database (tests lower it to the accepted minimum). */
  iterations?: number;
  /** Documents per batch: sealing, bulk writes and replication requests. */
  batchSize?: number;
  /** Delay after a local write before it is sent (ms), so a burst goes in one request. */
  pushDelayMs?: number;
  backoff?: { baseMs?: number; maxMs?: number; random?: () => number };
  /** Live replication's heartbeat (ms): keeps the long poll open through idle proxies. */
  heartbeatMs?: number;
}

export interface SyncEngine {
  /** On background start: resumes sync if it is on. */
  start(): Promise<void>;
  /** Checks the server and the passphrase, then turns sync on (nothing changes on failure). */
  setup(req: SetupRequest): Promise<SetupResult>;
  /** Checks the server only (the options page's "Test connection"). */
  test(server: ServerSettings): Promise<{ version: string }>;
  /** Turns sync off: stops replicating, keeps every local highlight. */
  disable(): Promise<void>;
  /** A local write committed: send it soon. */
  kick(): void;
  /** One full round now (send, receive); rejects with the failure. */
  syncNow(): Promise<void>;
  status(): Promise<SyncStatus>;
  /** Stops timers and replication (tests, shutdown). */
  stop(): Promise<void>;
}

export function createSyncEngine(o: SyncEngineOptions): SyncEngine {
  const { db, Pouch } = o;
  let config: SyncConfig | null = null;
  const board = createStatusBoard(o.onStatus);
  const { st } = board;
  const session = createSyncSession({
    ...o,
    board,
    config: () => config,
    now: o.now ?? Date.now,
    batchSize: o.batchSize ?? 250,
    pushDelayMs: o.pushDelayMs ?? 300,
    heartbeatMs: o.heartbeatMs ?? 10_000,
  });

  const connect = async (keys: SyncKeys) => {
    if (!config) return;
    await session.connect(config, keys);
    st.server = parseServer(config.server).origin;
    st.db = config.server.db;
  };

  return {
    async start() {
      session.resume();
      config = await o.config.get();
      const keys = await enabledKeys(db);
      if (!config || !keys) {
        st.state = 'off';
        board.emit();
        return;
      }
      st.state = 'starting';
      await connect(keys);
      session.runSoon();
    },

    async test(server) {
      const r = await checkServer(server, o.fetch, o.extensionOrigin);
      return { version: r.version };
    },

    async setup(req) {
      const iterations = o.iterations ?? DEFAULT_ITERATIONS;
      const { keys, firstDevice } = await establishKeys(req, o.fetch, o.extensionOrigin, iterations);
      // Everything checked: from here on, sync is on.
      await session.disconnect();
      const next: SyncConfig = { server: { ...req.server }, history: !!req.history, siteLists: !!req.siteLists };
      const prev = config;
      const sameDb = !!prev && prev.server.url === next.server.url && prev.server.db === next.server.db && !firstDevice;
      if (!sameDb) {
        // Another database (or a new one): start afresh locally; the server's copy is merged in.
        const old = new Pouch(await localDbName(db), { adapter: o.localAdapter });
        await old.destroy().catch(() => undefined);
        await startAfresh(db);
      }
      await o.config.set(next);
      config = next;
      await markEnabled(db, keys);
      session.resume();
      await connect(keys);
      session.runSoon();
      return { firstDevice };
    },

    async disable() {
      await session.disconnect();
      await markDisabled(db);
      await o.config.set(null);
      config = null;
      Object.assign(st, { state: 'off', error: null, retryAt: null, progress: null, pending: 0 });
      board.emit();
    },

    kick: () => session.kick(),

    syncNow: () => session.syncNow(),

    async status() {
      if (session.connected()) st.pending = await db.syncOutbox.count();
      return board.snapshot();
    },

    stop: () => session.stop(),
  };
}
