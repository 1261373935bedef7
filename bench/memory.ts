// The reading memory measured in real Chromium on a profile of five years of heavy reading
// (scripts/seed-memory.ts: 20,000 articles, 400,000 entity mentions with counts, 100,000
// highlights), stored in the built extension's own IndexedDB at the current schema.
//
// - memory_card_p95_ms: the background's answer for a card's memory line (entrypoints/background/
//   memory-store.ts `memoryFor`: the entity's summary row plus its highlights' count and
//   newest), run in the extension's origin over the same database, for 200 card opens whose
//   entities are drawn as a reader meets them (a random mention of a random article).
// - entity_page_first_paint_ms: Gloss's real entity page (entity.html?id=…) for the most-read
//   entity, answered by the real background: its own performance mark (entrypoints/entity/
//   marks.ts), set the frame after its first answer (count, timeline, newest articles: the
//   summary row and the entity-visit index) is in the DOM, from navigation start.
//   memory_entity_page_read_ms is the background's read for that answer;
//   memory_entity_page_details_read_ms the read that follows the paint (every history row
//   that mentions it, and its highlights).
// - popup_people_ms: Gloss's real popup, People & places painted (entrypoints/popup/marks.ts),
//   from navigation start.
// - storage: IndexedDB usage (navigator.storage.estimate) before and after the history and
//   its summaries, and after the highlights: per article, and for the whole profile.
//
// Usage: npx tsx bench/memory.ts   (builds the extension first when missing)
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ENTITY_MARKS } from '../entrypoints/entity/marks';
import { POPUP_MARKS } from '../entrypoints/popup/marks';
import { BIG_PROFILE } from '../scripts/seed-memory';
import { CHROME_DIR, launch, type TestBrowser } from '../tests/e2e/harness/browsers';
import { waitFor } from '../tests/e2e/harness/wait';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CARD_OPENS = 200;
const WARMUP = 20;
const PAGE_OPENS = 5;
const SEED_BATCH = 5_000;

async function pageBundle(): Promise<string> {
  const lines = [
    `export { createDb } from ${JSON.stringify(join(ROOT, 'utils/adapters/db.ts'))};`,
    `export { summarizeAll } from ${JSON.stringify(join(ROOT, 'utils/memory/summary.ts'))};`,
    `export { memoryFor, highlightMemory, peopleFor } from ${JSON.stringify(join(ROOT, 'entrypoints/background/memory-store.ts'))};`,
    `export { entityPageStart, entityPageDetails } from ${JSON.stringify(join(ROOT, 'entrypoints/background/entity-page-reads.ts'))};`,
    `export { allEntityVisitKeys } from ${JSON.stringify(join(ROOT, 'utils/memory/entity-visits.ts'))};`,
    `export { putEntityVisits } from ${JSON.stringify(join(ROOT, 'utils/adapters/db.ts'))};`,
    `export { sendMessage } from ${JSON.stringify(join(ROOT, 'utils/adapters/messaging.ts'))};`,
    `export { makeMemoryProfile } from ${JSON.stringify(join(ROOT, 'scripts/seed-memory.ts'))};`,
  ];
  const out = await build({
    stdin: { contents: lines.join('\n'), resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'GlossMemoryBench',
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

const round = (x: number): number => Math.round(x * 100) / 100;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const median = (values: number[]) => percentile(values, 50);

/**
 * Opens an extension page in a new tab and reads one of its performance marks (ms from
 * navigation start), and the marks `also` as they were then (NaN when missing).
 */
async function marksOf(
  browser: TestBrowser,
  path: string,
  mark: string,
  check: string,
  also: readonly string[] = [],
  settled?: string,
): Promise<number[]> {
  const tab = await browser.newTab();
  await tab.goto(`${browser.extensionOrigin}${path}`);
  const at = await waitFor(
    () =>
      tab.evaluate<number[] | null>(
        `(() => { const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN; const m = performance.getEntriesByName(${JSON.stringify(mark)})[0]; return m && (${check}) ? [m.startTime, ...${JSON.stringify(also)}.map(at)] : null; })()`,
      ),
    `${path}: ${mark}`,
    { timeoutMs: 60_000 },
  );
  // What the page asks after its paint finishes before the next open, as it would for a
  // reader (else the next page's first answer waits behind this one's remaining reads).
  if (settled) await waitFor(() => tab.evaluate<boolean>(settled), `${path}: settled`, { timeoutMs: 60_000 });
  await tab.close();
  return at;
}

const markOf = async (browser: TestBrowser, path: string, mark: string, check: string): Promise<number> =>
  (await marksOf(browser, path, mark, check))[0]!;

export async function benchMemory(): Promise<Record<string, number>> {
  if (!existsSync(join(CHROME_DIR, 'manifest.json'))) execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  const bundle = await pageBundle();
  const profileDir = mkdtempSync(join(tmpdir(), 'gloss-bench-memory-'));
  let browser = await launch('chromium', { profileDir });
  try {
    await browser.inExtension(`(() => { ${bundle}; globalThis.GlossMemoryBench = GlossMemoryBench; return true; })()`);
    const seeded = await browser.inExtension<{
      articles: number;
      mentions: number;
      highlights: number;
      entities: number;
      topKey: string;
      topArticles: number;
      usage0: number;
      usageHistory: number;
      usageAll: number;
      summarizeMs: number;
    }>(`(async () => {
      const G = globalThis.GlossMemoryBench;
      const now = Date.now();
      const p = G.makeMemoryProfile({ ...${JSON.stringify(BIG_PROFILE)}, now });
      const db = G.createDb();
      await db.delete();
      await db.open();
      const usage = async () => (await navigator.storage.estimate()).usage ?? NaN;
      const usage0 = await usage();
      for (let i = 0; i < p.articles.length; i += ${SEED_BATCH}) await db.articles.bulkPut(p.articles.slice(i, i + ${SEED_BATCH}));
      let t = performance.now();
      const { rows } = G.summarizeAll(p.articles);
      const summarizeMs = performance.now() - t;
      for (let i = 0; i < rows.length; i += ${SEED_BATCH}) await db.memory.bulkPut(rows.slice(i, i + ${SEED_BATCH}));
      const visitKeys = G.allEntityVisitKeys(p.articles);
      for (let i = 0; i < visitKeys.length; i += 4 * ${SEED_BATCH}) await G.putEntityVisits(db.entityVisits, visitKeys.slice(i, i + 4 * ${SEED_BATCH}));
      const usageHistory = await usage();
      for (let i = 0; i < p.highlights.length; i += ${SEED_BATCH}) await db.highlights.bulkPut(p.highlights.slice(i, i + ${SEED_BATCH}));
      const usageAll = await usage();
      const top = rows.reduce((a, r) => (r.articles > a.articles ? r : a));
      // The card opens to time: entities as a reader meets them (a random mention of a random
      // article); then the profile is dropped, so its garbage is not collected during timing.
      let s = 99;
      const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
      globalThis.benchKeys = Array.from({ length: ${WARMUP + CARD_OPENS} }, () => {
        const a = p.articles[Math.floor(rand() * p.articles.length)];
        return a.entityIds[Math.floor(rand() * a.entityIds.length)];
      });
      globalThis.benchProfile = null;
      const out = {
        articles: await db.articles.count(),
        mentions: p.articles.reduce((a, v) => a + v.entityIds.length, 0),
        highlights: await db.highlights.count(),
        entities: rows.length,
        topKey: top.key,
        topArticles: top.articles,
        usage0, usageHistory, usageAll, summarizeMs,
      };
      db.close();
      return out;
    })()`);

    // The card's memory line, in the extension's origin, on the same database.
    const card = await browser.inExtension<{ ms: number[]; highlightMs: number[]; counts: number[] }>(`(async () => {
      const G = globalThis.GlossMemoryBench;
      const keys = globalThis.benchKeys;
      const db = G.createDb();
      await db.open();
      const now = Date.now();
      for (const key of keys.slice(0, ${WARMUP})) await G.memoryFor(db, key, now);
      const ms = [], highlightMs = [], counts = [];
      for (const key of keys.slice(${WARMUP})) {
        let t0 = performance.now();
        const m = await G.memoryFor(db, key, now);
        ms.push(performance.now() - t0);
        if (m.status !== 'ok') throw new Error('no memory for ' + key);
        t0 = performance.now();
        const h = await G.highlightMemory(db, key);
        highlightMs.push(performance.now() - t0);
        counts.push(h.count);
      }
      db.close();
      return { ms, highlightMs, counts };
    })()`);
    const cardMs = card.ms;
    // The background's side of the entity page and of People & places, on the same database.
    const reads = await browser.inExtension<{
      entityMs: number[];
      detailsMs: number[];
      peopleMs: number[];
    }>(`(async () => {
      const G = globalThis.GlossMemoryBench;
      const db = G.createDb();
      await db.open();
      const entityMs = [], detailsMs = [], peopleMs = [];
      for (let i = 0; i < 6; i++) {
        let t0 = performance.now();
        const start = await G.entityPageStart(db, ${JSON.stringify(seeded.topKey)});
        entityMs.push(performance.now() - t0);
        if (start.times.length !== ${seeded.topArticles}) throw new Error('entity-visit index: ' + start.times.length + ' visits');
        t0 = performance.now();
        await G.entityPageDetails(db, ${JSON.stringify(seeded.topKey)});
        detailsMs.push(performance.now() - t0);
        t0 = performance.now();
        await G.peopleFor(db, Date.now(), 30);
        peopleMs.push(performance.now() - t0);
      }
      db.close();
      return { entityMs: entityMs.slice(1), detailsMs: detailsMs.slice(1), peopleMs: peopleMs.slice(1) };
    })()`);
    const topCardMs = await browser.inExtension<number[]>(`(async () => {
      const G = globalThis.GlossMemoryBench;
      const db = G.createDb();
      await db.open();
      const out = [];
      for (let i = 0; i < 20; i++) { const t0 = performance.now(); await G.memoryFor(db, ${JSON.stringify(seeded.topKey)}, Date.now()); out.push(performance.now() - t0); }
      db.close();
      return out;
    })()`);

    // Gloss's own pages and background: restart on the same profile, then open them.
    await browser.close();
    browser = await launch('chromium', { profileDir });
    // A restarted background first reads every highlight into its search index (seconds at
    // 100,000 on this machine); wait for that, as a reader who opens a page later would.
    await browser.inExtension(`(() => { ${bundle}; globalThis.GlossMemoryBench = GlossMemoryBench; return true; })()`);
    const indexWaitMs = await browser.inExtension<number>(`(async () => {
      const t0 = performance.now();
      await globalThis.GlossMemoryBench.sendMessage('searchHighlights', { text: 'the', filters: {}, sort: 'relevance', offset: 0, limit: 1 });
      return performance.now() - t0;
    })()`);
    const entityPath = `/entity.html?id=${encodeURIComponent(seeded.topKey)}`;
    const entityCheck = `!!document.querySelector('table.articles tbody tr') && !!document.querySelector('figure.timeline svg') && document.body.textContent.includes('in ${seeded.topArticles.toLocaleString('en')} articles')`;
    // Filled in: the rest (highlights, the full list) and the background summary.
    const entitySettled = `!document.querySelector('[aria-busy]')`;
    const [entityFirst] = await marksOf(browser, entityPath, ENTITY_MARKS.painted, entityCheck, [], entitySettled);
    // Where the page's time goes: navigation → its script, → the background's first answer, → painted.
    const entitySteps = [ENTITY_MARKS.scriptStart, ENTITY_MARKS.firstAnswer];
    const entityWarm: number[] = [];
    const entityScript: number[] = [];
    const entityAnswer: number[] = [];
    for (let i = 0; i < PAGE_OPENS; i++) {
      const [painted, script, answer] = await marksOf(
        browser,
        entityPath,
        ENTITY_MARKS.painted,
        entityCheck,
        entitySteps,
        entitySettled,
      );
      entityWarm.push(painted!);
      entityScript.push(script!);
      entityAnswer.push(answer!);
    }
    const peopleCheck = `document.querySelectorAll('ol.people__list li').length > 0`;
    const peopleFirst = await markOf(browser, '/popup.html', POPUP_MARKS.peoplePainted, peopleCheck);
    const peopleWarm: number[] = [];
    for (let i = 0; i < PAGE_OPENS; i++)
      peopleWarm.push(await markOf(browser, '/popup.html', POPUP_MARKS.peoplePainted, peopleCheck));

    if (seeded.articles !== BIG_PROFILE.articles || seeded.highlights !== BIG_PROFILE.highlights)
      throw new Error(`seeding went wrong: ${JSON.stringify(seeded)}`);
    return {
      memory_profile_articles: seeded.articles,
      memory_profile_mentions: seeded.mentions,
      memory_profile_highlights: seeded.highlights,
      memory_profile_entities: seeded.entities,
      memory_most_read_entity_articles: seeded.topArticles,
      memory_card_p50_ms: round(percentile(cardMs, 50)),
      memory_card_p95_ms: round(percentile(cardMs, 95)),
      memory_card_max_ms: round(Math.max(...cardMs)),
      memory_card_most_read_p95_ms: round(percentile(topCardMs, 95)),
      memory_card_quote_p95_ms: round(percentile(card.highlightMs, 95)),
      memory_card_highlight_count_p95: percentile(card.counts, 95),
      memory_entity_page_read_ms: round(median(reads.entityMs)),
      memory_entity_page_details_read_ms: round(median(reads.detailsMs)),
      memory_people_month_read_ms: round(median(reads.peopleMs)),
      memory_background_index_wait_ms: round(indexWaitMs),
      entity_page_first_paint_ms: round(median(entityWarm)),
      entity_page_script_start_ms: round(median(entityScript)),
      entity_page_first_answer_ms: round(median(entityAnswer)),
      entity_page_first_paint_after_restart_ms: round(entityFirst!),
      popup_people_ms: round(median(peopleWarm)),
      popup_people_after_restart_ms: round(peopleFirst),
      memory_summaries_build_ms: round(seeded.summarizeMs),
      memory_storage_bytes_per_article: Math.round((seeded.usageHistory - seeded.usage0) / seeded.articles),
      memory_profile_bytes: Math.round(seeded.usageAll - seeded.usage0),
    };
  } finally {
    await browser.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('memory.ts')) {
  benchMemory().then(
    (figures) => {
      for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(44)} ${v}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
