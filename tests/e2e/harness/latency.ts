// Where a page's time goes, from Gloss's page report (its `trace`): per run, the time from
// navigation start and from Gloss's page run start (DOM ready) to the first mark, and each stage's
// duration; over runs, a table by browser and stage (median, p90). Shared by the sweep
// (scripts/sweep.ts) and the bench's latency section (bench/latency.ts).
import type { PageReport, StageName, StageSpan } from '../../../utils/model/page-report';
import type { BrowserName } from './browsers';

/** One run's latency figures (ms). */
export interface RunLatency {
  /** Navigation start → first mark drawn. */
  first_mark_ms: number;
  /** Content script start → first mark drawn (Gloss's own latency). */
  gloss_latency_ms: number;
  /** Navigation start → the start of Gloss's page run (the DOM ready; the script loads at document_start). */
  script_start_ms: number;
  model: string | null;
  /** Each stage's duration (ms), summed when a stage ran more than once. */
  stages: Partial<Record<StageName, number>>;
  /** The stages themselves (ms since navigation start). */
  spans: StageSpan[];
}

/** The stages in the data flow's order (the table's rows). */
export const STAGE_ORDER: StageName[] = [
  'settings',
  'idle',
  'gate',
  'serialize',
  'handOver',
  'wake',
  'offscreen',
  'parse',
  'answer',
  'clone',
  'map',
  'recognizeSend',
  'modelLoad',
  'recognize',
  'recognizeReturn',
  'draw',
];

/** The run's latency, or null when the report has no trace or nothing was marked. */
export function runLatency(r: PageReport | null): RunLatency | null {
  if (r?.status !== 'article' || !r.trace || r.trace.firstMark === null) return null;
  const t = r.trace;
  const stages: Partial<Record<StageName, number>> = {};
  for (const s of t.stages) stages[s.stage] = round((stages[s.stage] ?? 0) + (s.end - s.start));
  return {
    first_mark_ms: round(t.firstMark!),
    gloss_latency_ms: round(t.firstMark! - t.scriptStart),
    script_start_ms: round(t.scriptStart),
    model: t.model,
    stages,
    spans: t.stages.map((s) => ({ stage: s.stage, start: round(s.start), end: round(s.end) })),
  };
}

const round = (x: number) => Math.round(x * 10) / 10;

/** The q-quantile (nearest rank) of xs; null when empty. */
export function quantile(xs: number[], q: number): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export interface LatencyRow {
  browser: BrowserName;
  runs: number;
  /** Per stage and for the totals: median and p90 (ms). */
  cells: Record<string, { median: number | null; p90: number | null }>;
}

/** Medians and p90s per browser: the totals and each stage (a stage that did not run counts as absent). */
export function latencyTable(runs: Array<{ browser: BrowserName; latency: RunLatency | null }>): LatencyRow[] {
  const browsers = [...new Set(runs.map((r) => r.browser))];
  return browsers.map((browser) => {
    const mine = runs.filter((r) => r.browser === browser && r.latency).map((r) => r.latency!);
    const cells: LatencyRow['cells'] = {};
    const put = (key: string, xs: number[]) => {
      cells[key] = { median: quantile(xs, 0.5), p90: quantile(xs, 0.9) };
    };
    put(
      'first_mark',
      mine.map((l) => l.first_mark_ms),
    );
    put(
      'gloss_latency',
      mine.map((l) => l.gloss_latency_ms),
    );
    put(
      'script_start',
      mine.map((l) => l.script_start_ms),
    );
    for (const stage of STAGE_ORDER) {
      const xs = mine.map((l) => l.stages[stage]).filter((x): x is number => x !== undefined);
      if (xs.length > 0) put(stage, xs);
    }
    return { browser, runs: mine.length, cells };
  });
}

/** The table as Markdown: one row per stage, median / p90 per browser. */
export function formatLatencyTable(rows: LatencyRow[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.cells)))];
  const head = `| stage | ${rows.map((r) => `${r.browser} median | ${r.browser} p90`).join(' | ')} |`;
  const rule = `|---|${rows.map(() => '---:|---:').join('|')}|`;
  const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '–' : String(Math.round(x)));
  const lines = keys.map(
    (k) => `| ${k} | ${rows.map((r) => `${fmt(r.cells[k]?.median)} | ${fmt(r.cells[k]?.p90)}`).join(' | ')} |`,
  );
  return [head, rule, ...lines, `| runs | ${rows.map((r) => `${r.runs} | `).join(' | ')} |`].join('\n');
}
