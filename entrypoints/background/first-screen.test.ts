import { describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '@/utils/search/types';
import { keepFirstScreen } from './first-screen';
import type { FirstScreen } from '@/utils/model/first-screen';

const result = (total: number): SearchResult => ({ total, groups: [] });

function harness(
  list: () => Promise<SearchResult>,
  state: { generation: number; copy: FirstScreen | null } = { generation: 7, copy: null },
) {
  const saved: Array<FirstScreen | null> = [];
  const reads = { generation: 0 };
  const timers: Array<{ cb: () => void; ms: number; cleared: boolean }> = [];
  const keeper = keepFirstScreen({
    list,
    generation: async () => (reads.generation++, state.generation),
    load: async () => state.copy,
    save: async (s) => void saved.push(s),
    now: () => 42,
    setTimeout: (cb, ms) => {
      const t = { cb, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimeout: (t) => void ((t as { cleared: boolean }).cleared = true),
    delayMs: 250,
  });
  const fire = async () => {
    for (const t of timers.splice(0)) if (!t.cleared) t.cb();
    await vi.waitFor(() => undefined);
  };
  return { keeper, saved, timers, fire, reads };
}

describe('keepFirstScreen', () => {
  it('recomputes once after a burst of changes, after a quiet moment', async () => {
    let n = 0;
    const { keeper, saved, timers, fire } = harness(async () => result(++n));
    keeper.changed();
    keeper.changed();
    keeper.changed();
    expect(timers.filter((t) => !t.cleared)).toHaveLength(1);
    expect(timers.every((t) => t.ms === 250)).toBe(true);
    await fire();
    await vi.waitFor(() => expect(saved).toEqual([{ result: result(1), at: 42, generation: 7 }]));
  });

  it('runs once more when a change comes while it computes, so the last change is in the copy', async () => {
    let release!: () => void;
    let calls = 0;
    const { keeper, saved } = harness(async () => {
      calls++;
      if (calls === 1) await new Promise<void>((r) => (release = r));
      return result(calls);
    });
    const first = keeper.refresh();
    await vi.waitFor(() => expect(calls).toBe(1));
    const second = keeper.refresh();
    release();
    await Promise.all([first, second]);
    expect(saved.map((s) => s?.result.total)).toEqual([1, 2]);
  });

  it('clears the copy when the listing fails, never leaving a stale one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { keeper, saved } = harness(async () => {
      throw new Error('database closed');
    });
    await keeper.refresh();
    expect(saved).toEqual([null]);
    warn.mockRestore();
  });

  it('at start, lists again only when the copy is missing or older than the highlights', async () => {
    let lists = 0;
    const list = async () => result(++lists);
    const current = harness(list, { generation: 7, copy: { result: result(0), at: 1, generation: 7 } });
    await current.keeper.refreshIfStale();
    expect(lists).toBe(0);
    const older = harness(list, { generation: 8, copy: { result: result(0), at: 1, generation: 7 } });
    await older.keeper.refreshIfStale();
    expect(older.saved.map((x) => x?.generation)).toEqual([8]);
    expect(older.reads.generation).toBe(1); // read once, for the check and the copy
    const missing = harness(list, { generation: 8, copy: null });
    await missing.keeper.refreshIfStale();
    expect(missing.saved).toHaveLength(1);
    expect(lists).toBe(2);
  });
});
