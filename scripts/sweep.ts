// `npm run sweep`: the real-page robustness sweep (tests/e2e/harness/sweep.ts) over the seed,
// the react-like test page and every fixture page, in Chromium and Firefox ESR with the built
// extension (run `npm run build` first). Prints a table and a summary and writes
// sweep-out/results.json. Options: --pages=a,b (page names; "seed" and "react-like" included
// only when named), --limit=N (first N fixture pages), --browsers=chromium,firefox.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { CHROME_DIR, FIREFOX_DIR, launch, type BrowserName } from '../tests/e2e/harness/browsers';
import { fixturePageNames, startPageServer } from '../tests/e2e/harness/server';
import { formatTable, summarize, sweepBrowser, sweepTargets, type SweepRun } from '../tests/e2e/harness/sweep';
import { formatLatencyTable, latencyTable } from '../tests/e2e/harness/latency';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const OUT = 'sweep-out';

async function main() {
  const browsers = (arg('browsers') ?? 'chromium,firefox').split(',') as BrowserName[];
  for (const b of browsers) {
    const dir = b === 'chromium' ? CHROME_DIR : FIREFOX_DIR;
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` first`);
  }
  ensureBrowsers();
  const server = await startPageServer();
  const all = await fixturePageNames();
  const only = arg('pages')?.split(',').filter(Boolean);
  const limit = arg('limit') ? Number(arg('limit')) : undefined;
  let targets: ReturnType<typeof sweepTargets>;
  if (only) {
    const unknown = only.filter((p) => p !== 'seed' && p !== 'react-like' && !all.includes(p));
    if (unknown.length) throw new Error(`unknown pages: ${unknown.join(', ')}`);
    targets = sweepTargets(
      server,
      only.filter((p) => all.includes(p)),
      {
        seed: only.includes('seed'),
        testPages: only.includes('react-like') ? ['react-like'] : [],
      },
    );
  } else {
    targets = sweepTargets(server, limit === undefined ? all : all.slice(0, limit));
  }
  console.log(`Sweeping ${targets.length} pages in ${browsers.join(' and ')}…`);

  const runs: SweepRun[] = [];
  try {
    for (const name of browsers) {
      const browser = await launch(name);
      try {
        const t0 = Date.now();
        let n = 0;
        runs.push(
          ...(await sweepBrowser(browser, targets, {
            onLoad: (phase, page) => {
              if (++n % 25 === 0)
                console.log(`  ${name}: ${n} loads (now ${phase} ${page}), ${Math.round((Date.now() - t0) / 1000)} s`);
            },
            onRun: (r) => {
              const bad = r.failure || r.errors > 0 || r.dom_changed === true || r.untouched === false;
              if (bad)
                console.log(
                  `  ${name} ${r.page}: ${r.failure ?? ''} errors=${r.errors} dom_changed=${r.dom_changed} ${r.dom_reason ?? ''}`,
                );
            },
          })),
        );
        console.log(`${name}: ${targets.length} pages in ${Math.round((Date.now() - t0) / 1000)} s`);
        write(runs);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }

  console.log(`\n${formatTable(runs)}\n`);
  console.log(
    `Where the time goes (ms; first_mark from navigation start, gloss_latency from Gloss's page run start at DOM ready):\n${formatLatencyTable(latencyTable(runs))}\n`,
  );
  const summary = write(runs);
  console.log(JSON.stringify(summary, null, 2));
  console.log(`wrote ${OUT}/results.json`);
  const failed =
    summary.failed.length > 0 ||
    summary.errors_total > 0 ||
    summary.dom_changed > 0 ||
    summary.touched_non_articles.length > 0 ||
    runs.some((r) => r.hydrated !== undefined && (r.hydrated !== 'ok' || !r.counter_ok));
  process.exitCode = failed ? 1 : 0;
}

/** Writes sweep-out/results.json (after each browser too, so a long sweep leaves its results). */
function write(runs: SweepRun[]) {
  const summary = summarize(runs);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    `${OUT}/results.json`,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        method:
          'Each page is loaded with Gloss off and then on; the DOM (documentElement.outerHTML of a clone without gloss-root) is compared. ' +
          'When they differ the page is loaded off again and serialized no earlier after navigation than the on load was: equal to the on load means ' +
          "dom_changed false; else, if both off loads agree, the difference is Gloss's (dom_changed true); else the page is nondeterministic and " +
          'dom_changed is null (see dom_reason), never counted as a pass. ' +
          "ms_to_mentions = report.at - performance.timeOrigin + extractMs + recognizeMs + drawMs, only when mentions were drawn. errors = Gloss errors during the page's loads. " +
          "latency (per run) and latency_table: the report's trace, each stage's start and end in ms since navigation start; background stages are converted from epoch times.",
        summary,
        latency_table: latencyTable(runs),
        runs,
      },
      null,
      2,
    )}\n`,
  );
  return summary;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
