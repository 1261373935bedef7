import { describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../search/types';
import { keepFirstScreen, type FirstScreen } from './first-screen';

const result = (total: number): SearchResult => ({ total, groups: [] });

function harness(list: () => Promise<SearchResult>) {
  const saved: Array<FirstScreen | null> = [];
  const timers: Array<{ cb: () => void; ms: number; cleared: boolean }> = [];
  const keeper = keepFirstScreen({
    list,
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
  return { keeper, saved, timers, fire };
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
    await vi.waitFor(() => expect(saved).toEqual([{ result: result(1), at: 42 }]));
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
});
