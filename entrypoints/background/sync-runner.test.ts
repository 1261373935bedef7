// Rounds run one at a time (one asked for meanwhile runs right after), a failure schedules
// exactly one retry with backoff and says why, and a good round resets the status.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStatusBoard } from '@/utils/sync/status-board';
import { createRoundRunner } from './sync-runner';

afterEach(() => {
  vi.useRealTimers();
});

function setup(round: () => Promise<void>) {
  const board = createStatusBoard();
  const calls = { success: 0, failure: 0 };
  const runner = createRoundRunner({
    round,
    canRun: () => true,
    stopped: () => false,
    board,
    pendingCount: async () => 4,
    now: () => 1_000,
    backoff: { baseMs: 1_000, maxMs: 8_000, random: () => 1 },
    onSuccess: () => calls.success++,
    onFailure: () => calls.failure++,
  });
  return { runner, board, calls };
}

describe('round runner', () => {
  it('runs a round asked for during one right after it, in the same promise', async () => {
    let rounds = 0;
    let release!: () => void;
    const { runner, board, calls } = setup(async () => {
      rounds++;
      if (rounds === 1) await new Promise<void>((r) => (release = r));
    });
    const first = runner.run();
    const second = runner.run();
    expect(second).toBe(first);
    release();
    await first;
    expect(rounds).toBe(2);
    expect(calls.success).toBe(1);
    expect(board.st).toMatchObject({ state: 'idle', error: null, lastSyncAt: 1_000, pending: 4 });
    expect(runner.running()).toBeNull();
  });

  it('schedules one retry after a failure, with the reason, and runs it when due', async () => {
    vi.useFakeTimers();
    let fail = true;
    let rounds = 0;
    const { runner, board, calls } = setup(async () => {
      rounds++;
      if (fail) throw Object.assign(new Error('refused'), { status: 401 });
    });
    await expect(runner.run()).rejects.toThrow('refused');
    runner.scheduleRetry(new Error('live pull failed too'));
    expect(calls.failure).toBe(1);
    expect(runner.retryScheduled()).toBe(true);
    expect(board.st).toMatchObject({ state: 'retrying', retryAt: 2_000 });
    expect(board.st.error).toMatch(/user name or password/);
    fail = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(rounds).toBe(2);
    expect(runner.retryScheduled()).toBe(false);
    expect(board.st.state).toBe('idle');
  });

  it('drops a scheduled retry when cancelled', async () => {
    vi.useFakeTimers();
    let rounds = 0;
    const { runner } = setup(async () => {
      rounds++;
    });
    runner.scheduleRetry(new Error('offline'));
    runner.cancelRetry();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(rounds).toBe(0);
  });
});
