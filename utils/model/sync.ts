// The shapes of sync that several contexts share (docs/sync.md): the reader's configuration,
// the status the options page shows, a set-up request and the answers it gets.
import type { ServerSettings } from '../sync/server';

/** What the reader set up (kept on this device only; the password is needed to replicate). */
export interface SyncConfig {
  server: ServerSettings;
  /** Reading history travels too (off unless the reader turns it on). */
  history: boolean;
  /** The allow/deny site lists travel too (off: they are per device). */
  siteLists: boolean;
}

export interface SyncStatus {
  state: 'off' | 'starting' | 'syncing' | 'idle' | 'retrying' | 'error';
  server: string | null;
  db: string | null;
  /** When the last full round (send and receive) ended, ms since epoch. */
  lastSyncAt: number | null;
  /** Local changes not yet on the server (sealed or not). */
  pending: number;
  /** The last error, for the reader; null after a good round. */
  error: string | null;
  /** When the next try is due after a failure. */
  retryAt: number | null;
  /** First sync of a large profile: records handled so far of the total. */
  progress: { phase: 'preparing' | 'sending' | 'receiving'; done: number; total: number } | null;
  /** Things the reader should know (a deletion undone by an edit elsewhere, notes merged). */
  notices: string[];
}

/** Where sync stands before anything started: a fresh copy for each holder (it is mutated). */
export function syncOffStatus(): SyncStatus {
  return {
    state: 'off',
    server: null,
    db: null,
    lastSyncAt: null,
    pending: 0,
    error: null,
    retryAt: null,
    progress: null,
    notices: [],
  };
}

export interface SetupRequest {
  server: ServerSettings;
  passphrase: string;
  /** The reader accepted creating a missing database. */
  createDatabase?: boolean;
  history?: boolean;
  siteLists?: boolean;
}

/** The outcome of a sync set-up step: what went wrong is named by `kind` (the page acts on it). */
export type SyncAnswer<T> =
  | ({ ok: true } & T)
  | {
      ok: false;
      /** A server problem (utils/sync/server.ts), 'wrong-passphrase', 'bad-params' or 'other'. */
      kind: string;
      message: string;
    };
