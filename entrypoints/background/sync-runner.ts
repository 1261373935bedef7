// Runs sync rounds one at a time (a round asked for during one runs right after it) and
// retries a failed round with exponential backoff (utils/sync/backoff.ts), saying on the
// status line what failed and when the next try is.
import { backoffDelay, type BackoffOptions } from '@/utils/sync/backoff';
import { describeSyncFailure } from '@/utils/sync/describe-failure';
import type { StatusBoard } from '@/utils/sync/status-board';

export interface RoundRunnerOptions {
  /** One round. */
  round(): Promise<void>;
  /** Whether a round may start (connected, not stopped). */
  canRun(): boolean;
  /** The engine stopped: no retry is scheduled. */
  stopped(): boolean;
  board: StatusBoard;
  /** Local changes not yet on the server. */
  pendingCount(): Promise<number>;
  now(): number;
  backoff?: BackoffOptions;
  /** After a good round (live pull starts). */
  onSuccess(): void;
  /** After a failed round, before the retry is scheduled (live pull stops). */
  onFailure(): void;
}

export interface RoundRunner {
  /** Runs rounds until none is asked for; rejects with the failure (a retry is scheduled). */
  run(): Promise<void>;
  /** Schedules one retry after backoff, unless one is scheduled already. */
  scheduleRetry(err: unknown): void;
  /** A retry is scheduled (the server is away). */
  retryScheduled(): boolean;
  /** Cancels the scheduled retry. */
  cancelRetry(): void;
  /** The rounds in progress, if any. */
  running(): Promise<void> | null;
}

export function createRoundRunner(o: RoundRunnerOptions): RoundRunner {
  const { board, now } = o;
  const { st } = board;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  const scheduleRetry = (err: unknown) => {
    // Live replication and a round can fail together: one retry is scheduled, not two.
    if (retryTimer !== null || o.stopped()) return;
    attempt++;
    const delay = backoffDelay(attempt, o.backoff);
    st.state = 'retrying';
    st.error = describeSyncFailure(err);
    st.retryAt = now() + delay;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void run().catch(() => undefined);
    }, delay);
    board.emit();
    void o.pendingCount().then((n) => {
      st.pending = n;
      board.emit();
    });
  };

  const rounds = async () => {
    try {
      do {
        again = false;
        await o.round();
      } while (again && !o.stopped());
      attempt = 0;
      st.state = 'idle';
      st.error = null;
      st.retryAt = null;
      st.lastSyncAt = now();
      st.pending = await o.pendingCount();
      board.emit();
      o.onSuccess();
    } catch (err) {
      st.progress = null;
      o.onFailure();
      scheduleRetry(err);
      throw err;
    } finally {
      running = null;
    }
  };

  const run = (): Promise<void> => {
    if (!o.canRun()) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = rounds();
    return running;
  };

  return {
    run,
    scheduleRetry,
    retryScheduled: () => retryTimer !== null,
    cancelRetry: () => {
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
    },
    running: () => running,
  };
}
