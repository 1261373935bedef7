// Live pull: the server's changes as they happen, by PouchDB's live replication into the
// local database, applied a moment later in one batch. A failure ends it and is handed to
// the engine, which retries with backoff.
import type { PouchDatabase, PouchReplication, PouchStatic } from 'pouchdb-core';

export interface LivePullOptions {
  Pouch: PouchStatic;
  batchSize: number;
  /** Keeps the long poll open through idle proxies (ms). */
  heartbeatMs: number;
  /** Changes arrived (called once per burst, 30 ms after its first change). */
  onChanges(): void;
  onError(err: unknown): void;
}

export interface LivePull {
  /** Starts pulling from `remote` into `local` unless it already runs. */
  start(local: PouchDatabase, remote: PouchDatabase): void;
  /** Cancels the live replication (a pending apply still runs). */
  stop(): void;
  /** Drops a pending apply (the engine disconnects). */
  clearPending(): void;
}

export function createLivePull(o: LivePullOptions): LivePull {
  let live: PouchReplication | null = null;
  let pullTimer: ReturnType<typeof setTimeout> | null = null;
  return {
    start(local, remote) {
      if (live) return;
      const rep = o.Pouch.replicate(remote, local, {
        live: true,
        retry: false,
        batch_size: o.batchSize,
        heartbeat: o.heartbeatMs,
      });
      live = rep;
      rep.on('change', () => {
        if (pullTimer !== null) return;
        pullTimer = setTimeout(() => {
          pullTimer = null;
          o.onChanges();
        }, 30);
      });
      rep.on('error', (err) => {
        if (live !== rep) return;
        live = null;
        o.onError(err);
      });
      rep.catch(() => undefined);
    },
    stop() {
      const rep = live;
      live = null;
      rep?.cancel();
    },
    clearPending() {
      if (pullTimer !== null) clearTimeout(pullTimer);
      pullTimer = null;
    },
  };
}
