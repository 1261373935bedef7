// Scores the shipped NER model on any CoNLL file (`npm run eval:ner -- file.conll`).
// Each document's text is rebuilt from its tokens (joined by spaces, sentences by
// "\n") and run through exactly recognize(), coreference included; predicted
// character spans are mapped back onto the file's tokens and scored as conlleval
// does (exact span + type). The last line is `PER+LOC F1 0.xxxx`.
//
// Usage: tsx scripts/eval-ner.ts <file.conll> [--model path] [--errors N]

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { charSpansToTokenSpans, documentText, formatScores, microScore, readConll, scoreSpans } from '../utils/entities/conll';
import { decodeModel, recognize } from '../utils/entities/index';
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
const gold: TokenSpan[][] = [];
const pred: TokenSpan[][] = [];
const errors: string[] = [];
let tokens = 0;
const t0 = performance.now();
for (const d of docs) {
  const dt = documentText(d);
  tokens += dt.starts.length;
  const r = recognize(dt.text, model);
  const p = charSpansToTokenSpans(r.mentions, dt.starts, dt.ends);
  gold.push(dt.spans);
  pred.push(p);
  if (errors.length < showErrors) {
    const show = (s: TokenSpan) => `${dt.text.slice(dt.starts[s.start], dt.ends[s.end - 1])}/${s.type}`;
    const g = new Set(dt.spans.map((s) => `${s.start}:${s.end}:${s.type}`));
    const q = new Set(p.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of dt.spans) if (!q.has(`${s.start}:${s.end}:${s.type}`)) errors.push(`miss ${show(s)}`);
    for (const s of p) if (!g.has(`${s.start}:${s.end}:${s.type}`)) errors.push(`false ${show(s)}`);
  }
}
const ms = performance.now() - t0;
const table = scoreSpans(gold, pred);
if (errors.length) console.log(errors.slice(0, showErrors).join('\n') + '\n');
console.log(`${file}: ${docs.length} documents, ${tokens} tokens, ${(tokens / (ms / 1000)).toFixed(0)} tokens/s`);
console.log(`model ${modelPath}`);
console.log(formatScores(table));
console.log(`PER+LOC F1 ${microScore(table, ['PER', 'LOC']).f1.toFixed(4)}`);
