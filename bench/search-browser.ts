// Highlight search measured in real Chromium, in the built extension's own origin (its
// popup page), over 100,000 highlights stored in the extension's IndexedDB: the same data
// and the same 200 typed queries as the Node benchmark (bench/search.ts).
//
// The code under test is Gloss's own: `utils/db.ts` (the Dexie schema), the background's
// highlight store (`utils/background/highlight-store.ts`, with its index and its Dexie
// listing path) and `utils/search`, bundled here with esbuild and evaluated in the popup
// page, where the extension origin's IndexedDB is reachable. Nothing is taken from the
// built bundle, so the figures do not depend on how the background is wired.
//
// Figures: query time through the store once the index is loaded (p50/p95), a naive scan
// of the same queries (every 20th: it takes seconds each), the index's
// build and snapshot costs, and how soon a freshly opened popup page has the first
// results of an empty query straight from Dexie.
//
// Usage: npx tsx bench/search-browser.ts   (builds the extension first when missing)
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { makeSeedData } from '../scripts/seed-highlights';
import { CHROME_DIR, launch } from '../tests/e2e/harness/browsers';
import { typedQueries } from './search';

const HIGHLIGHTS = 100_000;
const PAGES = 5_000;
const ENTITIES = 2_000;
const SEED = 42;
const QUERIES = 200;
const QUERY_SEED = 7;
/** The scan takes seconds per query at 100k in Chromium: every 20th query (10 in all). */
const SCAN_EVERY = 20;
/** Rows per IndexedDB write transaction while seeding. */
const SEED_BATCH = 5_000;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The page-side code as one script: a global `GlossBench` with the store, the schema, the
 * search functions and the seed generator. `scripts/seed-highlights.ts` has a CLI tail that
 * reads `process.argv` and imports `node:fs`; both are stubbed for the page.
 */
async function pageBundle(withSeed: boolean): Promise<string> {
  const lines = [
    `export { createDb, DB_NAME } from ${JSON.stringify(join(ROOT, 'utils/db.ts'))};`,
    `export { createHighlightStore } from ${JSON.stringify(join(ROOT, 'utils/background/highlight-store.ts'))};`,
    `export { HighlightIndex, scanSearch } from ${JSON.stringify(join(ROOT, 'utils/search/index.ts'))};`,
  ];
  if (withSeed) lines.push(`export { makeSeedData } from ${JSON.stringify(join(ROOT, 'scripts/seed-highlights.ts'))};`);
  const out = await build({
    stdin: { contents: lines.join('\n'), resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'GlossBench',
    platform: 'browser',
    target: 'chrome120',
    define: { 'process.argv': '[]', 'import.meta.url': '""' },
    logLevel: 'error',
    plugins: [
      {
        name: 'stub-node-fs',
        setup(b) {
          b.onResolve({ filter: /^node:fs$/ }, () => ({ path: 'node-fs', namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const writeFileSync = () => { throw new Error("no fs here"); };', loader: 'js' }));
        },
      },
    ],
  });
  return out.outputFiles[0]!.text;
}

/** An expression that defines `globalThis.GlossBench` from a bundle when evaluated. */
const install = (bundle: string): string => `(() => { ${bundle}; globalThis.GlossBench = GlossBench; return true; })()`;

const round = (x: number): number => Math.round(x * 100) / 100;

/** Runs the benchmark in Chromium and returns its figures (milliseconds, ratio). */
export async function benchSearchBrowser(): Promise<Record<string, number>> {
  if (!existsSync(join(CHROME_DIR, 'manifest.json'))) execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  const [full, storeOnly] = await Promise.all([pageBundle(true), pageBundle(false)]);
  // The queries come from the same seeded highlights the page generates (same seed).
  const { highlights } = makeSeedData({ highlights: HIGHLIGHTS, pages: PAGES, entities: ENTITIES, seed: SEED });
  const texts = typedQueries(highlights, QUERIES, QUERY_SEED);

  const browser = await launch('chromium');
  try {
    await browser.inExtension(install(full));

    // 1. Seed the extension origin's database at the current schema, in batches.
    const seeded = await browser.inExtension<{ writeMs: number; count: number; first: string }>(`(async () => {
      const G = globalThis.GlossBench;
      const data = G.makeSeedData({ highlights: ${HIGHLIGHTS}, pages: ${PAGES}, entities: ${ENTITIES}, seed: ${SEED} });
      globalThis.benchRows = data.highlights;
      const db = G.createDb();
      await db.delete();
      await db.open();
      const t0 = performance.now();
      for (let i = 0; i < data.highlights.length; i += ${SEED_BATCH}) await db.highlights.bulkPut(data.highlights.slice(i, i + ${SEED_BATCH}));
      await db.articles.bulkPut(data.articles);
      const writeMs = performance.now() - t0;
      const count = await db.highlights.count();
      db.close();
      return { writeMs, count, first: data.highlights[0].id };
    })()`);
    if (seeded.count !== HIGHLIGHTS || seeded.first !== highlights[0]!.id) throw new Error(`seeding went wrong: ${JSON.stringify(seeded)}`);

    // 2. The index: built over the rows (what a first start does after reading them), its
    //    snapshot written, then a store started the way the background starts afterwards:
    //    rows read from IndexedDB in chunks, snapshot read and reconciled with them.
    const index = await browser.inExtension<{ buildMs: number; snapshotMs: number; restoreMs: number; indexed: number }>(`(async () => {
      const G = globalThis.GlossBench;
      const db = G.createDb();
      let t0 = performance.now();
      const built = new G.HighlightIndex(globalThis.benchRows);
      const buildMs = performance.now() - t0;
      t0 = performance.now();
      await db.searchSnapshots.put({ id: 'highlights', snapshot: built.toSnapshot(), savedAt: Date.now() });
      const snapshotMs = performance.now() - t0;
      t0 = performance.now();
      const store = G.createHighlightStore(db);
      await store.ready();
      const restoreMs = performance.now() - t0;
      await store.flush(); // the store's own bookkeeping (its stored count) is written by now
      globalThis.benchStore = store;
      return { buildMs, snapshotMs, restoreMs, indexed: (await store.counts()).indexed };
    })()`);
    if (index.indexed !== HIGHLIGHTS) throw new Error(`the index holds ${index.indexed} highlights`);

    // 3. The typed queries through the store: a warm-up pass (a popup session's JIT), then timed.
    const searchMs = await browser.inExtension<number[]>(`(async () => {
      const store = globalThis.benchStore;
      const texts = ${JSON.stringify(texts)};
      const q = (text) => ({ text, filters: {}, sort: 'relevance', offset: 0, limit: 20 });
      for (const text of texts) await store.search(q(text));
      const out = [];
      for (const text of texts) {
        const t0 = performance.now();
        await store.search(q(text));
        out.push(performance.now() - t0);
      }
      return out;
    })()`);

    // 4. The naive scan over the same rows, on every 20th query.
    const sampled = texts.filter((_, i) => i % SCAN_EVERY === 0);
    const scanMs = await browser.inExtension<number[]>(`(async () => {
      const G = globalThis.GlossBench;
      const rows = globalThis.benchRows;
      const q = (text) => ({ text, filters: {}, sort: 'relevance', offset: 0, limit: 20 });
      const out = [];
      for (const text of ${JSON.stringify(sampled)}) {
        const t0 = performance.now();
        G.scanSearch(rows, q(text));
        out.push(performance.now() - t0);
      }
      return out;
    })()`);

    // 5. A freshly opened popup page: from its navigation start to the first results of the
    //    empty query, served by the store's Dexie listing. The store starts loading its
    //    index at the same time (reading the rows, as a background woken by the popup does)
    //    but is never allowed to finish, so the listing is what answers.
    const tab = await browser.newTab();
    await tab.goto(`${browser.extensionOrigin}/popup.html`);
    const injectedAt = await tab.evaluate<number>(`(() => { const t = performance.now(); ${install(storeOnly)}; return t; })()`);
    const popup = await tab.evaluate<{ sinceOpenMs: number; openMs: number; listingMs: number; countMs: number; hits: number; total: number; ready: boolean }>(`(async () => {
      const G = globalThis.GlossBench;
      const t0 = performance.now();
      const db = G.createDb();
      await db.open();
      const opened = performance.now();
      const store = G.createHighlightStore(db, { buildIndex: () => new Promise(() => {}) });
      const result = await store.search({ text: '', filters: {}, sort: 'relevance', offset: 0, limit: 20 });
      const end = performance.now();
      const c0 = performance.now();
      await db.highlights.count();
      const countMs = performance.now() - c0;
      return { sinceOpenMs: end, openMs: opened - t0, listingMs: end - opened, countMs, hits: result.groups.reduce((n, g) => n + g.hits.length, 0), total: result.total, ready: (await store.counts()).indexReady };
    })()`);
    const loadedAt = await tab.evaluate<number>(`performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd`);
    await tab.close();
    if (popup.hits !== 20 || popup.total !== HIGHLIGHTS || popup.ready) throw new Error(`popup listing went wrong: ${JSON.stringify(popup)}`);

    const sampledSearch = searchMs.filter((_, i) => i % SCAN_EVERY === 0);
    return {
      search_p50_ms_100k: round(percentile(searchMs, 50)),
      search_p95_ms_100k: round(percentile(searchMs, 95)),
      search_max_ms_100k: round(Math.max(...searchMs)),
      search_scan_p95_ms_100k: round(percentile(scanMs, 95)),
      search_speedup_vs_scan: round(percentile(scanMs, 95) / percentile(sampledSearch, 95)),
      popup_first_results_ms: round(popup.sinceOpenMs),
      popup_page_loaded_ms: round(loadedAt),
      popup_store_injected_ms: round(injectedAt),
      popup_db_open_ms: round(popup.openMs),
      popup_listing_ms: round(popup.listingMs),
      idb_count_ms_100k: round(popup.countMs),
      search_index_build_ms_browser: round(index.buildMs),
      search_snapshot_write_ms_browser: round(index.snapshotMs),
      search_index_ready_from_snapshot_ms_browser: round(index.restoreMs),
      idb_seed_write_ms_100k: round(seeded.writeMs),
    };
  } finally {
    await browser.close();
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

if (process.argv[1]?.endsWith('search-browser.ts')) {
  const t0 = Date.now();
  benchSearchBrowser().then(
    (figures) => {
      console.log(JSON.stringify(figures, null, 2));
      console.log(`(${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
