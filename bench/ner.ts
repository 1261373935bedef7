// Entity-engine benchmark in Node: Gloss's recognize() against compromise (people(),
// places(), organizations()) on the same text in the same run — the CoNLL-2003 dev
// documents rebuilt as plain text, plus the seed article — several repetitions, the
// median taken. Also the model file's size (raw, gzipped) and decodeModel() time.
// The figures are the ones quoted in docs/entity-engine.md.
//
// Usage: npx tsx bench/ner.ts

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { documentText, readConll } from '../utils/entities/conll';
import { decodeModel, recognize } from '../utils/entities/index';
import { tokenize } from '../utils/entities/tokenizer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.NER_DATA_DIR ?? resolve(ROOT, '../shared/data/ner');
const SEED = resolve(ROOT, '../shared/fixtures/seed/article.txt');
// NER_MODEL benchmarks another model file (a candidate) in the same way.
const MODEL = resolve(process.env.NER_MODEL ?? resolve(ROOT, 'public/models/ner-en.bin'));
const REPS = 7;
const WARMUP = 2;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The benchmark texts: dev documents (a slice, to keep compromise's runs short) and the seed article. */
function texts(): string[] {
  const out: string[] = [];
  try {
    const docs = readConll(readFileSync(resolve(DATA, 'conll2003-dev.txt'), 'utf8'));
    for (const d of docs.slice(0, 60)) out.push(documentText(d).text);
  } catch {
    // data folder absent: the seed article alone still gives comparable figures
  }
  try {
    out.push(readFileSync(SEED, 'utf8'));
  } catch {
    /* optional */
  }
  if (!out.length) throw new Error('no benchmark text found (shared/data/ner or shared/fixtures/seed)');
  return out;
}

/**
 * Median times of two workloads, their repetitions interleaved so that load from
 * elsewhere on the machine falls on both alike. Warm-up runs first: JIT compilation
 * and lazy initialisation are not what we compare.
 */
function timePair(a: () => void, b: () => void): [number, number] {
  for (let r = 0; r < WARMUP; r++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < REPS; r++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  return [median(ta), median(tb)];
}

export async function benchNer(): Promise<Record<string, number>> {
  const bytes = new Uint8Array(readFileSync(MODEL));
  const loadTimes: number[] = [];
  let model = decodeModel(bytes);
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    model = decodeModel(bytes);
    loadTimes.push(performance.now() - t0);
  }
  const docs = texts();
  // One token count for both engines: ours, so the two rates are comparable.
  const tokens = docs.reduce((n, t) => n + tokenize(t).length, 0);
  const [oursMs, compromiseMs] = timePair(
    () => {
      for (const t of docs) recognize(t, model);
    },
    () => {
      for (const t of docs) {
        const doc = nlp(t);
        doc.people().out('offset');
        doc.places().out('offset');
        doc.organizations().out('offset');
      }
    },
  );
  const ner = tokens / (oursMs / 1000);
  const comp = tokens / (compromiseMs / 1000);
  return {
    ner_tokens: tokens,
    ner_tokens_per_s: Math.round(ner),
    compromise_tokens_per_s: Math.round(comp),
    ner_speedup_vs_compromise: Number((ner / comp).toFixed(2)),
    ner_model_bytes: bytes.length,
    ner_model_bytes_gz: gzipSync(bytes, { level: 9 }).length,
    ner_model_load_ms: Number(median(loadTimes).toFixed(2)),
  };
}

if (process.argv[1]?.endsWith('ner.ts')) {
  benchNer().then(
    (r) => {
      for (const [k, v] of Object.entries(r)) console.log(`${k} ${v}`);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
