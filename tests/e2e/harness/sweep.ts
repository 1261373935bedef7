// The real-page robustness sweep, shared by `scripts/sweep.ts` (every page) and
// tests/e2e/sweep.e2e.ts (a reduced set inside `npm test`). Per page and browser: load it with
// Gloss off and serialize the DOM, load it with Gloss on, wait for Gloss's report, serialize
// again and compare; count Gloss's own errors; record entities, mapping and timing; on pages
// that are not articles, check Gloss added nothing at all.
//
// Page scripts may differ between two loads by themselves (timestamps, random ids). The sweep
// never hides a difference: when the Gloss-on DOM differs from the first Gloss-off DOM, it
// loads the page off a second time and serializes it no earlier after navigation than the on
// load was (pages add nodes late). Equal to the on load: `false`. Else, if the two off loads
// agree, the page is deterministic and the difference is Gloss's (`dom_changed: true`). Else
// the page is nondeterministic: `dom_changed: null` with the reason — never a pass. A page
// still flagged is loaded with Gloss once more: what Gloss changes, it changes every time;
// if that load equals the loads without Gloss, the page is nondeterministic too (`null`). Runs of 6+
// digits (timestamps and cache-busters in URLs) are masked before comparing; Gloss writes no
// digits into a page.
import type { PageReport } from '../../../utils/model/page-report';
import type { BrowserName, TestBrowser, TestTab } from './browsers';
import type { PageServer } from './server';
import { runLatency, type RunLatency } from './latency';
import { waitFor } from './wait';

export interface SweepTarget {
  /** "seed", a fixture page folder, or a test page name ("react-like"). */
  page: string;
  url: string;
}

export interface SweepRun {
  page: string;
  browser: BrowserName;
  /** Errors Gloss's own contexts logged while this page was loaded (off and on). */
  errors: number;
  /** Whether Gloss changed the page's DOM; null when the page itself is nondeterministic (see dom_reason). */
  dom_changed: boolean | null;
  entities: number;
  /** Navigation start → mentions drawn (run start + extract + recognize + draw); null when nothing was drawn. */
  ms_to_mentions: number | null;
  /** The report's trace: first mark, Gloss's own latency and each stage; null when nothing was drawn. */
  latency: RunLatency | null;
  mapped_pct: number | null;
  status: PageReport['status'] | 'failed';
  english: boolean | null;
  /** Why nothing is marked / why the page is not an article. */
  note: string | null;
  dom_reason: string | null;
  /** Gloss's traces in the page after the on load: host elements and non-empty gloss-* highlights. */
  gloss_nodes: number;
  gloss_highlights: string[];
  /** Pages that are not articles must carry no trace of Gloss. */
  untouched: boolean | null;
  /** react-like only: the app's hydration check and its counter, with Gloss on. */
  hydrated?: string | null;
  counter_ok?: boolean;
  error_messages: string[];
  failure: string | null;
}

/** The page's DOM as text, without Gloss's own host element. */
export const SERIALIZE = `(() => { const c = document.documentElement.cloneNode(true); c.querySelectorAll('gloss-root').forEach((n) => n.remove()); return c.outerHTML; })()`;

const TRACES = `(() => {
  const names = [];
  if (globalThis.CSS && CSS.highlights) for (const [k, v] of CSS.highlights) if (String(k).startsWith('gloss-') && v.size > 0) names.push(k + ':' + v.size);
  return { nodes: document.querySelectorAll('gloss-root').length, highlights: names, timeOrigin: performance.timeOrigin };
})()`;

export function sweepTargets(
  server: PageServer,
  fixtureNames: string[],
  opts: { seed?: boolean; testPages?: string[] } = {},
): SweepTarget[] {
  return [
    ...(opts.seed === false ? [] : [{ page: 'seed', url: server.seedUrl }]),
    ...(opts.testPages ?? ['react-like']).map((p) => ({ page: p, url: server.testPageUrl(`${p}.html`) })),
    ...fixtureNames.map((n) => ({ page: n, url: server.pageUrl(n) })),
  ];
}

export async function setSettings(browser: TestBrowser, patch: Record<string, unknown>): Promise<void> {
  await browser.setSettings(patch);
}

/** Loads `url` and waits for Gloss's report of this load and for the page's own load event. */
async function load(browser: TestBrowser, tab: TestTab, url: string, timeoutMs: number): Promise<PageReport> {
  const since = Date.now();
  try {
    await tab.goto(url);
  } catch (err) {
    // Firefox's WebDriver BiDi can fail a navigation whose page then loads fine (e.g. when a
    // page's own subresource or frame is refused by the block on outside traffic): go on
    // when the tab is at the page, else it is a real failure.
    const at = await tab.evaluate<string>('location.href').catch(() => '');
    if (at !== url) throw err;
  }
  const report = await browser.waitForReport(url, since, timeoutMs);
  // The page's own load event, when it comes: some pages never finish loading with outside
  // traffic blocked, and that is theirs, not a failure.
  await waitFor(
    async () => (await tab.evaluate<string>('document.readyState')) === 'complete',
    `${url} to finish loading`,
    { timeoutMs: 8000 },
  ).catch(() => undefined);
  return report;
}

/** Where two serializations first differ, with a little context either side. */
/**
 * The DOM with runs of 6 or more digits masked: the timestamps and cache-busters page
 * scripts put in URLs (`?cb=1796106053605`) differ on every load. Gloss writes no digits into
 * a page, so a difference that only masking removes cannot be Gloss's.
 */
export function maskVolatile(dom: string): string {
  return dom.replace(/\d{6,}/g, '#');
}

export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const cut = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 100));
  return `at char ${i}: off ${cut(a)} vs on ${cut(b)}`;
}

export interface SweepOptions {
  /** Per-load timeout for Gloss's report (ms). */
  timeoutMs?: number;
  /** Called with each finished run (progress output). */
  onRun?: (run: SweepRun) => void;
  /** Called before each load: phase "off", "on", "off-again" or "on-again". */
  onLoad?: (phase: string, page: string) => void;
}

/**
 * Sweeps `targets` in one browser. Loads every page off first, then on (two settings changes
 * per browser, not two per page), then re-loads off the pages whose DOM differed.
 */
export async function sweepBrowser(
  browser: TestBrowser,
  targets: SweepTarget[],
  opts: SweepOptions = {},
): Promise<SweepRun[]> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const tab = await browser.newTab();
  const offDom = new Map<string, string>();
  const failures = new Map<string, string>();
  const errorsOf = new Map<string, string[]>();
  const countErrors = async (page: string, fn: () => Promise<void>) => {
    const before = browser.glossErrors().length;
    try {
      await fn();
    } finally {
      errorsOf.set(page, [...(errorsOf.get(page) ?? []), ...browser.glossErrors().slice(before)]);
    }
  };

  await setSettings(browser, { enabled: false });
  for (const t of targets) {
    opts.onLoad?.('off', t.page);
    await countErrors(t.page, async () => {
      try {
        const r = await load(browser, tab, t.url, timeoutMs);
        if (r.status !== 'off') throw new Error(`Gloss was off but reported "${r.status}"`);
        offDom.set(t.page, await tab.evaluate<string>(SERIALIZE));
      } catch (err) {
        failures.set(t.page, `off load: ${(err as Error).message.split('\n')[0]}`);
      }
    });
  }

  await setSettings(browser, { enabled: true });
  const runs: SweepRun[] = [];
  const onDom = new Map<string, string>();
  /** How long after navigation start the on load was serialized. */
  const onElapsed = new Map<string, number>();
  for (const t of targets) {
    const run: SweepRun = {
      page: t.page,
      browser: browser.name,
      errors: 0,
      dom_changed: null,
      entities: 0,
      ms_to_mentions: null,
      latency: null,
      mapped_pct: null,
      status: 'failed',
      english: null,
      note: null,
      dom_reason: null,
      gloss_nodes: 0,
      gloss_highlights: [],
      untouched: null,
      error_messages: [],
      failure: failures.get(t.page) ?? null,
    };
    runs.push(run);
    if (run.failure) continue;
    opts.onLoad?.('on', t.page);
    await countErrors(t.page, async () => {
      try {
        const r = await load(browser, tab, t.url, timeoutMs);
        const dom = await tab.evaluate<string>(SERIALIZE);
        onElapsed.set(t.page, await tab.evaluate<number>('performance.now()'));
        const traces = await tab.evaluate<{ nodes: number; highlights: string[]; timeOrigin: number }>(TRACES);
        run.status = r.status;
        run.gloss_nodes = traces.nodes;
        run.gloss_highlights = traces.highlights;
        if (r.status === 'article') {
          run.entities = r.entities.length;
          run.english = r.english;
          run.note = r.note;
          run.mapped_pct = Math.round((1000 * r.mappedWords) / Math.max(1, r.words)) / 10;
          if (traces.highlights.length > 0) {
            run.latency = runLatency(r);
            run.ms_to_mentions = Math.round(
              r.at - traces.timeOrigin + r.timings.extractMs + r.timings.recognizeMs + r.timings.drawMs,
            );
          }
        } else {
          run.note = r.reason;
          run.untouched = traces.nodes === 0 && traces.highlights.length === 0;
        }
        if (t.page === 'react-like') {
          run.hydrated = await tab.evaluate<string | null>(
            `(window.hydrate(), document.body.dataset.hydrated ?? null)`,
          );
          run.counter_ok = await clickCounter(tab);
        }
        // Compare before any interaction changed the page (the counter click above is after).
        onDom.set(t.page, dom);
        const off = offDom.get(t.page)!;
        if (dom === off) run.dom_changed = false;
        else if (maskVolatile(dom) === maskVolatile(off)) {
          run.dom_changed = false;
          run.dom_reason = 'equal once runs of 6+ digits (timestamps, cache-busters in URLs) are masked';
        }
      } catch (err) {
        run.failure = `on load: ${(err as Error).message.split('\n')[0]}`;
      }
    });
  }

  /**
   * Loads the page again and serializes it (volatile digits masked) no earlier after
   * navigation than the on load was, plus 500 ms: a page's timers start when its parser
   * reaches them, which varies between loads, and pages that add nodes late (timers, consent
   * stubs) then get the time to.
   */
  const reloadAtOnMoment = async (t: SweepTarget): Promise<string> => {
    await load(browser, tab, t.url, timeoutMs);
    const target = (onElapsed.get(t.page) ?? 0) + 500;
    await waitFor(async () => (await tab.evaluate<number>('performance.now()')) >= target, "the on load's moment", {
      timeoutMs: Math.max(5000, target + 5000),
      intervalMs: 50,
    });
    return maskVolatile(await tab.evaluate<string>(SERIALIZE));
  };

  const differing = runs.filter((r) => !r.failure && r.dom_changed === null);
  if (differing.length > 0) {
    await setSettings(browser, { enabled: false });
    for (const run of differing) {
      const t = targets.find((x) => x.page === run.page)!;
      opts.onLoad?.('off-again', t.page);
      await countErrors(t.page, async () => {
        try {
          // Compared with volatile digit runs masked (maskVolatile): never hides Gloss's work.
          const off2 = await reloadAtOnMoment(t);
          const off1 = maskVolatile(offDom.get(t.page)!);
          const on = maskVolatile(onDom.get(t.page)!);
          if (on === off2) {
            run.dom_changed = false;
            run.dom_reason =
              off2 === off1
                ? null
                : 'the page changes itself after load; an off load serialized as late as the on load equals it';
          } else if (off2 === off1) {
            run.dom_changed = true;
            run.dom_reason = `two loads without Gloss agree; with Gloss the DOM differs ${firstDifference(off1, on)}`;
          } else {
            run.dom_changed = null;
            run.dom_reason = `nondeterministic page (two loads without Gloss differ ${firstDifference(off1, off2)}); not compared`;
          }
        } catch (err) {
          run.dom_reason = `second off load failed: ${(err as Error).message.split('\n')[0]}`;
        }
      });
    }
    await setSettings(browser, { enabled: true });
    // What Gloss changes it changes on every load: a page flagged above is loaded with Gloss
    // once more, serialized at the same moment. Equal to the loads without Gloss, the two
    // loads with Gloss differ from each other: the page's own timing (lazy images, timers).
    for (const run of runs.filter((r) => r.dom_changed === true)) {
      const t = targets.find((x) => x.page === run.page)!;
      opts.onLoad?.('on-again', t.page);
      await countErrors(t.page, async () => {
        try {
          const on2 = await reloadAtOnMoment(t);
          if (on2 === maskVolatile(offDom.get(t.page)!)) {
            // Two loads with Gloss differ from each other: the page is nondeterministic, and
            // this sweep cannot tell whether the first difference was Gloss's. Not a pass.
            run.dom_changed = null;
            run.dom_reason = `nondeterministic page (a second load with Gloss equals the loads without it; the first ${run.dom_reason?.replace(/^two loads without Gloss agree; /, '')}); not compared`;
          }
        } catch (err) {
          run.dom_reason = `${run.dom_reason}; second on load failed: ${(err as Error).message.split('\n')[0]}`;
        }
      });
    }
  }
  for (const run of runs) {
    run.error_messages = errorsOf.get(run.page) ?? [];
    run.errors = run.error_messages.length;
    opts.onRun?.(run);
  }
  await tab.close();
  return runs;
}

/** Clicks the react-like page's counter with the real mouse; true when the count went up by one. */
async function clickCounter(tab: TestTab): Promise<boolean> {
  const at = await tab.evaluate<{ x: number; y: number; before: number }>(`(() => {
    const b = document.getElementById('inc'); b.scrollIntoView({ block: 'center' });
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, before: Number(document.getElementById('count').textContent) };
  })()`);
  await tab.click(at.x, at.y);
  const after = await waitFor(
    async () => {
      const n = await tab.evaluate<number>(`Number(document.getElementById('count').textContent)`);
      return n !== at.before ? n : null;
    },
    'the counter to change',
    { timeoutMs: 5000 },
  ).catch(() => at.before);
  return after === at.before + 1;
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
}

/** A plain-text table of runs, one line each. */
export function formatTable(runs: SweepRun[]): string {
  const head = [
    'page',
    'browser',
    'status',
    'errors',
    'dom_changed',
    'entities',
    'ms_to_mentions',
    'mapped_pct',
    'notes',
  ];
  const rows = runs.map((r) => [
    r.page,
    r.browser,
    r.status,
    String(r.errors),
    r.dom_changed === null ? 'null' : String(r.dom_changed),
    String(r.entities),
    r.ms_to_mentions === null ? '-' : String(r.ms_to_mentions),
    r.mapped_pct === null ? '-' : String(r.mapped_pct),
    [
      r.failure,
      r.dom_reason,
      r.untouched === false ? `NOT UNTOUCHED (${r.gloss_nodes} nodes, ${r.gloss_highlights.join(' ')})` : null,
      r.english === false ? 'not English' : null,
      r.hydrated !== undefined ? `hydrated=${r.hydrated} counter=${r.counter_ok}` : null,
    ]
      .filter(Boolean)
      .join('; ')
      .slice(0, 160),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => Math.min(i === 0 ? 40 : 200, r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

/** The summary line: pages × browsers, errors, DOM changes, median time, failures. */
export function summarize(runs: SweepRun[]) {
  const pages = new Set(runs.map((r) => r.page)).size;
  const browsers = [...new Set(runs.map((r) => r.browser))];
  const timed = runs.map((r) => r.ms_to_mentions).filter((x): x is number => x !== null);
  return {
    pages,
    browsers,
    runs: runs.length,
    errors_total: runs.reduce((n, r) => n + r.errors, 0),
    dom_changed: runs.filter((r) => r.dom_changed === true).length,
    dom_unknown_nondeterministic: runs.filter((r) => r.dom_changed === null && !r.failure).length,
    median_ms_to_mentions: median(timed),
    failed: runs.filter((r) => r.failure).map((r) => `${r.page} (${r.browser}): ${r.failure}`),
    touched_non_articles: runs.filter((r) => r.untouched === false).map((r) => `${r.page} (${r.browser})`),
  };
}
