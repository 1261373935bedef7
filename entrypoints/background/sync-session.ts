// A running sync session: the open connection, rounds and their retries, the live pull and
// the push shortly after a local write. The engine (sync-engine.ts) decides when sync is on
// and with which server; the session keeps Dexie and that server in step.
import type { SyncConfig } from '@/utils/model/sync';
import type { SyncKeys } from '@/utils/sync/crypto';
import type { StatusBoard } from '@/utils/sync/status-board';
import { type ConnectionOptions, openConnection } from './sync-connection';
import { createLivePull } from './sync-live';
import { createReplications } from './sync-replications';
import { type SyncConnection, syncRound } from './sync-round';
import { createRoundRunner } from './sync-runner';

export interface SyncSessionOptions extends ConnectionOptions {
  board: StatusBoard;
  /** The configuration in force (its history switch is read as it changes). */
  config(): SyncConfig | null;
  /** Called with page URLs whose highlights changed from another device. */
  onApplied?: (urls: string[]) => void;
  now: () => number;
  batchSize: number;
  pushDelayMs: number;
  backoff?: { baseMs?: number; maxMs?: number; random?: () => number };
  heartbeatMs: number;
}

export interface SyncSession {
  /** Opens the connection for `config` (and starts nothing yet). */
  connect(config: SyncConfig, keys: SyncKeys): Promise<void>;
  /** Stops timers, live pull and replications, waits for the round, closes the local database. */
  disconnect(): Promise<void>;
  /** Starts a round in the background (its failure is retried, not thrown). */
  runSoon(): void;
  /** A local write committed: send it soon. */
  kick(): void;
  /** One full round now; rejects with the failure. */
  syncNow(): Promise<void>;
  connected(): boolean;
  /** Allows rounds again after `stop`. */
  resume(): void;
  /** No more rounds, retries or live pull; disconnects. */
  stop(): Promise<void>;
}

export function createSyncSession(o: SyncSessionOptions): SyncSession {
  const { db, board, now, batchSize } = o;
  let conn: SyncConnection | null = null;
  let stopped = false;
  let pushTimer: ReturnType<typeof setTimeout> | null = null;
  /** One-shot replications in flight: `stop()` cancels them (the background going away). */
  const replications = createReplications(board, batchSize, () => stopped);
  const history = () => !!o.config()?.history;

  const live = createLivePull({
    Pouch: o.Pouch,
    batchSize,
    heartbeatMs: o.heartbeatMs,
    onChanges: () => void applyPulled(),
    onError: (err) => runner.scheduleRetry(err),
  });

  const runner = createRoundRunner({
    round: async () => {
      if (conn)
        await syncRound(conn, { db, board, replications, batchSize, history: history(), onApplied: o.onApplied });
    },
    canRun: () => !stopped && !!conn,
    stopped: () => stopped,
    board,
    pendingCount: () => db.syncOutbox.count(),
    now,
    backoff: o.backoff,
    onSuccess: () => {
      if (!stopped && conn) live.start(conn.local, conn.remote);
    },
    onFailure: () => live.stop(),
  });
  const runSoon = () => void runner.run().catch(() => undefined);

  const kick = () => {
    if (!conn || stopped) return;
    if (pushTimer !== null) clearTimeout(pushTimer);
    pushTimer = setTimeout(() => {
      pushTimer = null;
      if (runner.retryScheduled()) return; // the server is away: the retry sends it
      runSoon();
    }, o.pushDelayMs);
  };

  const applyPulled = async () => {
    if (!conn) return;
    try {
      const pulled = await conn.bridge.pullIn();
      if (pulled.urls.length) o.onApplied?.(pulled.urls);
      if (pulled.wroteLocal) kick();
      board.st.lastSyncAt = now();
      board.emit();
    } catch (err) {
      console.warn('[Gloss] synced changes were not applied', err);
    }
  };

  const disconnect = async () => {
    runner.cancelRetry();
    if (pushTimer !== null) clearTimeout(pushTimer);
    pushTimer = null;
    live.clearPending();
    live.stop();
    replications.cancelAll();
    await runner.running()?.catch(() => undefined);
    const l = conn?.local;
    conn = null;
    await l?.close().catch(() => undefined);
  };

  return {
    async connect(config, keys) {
      conn = await openConnection(o, config, keys, { batchSize, now, history, onNotice: board.notice });
    },
    disconnect,
    runSoon,
    kick,
    syncNow: () => {
      runner.cancelRetry();
      return runner.run();
    },
    connected: () => conn !== null,
    resume: () => {
      stopped = false;
    },
    stop: async () => {
      stopped = true;
      await disconnect();
    },
  };
}
