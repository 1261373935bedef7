// Builds hierarchical word clusters from the unlabelled Wikipedia text in
// ../shared/data/text (`npm run build:clusters`), the cheap stand-in for Brown
// clusters (Ratinov & Roth 2009) that fits a shared 2-core machine: every frequent
// word is a sparse vector of positive PMI with its left and right neighbours among
// the most frequent words, and the vocabulary is split top-down by spherical 2-means
// into a binary tree. A word's path in the tree ("0110…", up to MAX_DEPTH bits) is
// used like a Brown path: its prefixes are features (utils/entities/word-clusters.ts).
//
// Tokens come from the engine's own tokenizer, case kept, digits folded to 0, so the
// table keys are the strings the tagger looks up. Deterministic: sorted inputs, ties
// broken by string order, centroids seeded from fixed members, no randomness; two runs
// write identical bytes (sha256 printed). Output (gitignored cache):
// .cache/clusters/clusters.tsv, one "path<TAB>word<TAB>count" line per word, most
// frequent first.
//
// Flags: --vocab N (words clustered, default 100000), --contexts N (context words per
// side, default 500), --depth N (default 14 bits), --out F.

import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { clusterKey } from '../utils/entities/word-clusters';
import { tokenize } from '../utils/entities/tokenizer';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEXT = process.env.NER_TEXT_DIR ?? resolve(ROOT, '../shared/data/text');
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const VOCAB = Number(opt('--vocab') ?? 100000);
const CONTEXTS = Number(opt('--contexts') ?? 500);
const MAX_DEPTH = Number(opt('--depth') ?? 14);
/** Nodes smaller than this are not split further. */
const MIN_NODE = 4;
const ITERATIONS = 8;
const OUT = resolve(opt('--out') ?? resolve(ROOT, '.cache/clusters/clusters.tsv'));

const t0 = performance.now();
const log = (s: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${s}`);

// ---- read and intern the text ------------------------------------------------------

const ids = new Map<string, number>();
const words: string[] = [];
let stream = new Int32Array(1 << 24);
let len = 0;
const BOUNDARY = -1;
function push(id: number) {
  if (len === stream.length) {
    const s = new Int32Array(stream.length * 2);
    s.set(stream);
    stream = s;
  }
  stream[len++] = id;
}

async function readFile(path: string) {
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    for (const t of tokenize(line)) {
      const k = clusterKey(t.text);
      let id = ids.get(k);
      if (id === undefined) {
        id = words.length;
        ids.set(k, id);
        words.push(k);
      }
      push(id);
    }
    push(BOUNDARY);
  }
}

const files = readdirSync(TEXT)
  .filter((f) => f.endsWith('.txt.gz'))
  .sort();
for (const f of files) {
  await readFile(resolve(TEXT, f));
  log(`read ${f}: ${len} tokens so far, ${words.length} distinct`);
}

// ---- vocabulary and context words ---------------------------------------------------

const counts = new Float64Array(words.length);
for (let i = 0; i < len; i++) if (stream[i] >= 0) counts[stream[i]]++;
const byFreq = words.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || (words[a] < words[b] ? -1 : 1));
const V = Math.min(VOCAB, byFreq.length);
const C = Math.min(CONTEXTS, byFreq.length);
const row = new Int32Array(words.length).fill(-1); // word id -> vocabulary row
for (let r = 0; r < V; r++) row[byFreq[r]] = r;
const ctxOf = new Int32Array(words.length).fill(-1); // word id -> context index
for (let c = 0; c < C; c++) ctxOf[byFreq[c]] = c;
log(`vocabulary ${V} words (least frequent seen ${counts[byFreq[V - 1]]} times), ${C} context words per side`);

// Co-occurrence: dimension c = left neighbour c, C + c = right neighbour c. A sentence
// boundary is context 2C-… : one extra dimension per side.
const D = 2 * C + 2;
// dense per-row accumulation would be V × D floats (~400 MB at the defaults); sparse
// rows are built in blocks of rows instead.
const BLOCK = 20000;
const rowsNnz: { idx: Int32Array; val: Float32Array }[] = new Array(V);
for (let b0 = 0; b0 < V; b0 += BLOCK) {
  const b1 = Math.min(V, b0 + BLOCK);
  const dense = new Float32Array((b1 - b0) * D);
  for (let i = 0; i < len; i++) {
    const w = stream[i];
    if (w < 0) continue;
    const r = row[w];
    if (r < b0 || r >= b1) continue;
    const base = (r - b0) * D;
    const l = i > 0 ? stream[i - 1] : BOUNDARY;
    const rt = i + 1 < len ? stream[i + 1] : BOUNDARY;
    const lc = l < 0 ? 2 * C : ctxOf[l];
    const rc = rt < 0 ? 2 * C + 1 : ctxOf[rt] >= 0 ? C + ctxOf[rt] : -1;
    if (lc >= 0) dense[base + lc]++;
    if (rc >= 0) dense[base + rc]++;
  }
  for (let r = b0; r < b1; r++) {
    const base = (r - b0) * D;
    let nnz = 0;
    for (let d = 0; d < D; d++) if (dense[base + d] > 0) nnz++;
    const idx = new Int32Array(nnz);
    const val = new Float32Array(nnz);
    let k = 0;
    for (let d = 0; d < D; d++) {
      if (dense[base + d] > 0) {
        idx[k] = d;
        val[k++] = dense[base + d];
      }
    }
    rowsNnz[r] = { idx, val };
  }
  log(`co-occurrence rows ${b1}/${V}`);
}

// Positive PMI, then unit length. Column totals over the vocabulary rows.
const colTotal = new Float64Array(D);
const rowTotal = new Float64Array(V);
for (let r = 0; r < V; r++) {
  const { idx, val } = rowsNnz[r];
  for (let k = 0; k < idx.length; k++) {
    colTotal[idx[k]] += val[k];
    rowTotal[r] += val[k];
  }
}
// The context distribution is smoothed (^0.75, as in word2vec), which keeps rare
// contexts from dominating the PMI of rare words.
const ctxP = new Float64Array(D);
let smoothTotal = 0;
for (let d = 0; d < D; d++) smoothTotal += colTotal[d] ** 0.75;
for (let d = 0; d < D; d++) ctxP[d] = colTotal[d] ** 0.75 / smoothTotal;
for (let r = 0; r < V; r++) {
  const { idx, val } = rowsNnz[r];
  let norm = 0;
  for (let k = 0; k < idx.length; k++) {
    const pmi = Math.log(val[k] / rowTotal[r] / ctxP[idx[k]]);
    val[k] = Math.max(pmi, 0);
    norm += val[k] * val[k];
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < idx.length; k++) val[k] /= norm;
}
log('PPMI vectors built');

// ---- top-down spherical 2-means -----------------------------------------------------

const paths = new Array<string>(V).fill('');
function dot(r: number, c: Float64Array): number {
  const { idx, val } = rowsNnz[r];
  let s = 0;
  for (let k = 0; k < idx.length; k++) s += val[k] * c[idx[k]];
  return s;
}
function centroid(members: Int32Array): Float64Array {
  const c = new Float64Array(D);
  for (const r of members) {
    const { idx, val } = rowsNnz[r];
    for (let k = 0; k < idx.length; k++) c[idx[k]] += val[k];
  }
  let n = 0;
  for (let d = 0; d < D; d++) n += c[d] * c[d];
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < D; d++) c[d] /= n;
  return c;
}
function split(members: Int32Array, depth: number, path: string) {
  for (const r of members) paths[r] = path;
  if (depth >= MAX_DEPTH || members.length < MIN_NODE) return;
  // Seeds: the node's most frequent member (members are in frequency order) and the
  // member least similar to the node's centroid, so the split is deterministic.
  const mean = centroid(members);
  let far = members[members.length - 1];
  let farSim = Infinity;
  for (const r of members) {
    const s = dot(r, mean);
    if (s < farSim) {
      farSim = s;
      far = r;
    }
  }
  let c0 = centroid(Int32Array.of(members[0]));
  let c1 = centroid(Int32Array.of(far));
  let side = new Uint8Array(members.length);
  for (let it = 0; it < ITERATIONS; it++) {
    let changed = 0;
    for (let k = 0; k < members.length; k++) {
      const s = dot(members[k], c1) > dot(members[k], c0) ? 1 : 0;
      if (s !== side[k]) changed++;
      side[k] = s;
    }
    const a = members.filter((_, k) => side[k] === 0);
    const b = members.filter((_, k) => side[k] === 1);
    if (!a.length || !b.length) {
      // degenerate: split by frequency halves
      side = Uint8Array.from(members, (_, k) => (k < members.length / 2 ? 0 : 1));
      break;
    }
    c0 = centroid(a);
    c1 = centroid(b);
    if (it > 0 && changed === 0) break;
  }
  split(
    members.filter((_, k) => side[k] === 0),
    depth + 1,
    `${path}0`,
  );
  split(
    members.filter((_, k) => side[k] === 1),
    depth + 1,
    `${path}1`,
  );
}
split(
  Int32Array.from({ length: V }, (_, r) => r),
  0,
  '',
);
const leaves = new Set(paths).size;
log(`tree built: ${leaves} leaves, depth ≤ ${MAX_DEPTH}`);

const lines: string[] = [];
for (let r = 0; r < V; r++) lines.push(`${paths[r] || '0'}\t${words[byFreq[r]]}\t${counts[byFreq[r]]}`);
const out = `${lines.join('\n')}\n`;
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, out);
const seconds = (performance.now() - t0) / 1000;
log(`wrote ${OUT}: ${V} words, sha256 ${createHash('sha256').update(out).digest('hex')}`);
console.log(`clustering time ${seconds.toFixed(1)} s (${len} tokens read from ${files.length} files)`);
