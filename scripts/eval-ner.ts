// Scores the shipped NER model on any CoNLL file (`npm run eval:ner -- file.conll`).
// Each document's text is rebuilt from its tokens (joined by spaces, sentences by
// "\n") and run through exactly recognize(), coreference included; predicted
// character spans are mapped back onto the file's tokens and scored as conlleval
// does (exact span + type), by utils/entities/evaluate.ts, which the wikigold
// cross-validation in train-ner.ts uses too. The last line is `PER+LOC F1 0.xxxx`.
//
// Usage: tsx scripts/eval-ner.ts <file.conll> [--model path] [--errors N]

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatScores, microScore, readConll } from '../utils/entities/conll';
import { recognizeDocuments, scoreDocuments } from '../utils/entities/evaluate';
import { decodeModel } from '../utils/entities/index';
import type { TokenSpan } from '../utils/entities/spans';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const modelPath = resolve(opt('--model') ?? resolve(ROOT, 'public/models/ner-en.bin'));
const showErrors = Number(opt('--errors') ?? 0);
const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (!file) {
  console.error('usage: npm run eval:ner -- <file.conll> [--model path] [--errors N]');
  process.exit(2);
}

const model = decodeModel(new Uint8Array(readFileSync(modelPath)));
const docs = readConll(readFileSync(file, 'utf8'));
const t0 = performance.now();
const scored = recognizeDocuments(docs, model);
const errors: string[] = [];
const tokens = scored.reduce((n, d) => n + d.starts.length, 0);
for (const d of scored) {
  if (errors.length >= showErrors) break;
  const show = (s: TokenSpan) => `${d.text.slice(d.starts[s.start], d.ends[s.end - 1])}/${s.type}`;
  const g = new Set(d.gold.map((s) => `${s.start}:${s.end}:${s.type}`));
  const q = new Set(d.pred.map((s) => `${s.start}:${s.end}:${s.type}`));
  for (const s of d.gold) if (!q.has(`${s.start}:${s.end}:${s.type}`)) errors.push(`miss ${show(s)}`);
  for (const s of d.pred) if (!g.has(`${s.start}:${s.end}:${s.type}`)) errors.push(`false ${show(s)}`);
}
const ms = performance.now() - t0;
const table = scoreDocuments(scored);
if (errors.length) console.log(`${errors.slice(0, showErrors).join('\n')}\n`);
console.log(`${file}: ${docs.length} documents, ${tokens} tokens, ${(tokens / (ms / 1000)).toFixed(0)} tokens/s`);
console.log(`model ${modelPath}`);
console.log(formatScores(table));
console.log(`PER+LOC F1 ${microScore(table, ['PER', 'LOC']).f1.toFixed(4)}`);
