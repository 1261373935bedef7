// `npm run bench`: every performance figure in one table, and bench-out/results.json.
// Each figure comes from its own benchmark module (bench/*.ts); ratios are measured in one
// run on the same inputs. Builds the extension first (sizes and the real-browser figures
// need it) and installs the browsers when missing.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBrowsers } from './ensure-browsers.mjs';

type Figures = Record<string, number>;

function gzBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function sizes(): Figures {
  execSync('npx wxt zip && npx wxt zip -b firefox', { stdio: 'ignore' });
  const zips = readdirSync('.output').filter((f) => f.endsWith('.zip'));
  const zipOf = (suffix: string) => {
    const f = zips.find((z) => z.endsWith(suffix));
    return f ? statSync(join('.output', f)).size : NaN;
  };
  return {
    content_script_bytes: statSync('.output/chrome-mv3/content-scripts/content.js').size,
    content_script_bytes_gz: gzBytes('.output/chrome-mv3/content-scripts/content.js'),
    background_bytes_gz: gzBytes('.output/chrome-mv3/background.js'),
    zip_bytes_chrome: zipOf('-chrome.zip'),
    zip_bytes_firefox: zipOf('-firefox.zip'),
  };
}

async function section(name: string, fn: () => Promise<Figures> | Figures, into: Figures, errors: string[]) {
  const t0 = Date.now();
  process.stdout.write(`… ${name}\n`);
  try {
    Object.assign(into, await fn());
  } catch (err) {
    errors.push(`${name}: ${(err as Error).message}`);
  }
  process.stdout.write(`  ${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

async function main() {
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',');
  const want = (k: string) => !only || only.includes(k);
  const results: Figures = {};
  const errors: string[] = [];
  execSync('npm run build --silent', { stdio: 'ignore' });
  ensureBrowsers();
  if (want('size')) await section('bundle sizes', sizes, results, errors);
  if (want('ner'))
    await section(
      'entity engine vs compromise',
      async () => (await import('../bench/ner')).benchNer(),
      results,
      errors,
    );
  if (want('page'))
    await section(
      'page pipeline vs Readability (Chromium)',
      async () => (await import('../bench/page-pipeline')).benchPagePipeline(),
      results,
      errors,
    );
  if (want('latency'))
    await section(
      'time to the first mark (Chromium and Firefox ESR)',
      async () => (await import('../bench/latency')).benchLatency(),
      results,
      errors,
    );
  if (want('reanchor'))
    await section('re-anchoring', async () => (await import('../bench/reanchor')).benchReanchor(), results, errors);
  if (want('card'))
    await section(
      'hover card from cache (Chromium)',
      async () => (await import('../bench/card')).benchCard(),
      results,
      errors,
    );
  if (want('map'))
    await section(
      'locator map in place cards (Chromium)',
      async () => (await import('../bench/place-map')).benchPlaceMap(),
      results,
      errors,
    );
  if (want('search'))
    await section(
      'highlight search (Node)',
      async () => (await import('../bench/search')).benchSearchNode(),
      results,
      errors,
    );
  if (want('sync'))
    await section(
      'sync through a loopback CouchDB-compatible server (Node)',
      async () => (await import('../bench/sync')).benchSync(),
      results,
      errors,
    );
  if (want('search-browser'))
    await section(
      'highlight search at 100k (Chromium)',
      async () => (await import('../bench/search-browser')).benchSearchBrowser(),
      results,
      errors,
    );
  if (want('memory'))
    await section(
      'reading memory at 20k articles (Chromium)',
      async () => (await import('../bench/memory')).benchMemory(),
      results,
      errors,
    );
  // Issue 7's key names for the same figures.
  if (
    results.search_p95_ms_100k !== undefined &&
    results.search_speedup_vs_scan === undefined &&
    results.search_scan_p95_ms_100k
  ) {
    results.search_speedup_vs_scan = results.search_scan_p95_ms_100k / results.search_p95_ms_100k;
  }

  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(`${'\nfigure'.padEnd(width + 2)}value`);
  for (const [k, v] of Object.entries(results)) {
    console.log(`${k.padEnd(width + 1)} ${Number.isInteger(v) ? v : v.toFixed(v < 10 ? 3 : 1)}`);
  }
  mkdirSync('bench-out', { recursive: true });
  writeFileSync('bench-out/results.json', JSON.stringify(results, null, 2));
  console.log('\nwrote bench-out/results.json');
  if (errors.length) {
    console.error(`\n${errors.length} benchmark(s) failed:\n${errors.join('\n')}`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
