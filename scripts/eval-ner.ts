// Scores the shipped NER model on CoNLL files (`npm run eval:ner -- FILE…`). Each
// document's text is rebuilt from its tokens (joined by spaces, sentences by "\n")
// and run through exactly recognize(), coreference included; predicted character
// spans are mapped back onto the file's tokens and scored as conlleval does (exact
// span + type), by utils/entities/evaluate.ts, which training's cross-validation uses
// too. Files may have 2, 3 or 4 columns: the last column is the CoNLL type tag.
//
// One file: its conlleval table. Several: a row per file (PER, LOC, ORG F1 and
// PER+LOC F1) and a pooled row (counts added over all files). The last line is always
// `PER+LOC F1 0.xxxx`, pooled over the files given.
//
// Usage: tsx scripts/eval-ner.ts <file.conll>… [--model path] [--errors N] [--table]

import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatScores, microScore, readConll, type ScoreTable } from '../utils/entities/conll';
import { recognizeDocuments, scoreDocuments, type ScoredDocument } from '../utils/entities/evaluate';
import { decodeModel } from '../utils/entities/index';
import { spanKey, type TokenSpan } from '../utils/entities/spans';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { model: { type: 'string' }, errors: { type: 'string' }, table: { type: 'boolean' } },
});
const modelPath = resolve(values.model ?? resolve(ROOT, 'public/models/ner-en.bin'));
const showErrors = Number(values.errors ?? 0);
const fullTables = values.table === true;
if (!files.length) {
  console.error('usage: npm run eval:ner -- <file.conll>… [--model path] [--errors N] [--table]');
  process.exit(2);
}

const t0 = performance.now();
const model = decodeModel(new Uint8Array(readFileSync(modelPath)));
const loadMs = performance.now() - t0;
console.log(`model ${modelPath} (loaded in ${loadMs.toFixed(0)} ms)`);

function errorLines(scored: readonly ScoredDocument[], max: number): string[] {
  const errors: string[] = [];
  for (const d of scored) {
    if (errors.length >= max) break;
    const show = (s: TokenSpan) => `${d.text.slice(d.starts[s.start], d.ends[s.end - 1])}/${s.type}`;
    const g = new Set(d.gold.map(spanKey));
    const q = new Set(d.pred.map(spanKey));
    for (const s of d.gold) if (!q.has(spanKey(s))) errors.push(`miss ${show(s)}`);
    for (const s of d.pred) if (!g.has(spanKey(s))) errors.push(`false ${show(s)}`);
  }
  return errors.slice(0, max);
}

const f1 = (t: ScoreTable, type: string) => {
  const s = t.byType.find((x) => x.type === type);
  return s ? s.f1.toFixed(4) : '     -';
};
const row = (name: string, t: ScoreTable, tokens: number) =>
  `${name.padEnd(34)} ${String(tokens).padStart(7)}  ${f1(t, 'PER')}  ${f1(t, 'LOC')}  ${f1(t, 'ORG')}   ${microScore(t, ['PER', 'LOC']).f1.toFixed(4)}`;

const pooled: ScoredDocument[] = [];
const rows: string[] = [];
for (const file of files) {
  const docs = readConll(readFileSync(file, 'utf8'));
  const t1 = performance.now();
  const scored = recognizeDocuments(docs, model);
  const ms = performance.now() - t1;
  const tokens = scored.reduce((n, d) => n + d.starts.length, 0);
  const table = scoreDocuments(scored);
  pooled.push(...scored);
  if (showErrors) console.log(`${errorLines(scored, showErrors).join('\n')}\n`);
  if (files.length === 1 || fullTables) {
    console.log(`${file}: ${docs.length} documents, ${tokens} tokens, ${(tokens / (ms / 1000)).toFixed(0)} tokens/s`);
    console.log(formatScores(table));
  }
  rows.push(row(basename(file), table, tokens));
}
const table = scoreDocuments(pooled);
if (files.length > 1) {
  console.log(`${'file'.padEnd(34)} ${'tokens'.padStart(7)}  PER F1  LOC F1  ORG F1   PER+LOC F1`);
  for (const r of rows) console.log(r);
  console.log(
    row(
      `pooled (${files.length} files)`,
      table,
      pooled.reduce((n, d) => n + d.starts.length, 0),
    ),
  );
}
console.log(`PER+LOC F1 ${microScore(table, ['PER', 'LOC']).f1.toFixed(4)}`);
