// Averaged-perceptron training for the greedy tagger (used by scripts/train-ner.ts,
// never shipped to the browser). Averaging uses the standard trick of keeping, next
// to each weight, the sum of its updates scaled by the time they were made, so the
// average costs nothing per step.

import { mulberry32 } from '../random/mulberry32';
import { NUM_LABELS } from './labels';
import { decodeGreedy, HashIndex, type LinearModel } from './tagger';
import { dynamicFeatures, MAX_DYNAMIC, START, type DocContext, type FeatureMatrix } from './features';

/** One training document: its context, features and gold label ids. */
export interface TrainDoc {
  ctx: DocContext;
  stat: FeatureMatrix;
  extra: FeatureMatrix | null;
  gold: Uint8Array;
}

/**
 * Feature dictionary: every feature seen at least `minCount` times in the training
 * documents with gold label history. Rarer features would only bloat the model.
 */
export function buildIndex(docs: readonly TrainDoc[], minCount: number): HashIndex {
  const counts = new Map<number, number>();
  const bump = (h: number) => counts.set(h, (counts.get(h) ?? 0) + 1);
  const dyn = new Int32Array(MAX_DYNAMIC);
  for (const d of docs) {
    for (const h of d.stat.hashes) bump(h);
    if (d.extra) for (const h of d.extra.hashes) bump(h);
    for (const s of d.ctx.sentences) {
      for (let i = s.start; i < s.end; i++) {
        const y1 = i > s.start ? d.gold[i - 1] : START;
        const y2 = i > s.start + 1 ? d.gold[i - 2] : START;
        const n = dynamicFeatures(d.ctx, i, y1, y2, dyn, 0);
        for (let k = 0; k < n; k++) bump(dyn[k]);
      }
    }
  }
  const keys = [...counts.entries()].filter(([, c]) => c >= minCount).map(([h]) => h);
  keys.sort((a, b) => a - b); // insertion order fixes row numbers: keep it deterministic
  const index = new HashIndex(keys.length);
  for (const k of keys) index.add(k);
  return index;
}

/** Deterministic PRNG (mulberry32) for shuffling documents between epochs. */
export const rng = mulberry32;

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged model, e.g. to score a dev set. */
  onEpoch?: (epoch: number, averaged: LinearModel) => void;
}

/** Trains an averaged perceptron over `docs`; returns the averaged model. */
export function trainPerceptron(docs: readonly TrainDoc[], index: HashIndex, opts: TrainOptions): LinearModel {
  const L = NUM_LABELS;
  const w = new Float64Array(index.size * L);
  const u = new Float64Array(index.size * L); // sum of update * time
  let c = 1;
  const current: LinearModel = { index, weights: w };
  const order = docs.map((_, i) => i);
  const random = rng(opts.seed);
  const averaged = (): LinearModel => {
    const avg = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) avg[k] = w[k] - u[k] / c;
    return { index, weights: avg };
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const di of order) {
      const d = docs[di];
      const out = new Uint8Array(d.gold.length);
      decodeGreedy(d.ctx, d.stat, d.extra, current, out, (i, pred, rows, nr) => {
        const g = d.gold[i];
        if (pred !== g) {
          for (let k = 0; k < nr; k++) {
            const base = rows[k] * L;
            w[base + g] += 1;
            u[base + g] += c;
            w[base + pred] -= 1;
            u[base + pred] -= c;
          }
        }
        c++;
      });
    }
    if (opts.onEpoch) opts.onEpoch(epoch, averaged());
  }
  return averaged();
}
