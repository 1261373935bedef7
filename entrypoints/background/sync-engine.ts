// The sync engine: sets sync up against the reader's server (connection check, encryption
// parameters, wrong passphrase), then keeps Dexie and the server in step through the local
// PouchDB database: local changes are sealed and pushed shortly after they commit, the
// server's changes arrive by PouchDB's live replication, and every failure is retried with
// exponential backoff (utils/sync/backoff.ts). PouchDB's own checkpoints and the bridge's
// outbox and applied sequence make every step resumable after the background stops.
import type { PouchDatabase, PouchReplication, PouchStatic } from 'pouchdb-core';
import type { GlossDb } from '@/utils/adapters/db';
import { type SetupRequest, type SyncConfig, type SyncStatus, syncOffStatus } from '@/utils/model/sync';
import { backoffDelay } from '@/utils/sync/backoff';
import { createKeys, DEFAULT_ITERATIONS, unlockKeys, type SyncKeys } from '@/utils/sync/crypto';
import { highlightKey, SETTINGS_KEY, visitKey } from '@/utils/sync/record';
import {
  checkServer,
  createDatabase,
  parseServer,
  readKeyParams,
  SyncServerError,
  writeKeyParams,
  type ServerSettings,
} from '@/utils/sync/server';
import type { SyncedSettings } from '@/utils/sync/settings-filter';
import type { HighlightStore } from './highlight-store';
import { APPLIED_SEQ_KEY, createSyncBridge, type SyncBridge, type SyncDocDb, type SyncNotice } from './sync-bridge';
import { outboxRows, SYNC_ON_KEY } from './sync-journal';

export type { SetupRequest, SyncConfig, SyncStatus };

export interface SetupResult {
  /** This device set the encryption up (the database had none): the first device. */
  firstDevice: boolean;
}

export interface SyncEngineOptions {
  db: GlossDb;
  store: HighlightStore;
  /** PouchDB with the http adapter, replication and a local adapter. */
  Pouch: PouchStatic;
  /** Local adapter name ('idb' in the browser, 'memory' in tests). */
  localAdapter: string;
  fetch: typeof fetch;
  /** The extension's origin, named in CORS advice. */
  extensionOrigin: string;
  config: { get(): Promise<SyncConfig | null>; set(c: SyncConfig | null): Promise<void> };
  settings?: {
    read(): Promise<{ settings: SyncedSettings; updatedAt: number }>;
    apply(s: SyncedSettings, updatedAt: number): Promise<void>;
  };
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

const KEYS_KEY = 'syncKeys';
const DEVICE_KEY = 'syncDeviceId';
/** Key in `meta` of the highlight id the initial fill of the outbox has reached. */
const FILL_KEY = 'syncFillAfter';
const DB_ID_KEY = 'syncDbId';
const MAX_NOTICES = 20;

export function createSyncEngine(o: SyncEngineOptions): SyncEngine {
  const { db, store, Pouch } = o;
  const now = o.now ?? Date.now;
  const batchSize = o.batchSize ?? 250;
  const pushDelayMs = o.pushDelayMs ?? 300;

  let config: SyncConfig | null = null;
  let local: PouchDatabase | null = null;
  let remote: PouchDatabase | null = null;
  let bridge: SyncBridge | null = null;
  let live: PouchReplication | null = null;
  let stopped = false;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let pushTimer: ReturnType<typeof setTimeout> | null = null;
  let pullTimer: ReturnType<typeof setTimeout> | null = null;
  /** One round at a time; a round asked for during one runs after it. */
  let running: Promise<void> | null = null;
  let again = false;
  const st: SyncStatus = syncOffStatus();

  const emit = () => o.onStatus?.({ ...st, notices: [...st.notices] });
  const notice = (n: SyncNotice) => {
    const text =
      n.kind === 'delete-overridden'
        ? `A highlight you deleted was edited on another device meanwhile, so it was kept: “${n.quote}”.`
        : n.kind === 'notes-merged'
          ? `A highlight was edited on two devices at once; both notes were kept: “${n.quote}”.`
          : `${n.count} synced record${n.count === 1 ? '' : 's'} could not be decrypted with this passphrase and were skipped.`;
    st.notices = [text, ...st.notices].slice(0, MAX_NOTICES);
    emit();
  };

  const clearTimers = () => {
    for (const t of [retryTimer, pushTimer, pullTimer]) if (t !== null) clearTimeout(t);
    retryTimer = pushTimer = pullTimer = null;
  };

  const localName = async (): Promise<string> => {
    const id = (await db.meta.get(DB_ID_KEY))?.value;
    return `gloss-sync-${typeof id === 'string' ? id : 'default'}`;
  };

  const deviceId = async (): Promise<string> => {
    const row = await db.meta.get(DEVICE_KEY);
    if (typeof row?.value === 'string') return row.value;
    const id = crypto.randomUUID();
    await db.meta.put({ key: DEVICE_KEY, value: id });
    return id;
  };

  const remoteDb = (s: ServerSettings): PouchDatabase =>
    new Pouch(parseServer(s).dbUrl, {
      skip_setup: true,
      auth: { username: s.user, password: s.password },
      fetch: (url: string, init: RequestInit) => o.fetch(url, { ...init, credentials: 'omit' }),
    });

  /** Puts every highlight (and the settings, and history if on) in the outbox, resumably. */
  const fillOutbox = async (): Promise<void> => {
    let after = (await db.meta.get(FILL_KEY))?.value;
    if (typeof after !== 'string') return;
    const total = await db.highlights.count();
    let done = 0;
    st.progress = { phase: 'preparing', done, total };
    emit();
    for (;;) {
      const ids = await db.highlights.where(':id').above(after).limit(2000).primaryKeys();
      const last = ids.at(-1);
      await db.transaction('rw', db.syncOutbox, db.meta, async () => {
        // A key already waiting keeps its entry (its token may be being handled).
        const waiting = await db.syncOutbox.bulkGet(ids.map(highlightKey));
        await db.syncOutbox.bulkPut(outboxRows(ids.filter((_, i) => !waiting[i]).map(highlightKey)));
        await db.meta.put({ key: FILL_KEY, value: last ?? null });
      });
      done += ids.length;
      st.progress = { phase: 'preparing', done, total };
      emit();
      if (last === undefined) break;
      after = last;
    }
    const extra = [SETTINGS_KEY];
    if (config?.history) for (const url of await db.articles.toCollection().primaryKeys()) extra.push(visitKey(url));
    await db.syncOutbox.bulkPut(outboxRows(extra));
    await db.meta.delete(FILL_KEY);
  };

  const pendingCount = (): Promise<number> => db.syncOutbox.count();

  /** One-shot replications in flight: `stop()` cancels them (the background going away). */
  const inFlight = new Set<PouchReplication>();
  const replicate = async (rep: PouchReplication, phase: 'sending' | 'receiving', total: number) => {
    inFlight.add(rep);
    rep.on('change', (info) => {
      const done = info.docs_written;
      if (total > batchSize) {
        st.progress = { phase, done, total };
        emit();
      }
    });
    try {
      const res = await rep;
      // Cancelled (stop) or partial: nothing after this step may assume it all arrived.
      if (stopped || res.status !== 'complete') throw new Error('sync stopped');
      return res;
    } finally {
      inFlight.delete(rep);
    }
  };

  /** One round: seal the outbox, send, receive, apply. */
  const round = async (): Promise<void> => {
    if (!bridge || !local || !remote) return;
    st.state = 'syncing';
    emit();
    await fillOutbox();
    const outbox = await db.syncOutbox.count();
    st.progress = outbox > batchSize ? { phase: 'preparing', done: 0, total: outbox } : null;
    await bridge.pushOutbox((done) => {
      if (st.progress) {
        st.progress = { phase: 'preparing', done, total: outbox };
        emit();
      }
    });
    const localInfo = await local.info();
    const toSend = typeof localInfo.update_seq === 'number' ? localInfo.update_seq : localInfo.doc_count;
    await replicate(local.replicate.to(remote, { batch_size: batchSize, batches_limit: 2 }), 'sending', toSend);
    await bridge.sent();
    await replicate(local.replicate.from(remote, { batch_size: batchSize, batches_limit: 2 }), 'receiving', 0);
    const pulled = await bridge.pullIn();
    if (pulled.urls.length) o.onApplied?.(pulled.urls);
    if (pulled.wroteLocal) {
      await replicate(local.replicate.to(remote, { batch_size: batchSize }), 'sending', 0);
      await bridge.sent();
    }
    st.progress = null;
  };

  const scheduleRetry = (err: unknown) => {
    // Live replication and a round can fail together: one retry is scheduled, not two.
    if (retryTimer !== null || stopped) return;
    attempt++;
    const delay = backoffDelay(attempt, o.backoff);
    st.state = 'retrying';
    st.error = describe(err);
    st.retryAt = now() + delay;
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void runRound().catch(() => undefined);
    }, delay);
    emit();
    void pendingCount().then((n) => {
      st.pending = n;
      emit();
    });
  };

  const runRound = (): Promise<void> => {
    if (stopped || !bridge) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await round();
        } while (again && !stopped);
        attempt = 0;
        st.state = 'idle';
        st.error = null;
        st.retryAt = null;
        st.lastSyncAt = now();
        st.pending = await pendingCount();
        emit();
        startLive();
      } catch (err) {
        st.progress = null;
        stopLive();
        scheduleRetry(err);
        throw err;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  /** Live pull: the server's changes as they happen, applied a moment later in one batch. */
  const startLive = () => {
    if (live || stopped || !local || !remote) return;
    const rep = Pouch.replicate(remote, local, {
      live: true,
      retry: false,
      batch_size: batchSize,
      heartbeat: o.heartbeatMs ?? 10_000,
    });
    live = rep;
    rep.on('change', () => {
      if (pullTimer !== null) return;
      pullTimer = setTimeout(() => {
        pullTimer = null;
        void applyPulled();
      }, 30);
    });
    rep.on('error', (err) => {
      if (live !== rep) return;
      live = null;
      scheduleRetry(err);
    });
    rep.catch(() => undefined);
  };

  const stopLive = () => {
    const rep = live;
    live = null;
    rep?.cancel();
  };

  const kick = () => {
    if (!bridge || stopped) return;
    if (pushTimer !== null) clearTimeout(pushTimer);
    pushTimer = setTimeout(() => {
      pushTimer = null;
      if (retryTimer !== null) return; // the server is away: the retry sends it
      void runRound().catch(() => undefined);
    }, pushDelayMs);
  };

  const applyPulled = async () => {
    if (!bridge || !local || !remote) return;
    try {
      const pulled = await bridge.pullIn();
      if (pulled.urls.length) o.onApplied?.(pulled.urls);
      if (pulled.wroteLocal) kick();
      st.lastSyncAt = now();
      emit();
    } catch (err) {
      console.warn('[Gloss] synced changes were not applied', err);
    }
  };

  const connect = async (keys: SyncKeys) => {
    if (!config) return;
    local = new Pouch(await localName(), { adapter: o.localAdapter, auto_compaction: true });
    remote = remoteDb(config.server);
    bridge = createSyncBridge({
      db,
      store,
      docs: local as unknown as SyncDocDb,
      keys,
      deviceId: await deviceId(),
      batchSize,
      now,
      settings: o.settings,
      history: () => !!config?.history,
      onNotice: notice,
    });
    st.server = parseServer(config.server).origin;
    st.db = config.server.db;
  };

  const disconnect = async () => {
    clearTimers();
    stopLive();
    for (const rep of inFlight) rep.cancel();
    await running?.catch(() => undefined);
    const l = local;
    local = remote = null;
    bridge = null;
    await l?.close().catch(() => undefined);
  };

  const engine: SyncEngine = {
    async start() {
      stopped = false;
      config = await o.config.get();
      const on = (await db.meta.get(SYNC_ON_KEY))?.value === true;
      const keys = (await db.meta.get(KEYS_KEY))?.value as SyncKeys | undefined;
      if (!config || !on || !keys) {
        st.state = 'off';
        emit();
        return;
      }
      st.state = 'starting';
      await connect(keys);
      void runRound().catch(() => undefined);
    },

    async test(server) {
      const r = await checkServer(server, o.fetch, o.extensionOrigin);
      return { version: r.version };
    },

    async setup(req) {
      try {
        await checkServer(req.server, o.fetch, o.extensionOrigin);
      } catch (err) {
        if (!(err instanceof SyncServerError) || err.kind !== 'no-database' || !req.createDatabase) throw err;
        await createDatabase(req.server, o.fetch, o.extensionOrigin);
      }
      const params = await readKeyParams(req.server, o.fetch, o.extensionOrigin);
      let keys: SyncKeys;
      let firstDevice = false;
      if (params) keys = await unlockKeys(req.passphrase, params);
      else {
        const made = await createKeys(req.passphrase, o.iterations ?? DEFAULT_ITERATIONS);
        await writeKeyParams(req.server, o.fetch, o.extensionOrigin, made.params);
        keys = made.keys;
        firstDevice = true;
      }
      // Everything checked: from here on, sync is on.
      await disconnect();
      const next: SyncConfig = { server: { ...req.server }, history: !!req.history, siteLists: !!req.siteLists };
      const prev = config;
      const sameDb = !!prev && prev.server.url === next.server.url && prev.server.db === next.server.db && !firstDevice;
      if (!sameDb) {
        // Another database (or a new one): start afresh locally; the server's copy is merged in.
        const old = new Pouch(await localName(), { adapter: o.localAdapter });
        await old.destroy().catch(() => undefined);
        await db.transaction('rw', db.meta, db.syncKnown, db.syncOutbox, async () => {
          await db.meta.put({ key: DB_ID_KEY, value: crypto.randomUUID() });
          await db.meta.delete(APPLIED_SEQ_KEY);
          await db.syncKnown.clear();
          await db.syncOutbox.clear();
        });
      }
      await o.config.set(next);
      config = next;
      await db.transaction('rw', db.meta, async () => {
        await db.meta.put({ key: KEYS_KEY, value: keys });
        await db.meta.put({ key: SYNC_ON_KEY, value: true });
        await db.meta.put({ key: FILL_KEY, value: '' });
      });
      stopped = false;
      await connect(keys);
      void runRound().catch(() => undefined);
      return { firstDevice };
    },

    async disable() {
      await disconnect();
      await db.transaction('rw', db.meta, db.syncOutbox, async () => {
        await db.meta.put({ key: SYNC_ON_KEY, value: false });
        await db.meta.delete(KEYS_KEY);
        await db.syncOutbox.clear();
      });
      await o.config.set(null);
      config = null;
      Object.assign(st, { state: 'off', error: null, retryAt: null, progress: null, pending: 0 });
      emit();
    },

    kick,

    syncNow: () => {
      if (retryTimer !== null) {
        clearTimeout(retryTimer);
        retryTimer = null;
      }
      return runRound();
    },

    async status() {
      if (bridge) st.pending = await pendingCount();
      return { ...st, notices: [...st.notices] };
    },

    async stop() {
      stopped = true;
      await disconnect();
    },
  };
  return engine;
}

/** A failure in words for the status line. */
function describe(err: unknown): string {
  if (err instanceof SyncServerError) return err.message;
  const e = err as { status?: unknown; message?: unknown; name?: unknown; reason?: unknown };
  if (e?.status === 401) return 'The server refused the user name or password; set sync up again.';
  if (e?.status === 403) return 'The server no longer allows this user to use the database.';
  if (e?.status === 404) return 'The database is gone from the server.';
  if (e?.status === 413) return 'The server refused a request as too large; Gloss will send smaller batches.';
  const msg = typeof e?.message === 'string' ? e.message : typeof e?.reason === 'string' ? e.reason : String(err);
  if (/fetch|network|ECONNREFUSED|ECONNRESET|terminated|socket/i.test(msg))
    return 'The server cannot be reached; changes wait here and are sent when it is back.';
  return `Sync failed: ${msg.slice(0, 200)}`;
}
