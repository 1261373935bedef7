// Time to the first mark in real Chromium and Firefox ESR with the built extension, over the
// fixture pages, from the page report's trace (tests/e2e/harness/latency.ts): navigation start
// → first mark, and Gloss's own latency (its page run's start at DOM ready → first mark), median and p90
// per browser, each stage's median, and cold starts: the first page after the browser starts
// (a new browser each time, the seed article, median of `coldRuns`), and in Chromium the first
// page after its service worker was stopped (CDP ServiceWorker.stopAllWorkers). Pages where
// nothing is marked (not articles, not English) have no first mark and are left out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launch, type BrowserName, type TestBrowser, type TestTab } from '../tests/e2e/harness/browsers';
import {
  formatLatencyTable,
  latencyTable,
  quantile,
  runLatency,
  STAGE_ORDER,
  type RunLatency,
} from '../tests/e2e/harness/latency';
import { fixturePageNames, startPageServer, type PageServer } from '../tests/e2e/harness/server';

export interface LatencyOptions {
  /** First N fixture pages (all by default). */
  pages?: number;
  browsers?: BrowserName[];
  /** Browser starts per browser for the cold figure. */
  coldRuns?: number;
  /** Service worker stops (Chromium) for the cold worker figure. */
  workerStops?: number;
}

/** The page's own DOMContentLoaded, ms after navigation start (the browser's part of the wait). */
const DCL = `performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? null`;

/**
 * Loads `url` and returns the run's latency (null when Gloss marked nothing or did not
 * report) with the page's DOMContentLoaded time.
 */
async function visit(
  browser: TestBrowser,
  tab: TestTab,
  url: string,
): Promise<(RunLatency & { dcl_ms: number | null }) | null> {
  const since = Date.now();
  await tab.goto(url).catch(() => undefined);
  const l = runLatency(await browser.waitForReport(url, since, 30_000).catch(() => null));
  if (!l) return null;
  const dcl = await tab.evaluate<number | null>(DCL).catch(() => null);
  return { ...l, dcl_ms: dcl === null ? null : Math.round(dcl) };
}

const med = (xs: number[]) => quantile(xs, 0.5) ?? Number.NaN;
const p90 = (xs: number[]) => quantile(xs, 0.9) ?? Number.NaN;

async function coldStarts(name: BrowserName, server: PageServer, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const browser = await launch(name);
    try {
      const l = await visit(browser, await browser.newTab(), server.seedUrl);
      if (l) out.push(l.first_mark_ms);
    } finally {
      await browser.close();
    }
  }
  return out;
}

export async function benchLatency(opts: LatencyOptions = {}): Promise<Record<string, number>> {
  const browsers = opts.browsers ?? ['chromium', 'firefox'];
  const server = await startPageServer();
  const figures: Record<string, number> = {};
  const all: Array<{ browser: BrowserName; latency: RunLatency | null }> = [];
  try {
    const names = (await fixturePageNames()).slice(0, opts.pages ?? Infinity);
    for (const name of browsers) {
      const cold = await coldStarts(name, server, opts.coldRuns ?? 3);
      figures[`cold_first_mark_ms_${name}`] = med(cold);
      figures[`cold_first_mark_ms_max_${name}`] = cold.length ? Math.max(...cold) : Number.NaN;
      const browser = await launch(name);
      try {
        const tab = await browser.newTab();
        // One page first so that the figures below are warm (the cold start is measured above).
        await visit(browser, tab, server.seedUrl);
        const runs: Array<RunLatency & { dcl_ms: number | null }> = [];
        for (const page of names) {
          const l = await visit(browser, tab, server.pageUrl(page));
          all.push({ browser: name, latency: l });
          if (l) runs.push(l);
        }
        figures[`latency_pages_${name}`] = runs.length;
        figures[`gloss_latency_ms_median_${name}`] = med(runs.map((r) => r.gloss_latency_ms));
        figures[`gloss_latency_ms_p90_${name}`] = p90(runs.map((r) => r.gloss_latency_ms));
        figures[`first_mark_ms_median_${name}`] = med(runs.map((r) => r.first_mark_ms));
        figures[`first_mark_ms_p90_${name}`] = p90(runs.map((r) => r.first_mark_ms));
        figures[`script_start_ms_median_${name}`] = med(runs.map((r) => r.script_start_ms));
        figures[`dom_content_loaded_ms_median_${name}`] = med(
          runs.map((r) => r.dcl_ms).filter((x): x is number => x !== null),
        );
        for (const stage of STAGE_ORDER) {
          const xs = runs.map((r) => r.stages[stage]).filter((x): x is number => x !== undefined);
          if (xs.length) figures[`latency_stage_${stage}_ms_median_${name}`] = med(xs);
        }
        if (browser.stopServiceWorker) {
          const afterStop: number[] = [];
          for (let i = 0; i < (opts.workerStops ?? 3); i++) {
            await browser.stopServiceWorker();
            const l = await visit(browser, tab, server.seedUrl);
            if (l) afterStop.push(l.first_mark_ms);
          }
          figures[`cold_worker_first_mark_ms_${name}`] = med(afterStop);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const c = figures.gloss_latency_ms_median_chromium;
  const f = figures.gloss_latency_ms_median_firefox;
  if (c !== undefined && f !== undefined) figures.gloss_latency_firefox_vs_chromium = f / c;
  mkdirSync('bench-out', { recursive: true });
  writeFileSync('bench-out/latency-table.md', `${formatLatencyTable(latencyTable(all))}\n`);
  writeFileSync('bench-out/latency-runs.json', `${JSON.stringify(all, null, 1)}\n`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  benchLatency({
    pages: arg('pages') ? Number(arg('pages')) : undefined,
    browsers: arg('browsers')?.split(',') as BrowserName[] | undefined,
    coldRuns: arg('cold') ? Number(arg('cold')) : undefined,
  }).then((r) => {
    console.log(r);
    console.log(readFileSync('bench-out/latency-table.md', 'utf8'));
  });
}
