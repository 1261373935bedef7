// The sync round's one-shot replications: progress of a large transfer on the status line,
// a replication that did not complete (cancelled or partial) as a failure, and every one in
// flight cancellable when the background goes away.
import type { PouchReplication } from 'pouchdb-core';
import type { StatusBoard } from '@/utils/sync/status-board';

export interface Replications {
  /** Awaits `rep`; shows its progress when `total` is over one batch; throws unless it completed. */
  run(rep: PouchReplication, phase: 'sending' | 'receiving', total: number): Promise<void>;
  /** Cancels every replication in flight. */
  cancelAll(): void;
}

export function createReplications(board: StatusBoard, batchSize: number, stopped: () => boolean): Replications {
  const inFlight = new Set<PouchReplication>();
  return {
    async run(rep, phase, total) {
      inFlight.add(rep);
      rep.on('change', (info) => {
        const done = info.docs_written;
        if (total > batchSize) {
          board.st.progress = { phase, done, total };
          board.emit();
        }
      });
      try {
        const res = await rep;
        // Cancelled (stop) or partial: nothing after this step may assume it all arrived.
        if (stopped() || res.status !== 'complete') throw new Error('sync stopped');
      } finally {
        inFlight.delete(rep);
      }
    },
    cancelAll() {
      for (const rep of inFlight) rep.cancel();
    },
  };
}
