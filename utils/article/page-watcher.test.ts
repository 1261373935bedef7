import { describe, expect, it } from 'vitest';
import { watchPage, type RunOutcome } from './page-watcher';

function fakePage() {
  let url = 'https://news.example/a';
  let fp = '1';
  let t = 0;
  const timers = new Map<number, { at: number; cb: () => void }>();
  let nextId = 1;
  const urlSubs: Array<() => void> = [];
  const mutSubs: Array<() => void> = [];
  return {
    deps: {
      url: () => url,
      fingerprint: () => fp,
      onUrlChange: (cb: () => void) => (urlSubs.push(cb), () => urlSubs.splice(urlSubs.indexOf(cb), 1)),
      onMutation: (cb: () => void) => (mutSubs.push(cb), () => mutSubs.splice(mutSubs.indexOf(cb), 1)),
      now: () => t,
      setTimeout: (cb: () => void, ms: number) => (timers.set(nextId, { at: t + ms, cb }), nextId++),
      clearTimeout: (id: number) => void timers.delete(id),
    },
    navigate(u: string) {
      url = u;
      for (const cb of urlSubs) cb();
    },
    mutate(newFp: string) {
      fp = newFp;
      for (const cb of mutSubs) cb();
    },
    async advance(ms: number) {
      t += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= t) {
          timers.delete(id);
          timer.cb();
        }
      }
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('watchPage', () => {
  it('runs at start, on in-page navigation, and once per late article (debounced)', async () => {
    const page = fakePage();
    const runs: string[] = [];
    let outcome: RunOutcome = 'not-article';
    watchPage(page.deps, async (reason) => (runs.push(reason), outcome), {
      debounceMs: 100,
      lateArticleWindowMs: 10_000,
    });
    await page.advance(0);
    expect(runs).toEqual(['start']);
    page.mutate('2');
    page.mutate('3');
    await page.advance(50);
    expect(runs).toEqual(['start']);
    outcome = 'article';
    await page.advance(60);
    expect(runs).toEqual(['start', 'mutation']);
    // A mutation that leaves the URL and fingerprint unchanged does not re-run.
    page.mutate('3');
    await page.advance(200);
    expect(runs).toEqual(['start', 'mutation']);
    page.navigate('https://news.example/b');
    await page.advance(0);
    expect(runs).toEqual(['start', 'mutation', 'url-change']);
  });

  it('stops waiting for a late article after the window', async () => {
    const page = fakePage();
    const runs: string[] = [];
    watchPage(page.deps, async (r) => (runs.push(r), 'not-article'), { debounceMs: 100, lateArticleWindowMs: 1000 });
    await page.advance(2000);
    page.mutate('2');
    await page.advance(200);
    expect(runs).toEqual(['start']);
  });

  it('ignores mutations when Gloss is off for the page', async () => {
    const page = fakePage();
    const runs: string[] = [];
    watchPage(page.deps, async (r) => (runs.push(r), 'off'), { debounceMs: 100, lateArticleWindowMs: 1000 });
    await page.advance(0);
    page.mutate('2');
    await page.advance(200);
    expect(runs).toEqual(['start']);
  });
});
