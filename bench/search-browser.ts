// Highlight search measured in real Chromium, in the built extension's own origin (its
// popup page), over 100,000 highlights stored in the extension's IndexedDB: the same data
// and the same 200 typed queries as the Node benchmark (bench/search.ts).
//
// The code under test is Gloss's own: `utils/adapters/db.ts` (the Dexie schema), the background's
// highlight store (`entrypoints/background/highlight-store.ts`, with its index and its Dexie
// listing path) and `utils/search`, bundled here with esbuild and evaluated in the popup
// page, where the extension origin's IndexedDB is reachable. Nothing is taken from the
// built bundle, so the figures do not depend on how the background is wired.
//
// Figures: query time through the store once the index is loaded (p50/p95), a naive scan
// of the same queries (every 20th: it takes seconds each), the index's build and snapshot
// costs. Then the built extension itself over the same database: Gloss's real popup and
// background, timed by the popup's own performance marks (navigation start → HTML
// received → script start → first request → first results in the DOM), read after the
// fact so the benchmark adds nothing to the page; with a cold background (the extension
// reloaded), again warm, and a query typed right after a cold start.
//
// Usage: npx tsx bench/search-browser.ts   (builds the extension first when missing)
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { makeSeedData } from '../scripts/seed-highlights';
import { PART_CHARS } from '../utils/export/parts';
import { POPUP_MARKS } from '../entrypoints/popup/marks';
import { CHROME_DIR, launch, type TestBrowser, type TestTab } from '../tests/e2e/harness/browsers';
import { waitFor } from '../tests/e2e/harness/wait';
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
async function pageBundle(): Promise<string> {
  const lines = [
    `export { createDb, DB_NAME } from ${JSON.stringify(join(ROOT, 'utils/adapters/db.ts'))};`,
    `export { createHighlightStore } from ${JSON.stringify(join(ROOT, 'entrypoints/background/highlight-store.ts'))};`,
    `export { HighlightIndex, scanSearch } from ${JSON.stringify(join(ROOT, 'utils/search/index.ts'))};`,
  ];
  lines.push(`export { makeSeedData } from ${JSON.stringify(join(ROOT, 'scripts/seed-highlights.ts'))};`);
  // The options page's own export/import client and the typed messaging it uses.
  lines.push(
    `export { fetchExport, sendImport } from ${JSON.stringify(join(ROOT, 'components/options/transfer.ts'))};`,
  );
  lines.push(`export { sendMessage } from ${JSON.stringify(join(ROOT, 'utils/adapters/messaging.ts'))};`);
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
    alias: { '@': ROOT },
    plugins: [
      {
        name: 'stub-node-fs',
        setup(b) {
          b.onResolve({ filter: /^node:fs$/ }, () => ({ path: 'node-fs', namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
            contents: 'export const writeFileSync = () => { throw new Error("no fs here"); };',
            loader: 'js',
          }));
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
  const full = await pageBundle();
  // The queries come from the same seeded highlights the page generates (same seed).
  const { highlights } = makeSeedData({ highlights: HIGHLIGHTS, pages: PAGES, entities: ENTITIES, seed: SEED });
  const texts = typedQueries(highlights, QUERIES, QUERY_SEED);

  const profileDir = mkdtempSync(join(tmpdir(), 'gloss-bench-'));
  let browser = await launch('chromium', { profileDir });
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
      // As the reader's writes through Gloss would have left it: a write generation past the
      // empty database's, which tells the background its saved first screen is out of date.
      await db.meta.put({ key: 'highlightGeneration', value: ${HIGHLIGHTS} });
      const writeMs = performance.now() - t0;
      const count = await db.highlights.count();
      db.close();
      return { writeMs, count, first: data.highlights[0].id };
    })()`);
    if (seeded.count !== HIGHLIGHTS || seeded.first !== highlights[0]!.id)
      throw new Error(`seeding went wrong: ${JSON.stringify(seeded)}`);

    // 2. The index: built over the rows (what a first start does after reading them), its
    //    snapshot written, then a store started the way the background starts afterwards:
    //    rows read from IndexedDB in chunks, snapshot read and reconciled with them.
    const index = await browser.inExtension<{
      buildMs: number;
      snapshotMs: number;
      storeSnapshotMs: number;
      restoreMs: number;
      indexed: number;
      rowsRead1kMs: number;
      rowsRead10kMs: number;
      snapshotReadMs: number;
      fromSnapshotMs: number;
    }>(`(async () => {
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
      // The store writes its own snapshot now (with its rows, which the benchmark's lacked):
      // what the background writes after changes, and what the restarts below start from.
      t0 = performance.now();
      await store.flush();
      const storeSnapshotMs = performance.now() - t0;
      globalThis.benchStore = store;
      // Where the restore goes: reading the rows (in the store's chunks, and in bigger ones),
      // reading the snapshot, and decoding + reconciling it with the rows.
      const readChunked = async (chunk) => {
        const t = performance.now();
        const rows = [];
        for (;;) {
          const last = rows.at(-1)?.id;
          const from = last === undefined ? db.highlights.toCollection() : db.highlights.where(':id').above(last);
          const part = await from.limit(chunk).toArray();
          for (const r of part) rows.push(r);
          if (part.length < chunk) break;
        }
        return { ms: performance.now() - t, rows };
      };
      const read1k = await readChunked(1000);
      const read10k = await readChunked(10000);
      t0 = performance.now();
      const saved = await db.searchSnapshots.get('highlights');
      const snapshotReadMs = performance.now() - t0;
      t0 = performance.now();
      G.HighlightIndex.fromSnapshot(saved.snapshot, read10k.rows);
      const fromSnapshotMs = performance.now() - t0;
      const withRows = await db.searchSnapshots.get('highlights');
      if (!withRows.rows || withRows.rows.length !== ${HIGHLIGHTS}) throw new Error('the store wrote no snapshot with rows');
      return { buildMs, snapshotMs, storeSnapshotMs, restoreMs, indexed: (await store.counts()).indexed, rowsRead1kMs: read1k.ms, rowsRead10kMs: read10k.ms, snapshotReadMs, fromSnapshotMs };
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

    // 5. Gloss's own popup, timed by its own performance marks (entrypoints/popup/marks.ts),
    //    read after the fact: nothing is injected into the popup page. The browser is
    //    restarted first on the same profile (the database and the index snapshot written
    //    above stay): the background's store starts empty and begins loading its index on
    //    the popup's first request. (Chromium starts the extension's worker at launch, so
    //    the worker's own start-up is not in these figures.)
    await browser.close();
    browser = await launch('chromium', { profileDir });
    // The popup paints the background's saved first screen (entrypoints/background/first-screen.ts),
    // which every write through Gloss keeps current. The seeding above wrote behind the
    // background's back, so wait for the copy its start-up makes: what a reader has after
    // any highlight made, edited or imported.
    await waitForFirstScreen(browser, HIGHLIGHTS);
    const cold1 = await openPopup(browser);
    await cold1.tab.close();
    // The same popup opened again a moment later: the worker is warm, its index may still be loading.
    const warm = await openPopup(browser);
    await warm.tab.close();
    // A typed query right after a restart: what the reader waits for when typing at once.
    await browser.close();
    browser = await launch('chromium', { profileDir });
    await waitForFirstScreen(browser, HIGHLIGHTS);
    const cold2 = await openPopup(browser);
    const typed = await typeQuery(cold2.tab, texts[0]!);
    await cold2.tab.close();
    for (const p of [cold1.marks, warm.marks, cold2.marks])
      if (p.hits !== 20) throw new Error(`popup listing went wrong: ${JSON.stringify(p)}`);
    if (typed.hits < 1) throw new Error(`the typed query found nothing: ${JSON.stringify(typed)}`);

    // 6. Lossless export → delete everything → import → export at 100,000 highlights, through
    //    the background's real handlers, with the options page's own client
    //    (components/options/transfer.ts: parts, since one message could not carry ~80 MB).
    await browser.inExtension(install(full)); // the browser was restarted above
    const trip = await browser.inExtension<{
      chars: number;
      exportMs: number;
      deleteMs: number;
      importMs: number;
      reexportMs: number;
      same: boolean;
      diff: unknown;
      added: number;
      deleted: number;
    }>(`(async () => {
      const G = globalThis.GlossBench;
      let t = performance.now();
      const first = await G.fetchExport();
      const exportMs = performance.now() - t;
      t = performance.now();
      const deleted = (await G.sendMessage('deleteEverything', undefined)).highlights;
      const deleteMs = performance.now() - t;
      t = performance.now();
      const report = await G.sendImport(first.text);
      const importMs = performance.now() - t;
      t = performance.now();
      const second = await G.fetchExport();
      const reexportMs = performance.now() - t;
      const strip = (x) => x.replace(/"exportedAt": "[^"]*"/, '');
      const a = strip(first.text), b = strip(second.text);
      let at = 0;
      while (at < a.length && a[at] === b[at]) at++;
      const diff = a === b ? null : { at, a: a.slice(Math.max(0, at - 200), at + 200), b: b.slice(Math.max(0, at - 200), at + 200), lengths: [a.length, b.length] };
      return { chars: first.text.length, exportMs, deleteMs, importMs, reexportMs, same: a === b, diff, added: report.added, deleted };
    })()`);
    if (!trip.same || trip.deleted !== HIGHLIGHTS)
      throw new Error(`export/import round trip went wrong: ${JSON.stringify(trip)}`);

    const sampledSearch = searchMs.filter((_, i) => i % SCAN_EVERY === 0);
    return {
      search_p50_ms_100k: round(percentile(searchMs, 50)),
      search_p95_ms_100k: round(percentile(searchMs, 95)),
      search_max_ms_100k: round(Math.max(...searchMs)),
      search_scan_p95_ms_100k: round(percentile(scanMs, 95)),
      search_speedup_vs_scan: round(percentile(scanMs, 95) / percentile(sampledSearch, 95)),
      popup_first_results_ms: round(cold1.marks.firstResults),
      popup_first_results_painted_ms: round(cold1.marks.firstPainted),
      popup_html_response_end_ms: round(cold1.marks.responseEnd),
      popup_script_start_ms: round(cold1.marks.scriptStart),
      popup_first_request_ms: round(cold1.marks.firstRequest),
      popup_first_page_read_ms: round(cold1.marks.firstResponse),
      popup_first_page_read_warm_ms: round(warm.marks.firstResponse),
      popup_first_results_warm_ms: round(warm.marks.firstResults),
      popup_typed_query_after_cold_start_ms: round(typed.ms),
      search_index_build_ms_browser: round(index.buildMs),
      search_snapshot_write_ms_browser: round(index.snapshotMs),
      search_snapshot_with_rows_write_ms_browser: round(index.storeSnapshotMs),
      search_index_ready_from_snapshot_ms_browser: round(index.restoreMs),
      search_index_rows_read_1k_chunks_ms_browser: round(index.rowsRead1kMs),
      search_index_rows_read_10k_chunks_ms_browser: round(index.rowsRead10kMs),
      search_index_snapshot_read_ms_browser: round(index.snapshotReadMs),
      search_index_from_snapshot_decode_ms_browser: round(index.fromSnapshotMs),
      idb_seed_write_ms_100k: round(seeded.writeMs),
      export_100k_ms: round(trip.exportMs),
      import_100k_ms: round(trip.importMs),
      reexport_100k_ms: round(trip.reexportMs),
      export_100k_chars: trip.chars,
      export_100k_parts: Math.ceil(trip.chars / PART_CHARS),
      export_import_round_trip_identical: trip.same ? 1 : 0,
    };
  } finally {
    await browser.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

interface PopupMarks {
  responseEnd: number;
  scriptStart: number;
  firstRequest: number;
  firstResponse: number;
  firstResults: number;
  firstPainted: number;
  hits: number;
}

/** Opens the popup in a tab and reads its marks (ms from its navigation start) once its first results are shown. */
/** Waits until the background's saved first screen counts `total` highlights. */
async function waitForFirstScreen(browser: TestBrowser, total: number): Promise<void> {
  await waitFor(
    async () =>
      (await browser.inExtension<number | undefined>(
        `chrome.storage.local.get('popupFirstScreen').then((o) => o.popupFirstScreen?.result?.total)`,
      )) === total,
    "the background's first-screen copy",
    { timeoutMs: 60_000, intervalMs: 100 },
  );
}

async function openPopup(browser: TestBrowser): Promise<{ tab: TestTab; marks: PopupMarks }> {
  const tab = await browser.newTab();
  await tab.goto(`${browser.extensionOrigin}/popup.html`);
  const marks = await waitFor(
    () =>
      tab.evaluate<PopupMarks | null>(`(() => {
        const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
        if (at(${JSON.stringify(POPUP_MARKS.firstPaintedResults)}) === undefined) return null;
        return {
          responseEnd: performance.getEntriesByType('navigation')[0].responseEnd,
          scriptStart: at(${JSON.stringify(POPUP_MARKS.scriptStart)}),
          firstRequest: at(${JSON.stringify(POPUP_MARKS.firstRequest)}),
          firstResponse: at(${JSON.stringify(POPUP_MARKS.firstResponse)}),
          firstResults: at(${JSON.stringify(POPUP_MARKS.firstResults)}),
          firstPainted: at(${JSON.stringify(POPUP_MARKS.firstPaintedResults)}),
          hits: document.querySelectorAll('button.hit').length,
        };
      })()`),
    "the popup's first results",
    { timeoutMs: 60_000, intervalMs: 50 },
  );
  return { tab, marks };
}

/** Types `text` into the open popup's search box (one input event) and times it until its results show. */
async function typeQuery(tab: TestTab, text: string): Promise<{ ms: number; hits: number }> {
  return tab.evaluate(`new Promise((resolve, reject) => {
    const input = document.getElementById('search-input');
    const status = document.querySelector('.search__status');
    const t0 = performance.now();
    input.value = ${JSON.stringify(text)};
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const deadline = t0 + 60000;
    const check = () => {
      const shown = status.textContent.includes('found') || status.textContent.startsWith('No matches');
      const marked = [...document.querySelectorAll('button.hit')].some((b) => b.querySelector('mark'));
      if (shown && (marked || status.textContent.startsWith('No matches'))) resolve({ ms: performance.now() - t0, hits: document.querySelectorAll('button.hit').length });
      else if (performance.now() > deadline) reject(new Error('no results within 60 s'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`);
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
