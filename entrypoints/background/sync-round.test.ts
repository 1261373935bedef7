import type { PouchDatabase } from 'pouchdb-core';
import { describe, expect, it } from 'vitest';
import { freshDbs } from '@/utils/adapters/fresh-db';
import type { SyncStatus } from '@/utils/model/sync';
import type { Highlight } from '@/utils/model/types';
import { createStatusBoard } from '@/utils/sync/status-board';
import type { SyncBridge } from './sync-bridge';
import { FILL_KEY } from './sync-outbox-fill';
import type { PullOutcome } from './sync-pull';
import type { Replications } from './sync-replications';
import { syncRound } from './sync-round';

const freshDb = freshDbs('gloss-round-test');

/** Local and remote databases that only say which way a replication goes. */
function pouches(updateSeq: number | string, docCount: number) {
  const remote = { name: 'remote' } as unknown as PouchDatabase;
  const local = {
    info: async () => ({ update_seq: updateSeq, doc_count: docCount }),
    replicate: {
      to: (target: unknown, opts: unknown) => ({ dir: 'to', target, opts }),
      from: (source: unknown, opts: unknown) => ({ dir: 'from', source, opts }),
    },
  } as unknown as PouchDatabase;
  return { local, remote };
}

function setup(opts: { pulled?: Partial<PullOutcome>; updateSeq?: number | string; pushDone?: number[] } = {}) {
  const db = freshDb();
  const log: string[] = [];
  const statuses: SyncStatus[] = [];
  const board = createStatusBoard((s) => statuses.push(s));
  const bridge: SyncBridge = {
    pushOutbox: async (onProgress) => {
      log.push(`seal (outbox ${await db.syncOutbox.count()})`);
      for (const done of opts.pushDone ?? []) onProgress?.(done);
      return 0;
    },
    pullIn: async () => (log.push('apply'), { applied: 0, wroteLocal: false, urls: [], ...opts.pulled }),
    pending: async () => 0,
    sent: async () => void log.push('sent'),
  };
  const replications: Replications = {
    run: async (rep, phase, total) => {
      const r = rep as unknown as { dir: string; opts: { batch_size: number; batches_limit?: number } };
      log.push(`${phase} ${r.dir} total=${total} batch=${r.opts.batch_size} limit=${r.opts.batches_limit ?? '-'}`);
    },
    cancelAll: () => undefined,
  };
  const applied: string[][] = [];
  const { local, remote } = pouches(opts.updateSeq ?? 12, 40);
  const round = (batchSize: number, history = false) =>
    syncRound(
      { local, remote, bridge },
      { db, board, replications, batchSize, history, onApplied: (urls) => applied.push(urls) },
    );
  return { db, log, statuses, board, round, applied };
}

describe('syncRound', () => {
  it('seals, sends, receives and applies, in that order, and sends nothing twice', async () => {
    const s = setup();
    await s.round(100);
    expect(s.log).toEqual([
      'seal (outbox 0)',
      'sending to total=12 batch=100 limit=2',
      'sent',
      'receiving from total=0 batch=100 limit=2',
      'apply',
    ]);
    expect(s.applied).toEqual([]);
    expect(s.statuses[0]?.state).toBe('syncing');
    expect(s.board.st.progress).toBeNull();
  });

  it('sends again what applying wrote, and reports the pages that changed', async () => {
    const s = setup({ pulled: { applied: 2, wroteLocal: true, urls: ['https://example.com/a'] } });
    await s.round(100);
    expect(s.log.slice(-3)).toEqual(['apply', 'sending to total=0 batch=100 limit=-', 'sent']);
    expect(s.applied).toEqual([['https://example.com/a']]);
  });

  it('counts what to send by documents when the update sequence is not a number', async () => {
    const s = setup({ updateSeq: '12-opaque' });
    await s.round(100);
    expect(s.log[1]).toBe('sending to total=40 batch=100 limit=2');
  });

  it('fills a pending first outbox, and shows sealing progress only past one batch', async () => {
    const s = setup({ pushDone: [2, 4] });
    await s.db.highlights.bulkPut(['a', 'b', 'c', 'd'].map((id) => ({ id }) as unknown as Highlight));
    await s.db.meta.put({ key: FILL_KEY, value: '' });
    await s.round(3);
    // Four highlights and the settings went into the outbox before sealing.
    expect(s.log[0]).toBe('seal (outbox 5)');
    const sealing = s.statuses.map((st) => st.progress).filter((p) => p?.phase === 'preparing' && p.total === 5);
    expect(sealing.map((p) => p?.done)).toEqual([2, 4]);
    expect(s.board.st.progress).toBeNull();

    // One entry waiting, under one batch: sealed without a progress bar.
    const small = setup({ pushDone: [1] });
    await small.db.syncOutbox.put({ key: 'h:x', token: 't' });
    await small.round(100);
    expect(small.statuses.some((st) => st.progress !== null)).toBe(false);
  });
});
