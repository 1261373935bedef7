// Page pipeline cost in real Chromium: Gloss's content-script main-thread time per page
// (report `timings.mainMs`: the gate, serializing the page and handing it to the background,
// mapping Readability's answer back to the live text, drawing, and the report's mapping
// probes; Readability itself and recognition run in the background and are awaited, not on
// the page's thread) over Readability.parse() alone on a clone of the same page, measured in
// the same tab right after, median over the fixture pages. Both are first runs of freshly
// loaded code on that page (the content script is always cold); warm Readability (median of
// 3 more runs) is reported beside it, and so is the off-thread parse time and how many pages
// fell back to Readability in the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from '../tests/e2e/harness/browsers';
import { fixturePageNames, startPageServer } from '../tests/e2e/harness/server';

const READABILITY_JS = resolve(process.cwd(), 'node_modules/@mozilla/readability/Readability.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
}

export async function benchPagePipeline(opts: { pages?: number } = {}): Promise<Record<string, number>> {
  const server = await startPageServer();
  const browser = await launch('chromium');
  const src = readFileSync(READABILITY_JS, 'utf8');
  const gloss: number[] = [];
  const parseOnly: number[] = [];
  const cloneAndParse: number[] = [];
  const ratios: number[] = [];
  const warm: number[] = [];
  const stages: Record<string, number[]> = {};
  let offThread = 0;
  try {
    const names = (await fixturePageNames()).slice(0, opts.pages ?? Infinity);
    const tab = await browser.newTab();
    for (const name of names) {
      const url = server.pageUrl(name);
      const since = Date.now();
      await tab.goto(url);
      const r = await browser.waitForReport(url, since, 30_000).catch(() => null);
      if (r?.status !== 'article') continue;
      // The page's main-thread time: with Readability off the thread, the wait for it is not.
      const main = r.timings.mainMs;
      if (r.timings.offThread) offThread += 1;
      // Readability in the page's main world, on a fresh clone each time, 3 runs, median.
      const t = await tab.evaluate<{ cold: number; coldTotal: number; parse: number; total: number }>(`(() => {
        if (!window.__glossBenchReadability) { (0, eval)(${JSON.stringify(`${src}\n;window.__glossBenchReadability = Readability;`)}); }
        const parse = [], total = [];
        for (let i = 0; i < 4; i++) {
          const t0 = performance.now();
          const clone = document.cloneNode(true);
          const t1 = performance.now();
          new window.__glossBenchReadability(clone).parse();
          const t2 = performance.now();
          parse.push(t2 - t1); total.push(t2 - t0);
        }
        const med = (a) => a.slice(1).sort((x, y) => x - y)[1];
        return { cold: parse[0], coldTotal: total[0], parse: med(parse), total: med(total) };
      })()`);
      for (const k of ['gateMs', 'cloneMs', 'sendMs', 'parseMs', 'mapMs', 'drawMs'] as const)
        (stages[k] ??= []).push(r.timings[k]);
      gloss.push(main);
      parseOnly.push(t.cold);
      cloneAndParse.push(t.coldTotal);
      warm.push(t.parse);
      ratios.push(main / Math.max(0.1, t.cold));
    }
    await tab.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    page_pipeline_pages: gloss.length,
    page_pipeline_off_thread_pages: offThread,
    page_pipeline_ms_median: median(gloss),
    readability_ms_median: median(parseOnly),
    readability_with_clone_ms_median: median(cloneAndParse),
    readability_warm_ms_median: median(warm),
    page_pipeline_ratio_vs_readability: median(ratios),
    ...Object.fromEntries(
      Object.entries(stages).map(([k, v]) => [`page_stage_${k.replace(/Ms$/, '')}_ms_median`, median(v)]),
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchPagePipeline().then((r) => console.log(r));
}
