// Highlight search benchmark in Node: 100,000 seeded highlights (5,000 pages, 2,000
// entities), 200 queries typed the way a person types them, index vs naive scan, index
// build time, snapshot size and restore time. The same figures are measured again in
// Chromium by the browser benchmark; these are the design-time numbers in docs/search.md.
//
// Usage: npx tsx bench/search.ts
import { performance } from 'node:perf_hooks';
import { makeSeedData, prng } from '../scripts/seed-highlights';
import type { Highlight } from '../utils/model/types';
import { HighlightIndex, type SearchSnapshot } from '../utils/search/highlight-index';
import { tokenize } from '../utils/search/normalize';
import { scanSearch } from '../utils/search/scan';
import type { SearchQuery } from '../utils/search/types';

const HIGHLIGHTS = 100_000;
const PAGES = 5_000;
const ENTITIES = 2_000;
const QUERIES = 200;
/** The scan takes ~1 s per query at 100k; every 10th query is enough to compare. */
const SCAN_EVERY = 10;

/**
 * Queries as a person types them: 1–3 consecutive words of something they saved (a quote
 * or an entity name), earlier words complete, the last cut to a prefix of random length
 * (1 letter up to the whole word); half typed without accents or capitals, half as printed.
 */
export function typedQueries(highlights: Highlight[], count: number, seed: number): string[] {
  const rand = prng(seed);
  const out: string[] = [];
  while (out.length < count) {
    const h = highlights[Math.floor(rand() * highlights.length)]!;
    const source = h.entityNames.length > 0 && rand() < 0.3 ? h.entityNames[0]! : h.quote;
    const words = tokenize(source).map((t) => source.slice(t.start, t.end));
    if (words.length === 0) continue;
    const n = Math.min(words.length, 1 + Math.floor(rand() * 3));
    const at = Math.floor(rand() * (words.length - n + 1));
    const picked = words.slice(at, at + n);
    const last = picked[n - 1]!;
    picked[n - 1] = last.slice(0, 1 + Math.floor(rand() * last.length));
    let text = picked.join(' ');
    if (rand() < 0.5) text = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out.push(text);
  }
  return out;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function query(text: string): SearchQuery {
  return { text, filters: {}, sort: 'relevance', offset: 0, limit: 20 };
}

/** Size of a snapshot as stored: its typed arrays plus its strings as UTF-8. */
export function snapshotBytes(s: SearchSnapshot): number {
  return (
    s.postings.byteLength +
    s.updatedAt.byteLength +
    Buffer.byteLength(s.terms) +
    Buffer.byteLength(JSON.stringify(s.ids))
  );
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Runs the benchmark and returns its figures (milliseconds, bytes, ratio). */
export async function benchSearchNode(): Promise<Record<string, number>> {
  const { highlights } = makeSeedData({ highlights: HIGHLIGHTS, pages: PAGES, entities: ENTITIES, seed: 42 });

  let t = performance.now();
  const index = new HighlightIndex(highlights);
  const buildMs = performance.now() - t;

  const texts = typedQueries(highlights, QUERIES, 7);
  for (const text of texts) index.search(query(text)); // warm up the JIT, as a popup session would
  const searchMs = texts.map((text) => {
    const t0 = performance.now();
    index.search(query(text));
    return performance.now() - t0;
  });

  const sampled = texts.filter((_, i) => i % SCAN_EVERY === 0);
  const scanMs = sampled.map((text) => {
    const t0 = performance.now();
    scanSearch(highlights, query(text));
    return performance.now() - t0;
  });
  const sampledSearchMs = searchMs.filter((_, i) => i % SCAN_EVERY === 0);

  t = performance.now();
  const snapshot = index.toSnapshot();
  const snapshotWriteMs = performance.now() - t;
  // Restore the way the background does on a cold start: snapshot plus the table's rows.
  const loads: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const restored = HighlightIndex.fromSnapshot(snapshot, highlights);
    loads.push(performance.now() - t);
    if (restored.size() !== index.size()) throw new Error('snapshot restore lost highlights');
  }

  return {
    search_node_p50_ms: round(percentile(searchMs, 50)),
    search_node_p95_ms: round(percentile(searchMs, 95)),
    search_node_max_ms: round(Math.max(...searchMs)),
    scan_node_p95_ms: round(percentile(scanMs, 95)),
    search_node_speedup_vs_scan: round(percentile(scanMs, 95) / percentile(sampledSearchMs, 95)),
    search_index_build_ms: round(buildMs),
    search_snapshot_bytes: snapshotBytes(snapshot),
    search_snapshot_write_ms: round(snapshotWriteMs),
    search_snapshot_load_ms: round(percentile(loads, 50)),
    search_heap_mb: round(process.memoryUsage().heapUsed / 1e6),
  };
}

if (process.argv[1]?.endsWith('search.ts')) {
  benchSearchNode().then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
