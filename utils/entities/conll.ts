// CoNLL reader and conlleval-style scorer. The reader takes 2-column (token, tag) or
// 4-column (token, POS, chunk, tag) files in IOB1 or IOB2, with `-DOCSTART-` lines
// anywhere (CoNLL-2003 as shipped here has its first one at the end of the file).
// The scorer counts exact span + type matches, as conlleval does.

import { iobToSpans, spanKey, type TokenSpan } from './spans';

export interface ConllSentence {
  tokens: string[];
  /** NER tags as written in the file (last column). */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Parses a CoNLL file into documents of sentences. Empty documents are dropped. */
export function readConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: ConllSentence = { tokens: [], tags: [] };
  const endSentence = () => {
    if (sent.tokens.length) doc.sentences.push(sent);
    sent = { tokens: [], tags: [] };
  };
  const endDocument = () => {
    endSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endDocument();
      continue;
    }
    if (cols.length < 2) throw new Error(`CoNLL line without a tag: "${line}"`);
    sent.tokens.push(cols[0]);
    sent.tags.push(cols[cols.length - 1]);
  }
  endDocument();
  return docs;
}

/** Spans of one sentence, decoded from IOB1 or IOB2 tags. */
export function sentenceSpans(sentence: ConllSentence): TokenSpan[] {
  return iobToSpans(sentence.tags);
}

export interface TypeScore {
  type: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreTable {
  byType: TypeScore[];
  overall: TypeScore;
}

function score(type: string, tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, tp, fp, fn, precision, recall, f1 };
}

/**
 * Exact span + type scoring over aligned lists of gold and predicted spans (one
 * list per sentence or document; span coordinates only need to agree within a pair).
 */
export function scoreSpans(gold: readonly TokenSpan[][], pred: readonly TokenSpan[][]): ScoreTable {
  if (gold.length !== pred.length) throw new Error('gold and predicted lists differ in length');
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i].map(spanKey));
    const p = new Set(pred[i].map(spanKey));
    for (const s of gold[i]) get(s.type)[p.has(spanKey(s)) ? 'tp' : 'fn']++;
    for (const s of pred[i]) if (!g.has(spanKey(s))) get(s.type).fp++;
  }
  const byType = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, c]) => score(t, c.tp, c.fp, c.fn));
  const sum = (k: 'tp' | 'fp' | 'fn', ts: TypeScore[]) => ts.reduce((n, s) => n + s[k], 0);
  return { byType, overall: score('ALL', sum('tp', byType), sum('fp', byType), sum('fn', byType)) };
}

/** Micro-averaged score over a subset of types (e.g. PER+LOC). */
export function microScore(table: ScoreTable, types: readonly string[]): TypeScore {
  const ts = table.byType.filter((s) => types.includes(s.type));
  const tp = ts.reduce((n, s) => n + s.tp, 0);
  const fp = ts.reduce((n, s) => n + s.fp, 0);
  const fn = ts.reduce((n, s) => n + s.fn, 0);
  return score(types.join('+'), tp, fp, fn);
}

/** conlleval-like text table: one row per type, then the overall row. */
export function formatScores(table: ScoreTable): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const row = (s: TypeScore) =>
    `${s.type.padEnd(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.tp + s.fn).padStart(6)} ${String(s.tp + s.fp).padStart(6)}`;
  return ['type  prec.% recall%    F1%     gold   pred', ...table.byType.map(row), row(table.overall)].join('\n');
}

/** A CoNLL document rebuilt as text: tokens joined by spaces, sentences by "\n". */
export interface DocumentText {
  text: string;
  /** Character offsets of every token, in document order. */
  starts: number[];
  ends: number[];
  /** Gold spans over document-level token indices. */
  spans: TokenSpan[];
}

/** Rebuilds a document's text the way eval and training feed it to recognize(). */
export function documentText(doc: ConllDocument): DocumentText {
  const starts: number[] = [];
  const ends: number[] = [];
  const spans: TokenSpan[] = [];
  let text = '';
  let base = 0;
  doc.sentences.forEach((s, si) => {
    if (si > 0) text += '\n';
    s.tokens.forEach((t, ti) => {
      if (ti > 0) text += ' ';
      starts.push(text.length);
      text += t;
      ends.push(text.length);
    });
    for (const sp of sentenceSpans(s)) spans.push({ start: sp.start + base, end: sp.end + base, type: sp.type });
    base += s.tokens.length;
  });
  return { text, starts, ends, spans };
}

/**
 * Maps character spans onto a tokenization: a span covers every token it overlaps.
 * Spans that overlap no token are dropped.
 */
export function charSpansToTokenSpans(
  spans: readonly { start: number; end: number; type: string }[],
  starts: readonly number[],
  ends: readonly number[],
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    // binary search for the first token ending after s.start
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= s.start) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < starts.length && starts[end] < s.end) end++;
    if (end > lo) out.push({ start: lo, end, type: s.type });
  }
  return out;
}
