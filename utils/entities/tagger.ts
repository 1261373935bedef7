// Greedy left-to-right decoding of a document with a linear model: for each token,
// sum the weight rows of its features (static, non-local, and the labels chosen so
// far), then take the best label that keeps the BILOU sequence well formed. The same
// loop serves training (perceptron.ts) and run time.

import { ALLOWED, CAN_END, NUM_LABELS } from './labels';
import { dynamicFeatures, MAX_DYNAMIC, START, type DocContext, type FeatureMatrix } from './features';

/**
 * Open-addressing map from a 32-bit feature hash to a weight row. Each slot is a (key, row)
 * pair side by side in one Int32Array, so a probe reads one cache line, not two; keys are
 * the hashes wrapped to int32, since a Uint32Array value above 2^31 reads as a double, which
 * can take SpiderMonkey off its integer path. Measured in one paired run (both builds in one
 * page, alternating per text): Firefox's tagging took 1.74× Chromium's time before, 1.58× after.
 */
export class HashIndex {
  /** slots[2s] = key (int32), slots[2s + 1] = row, or -1 when the slot is empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let cap = 1024;
    while (cap < capacity * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    for (let i = 1; i < this.slots.length; i += 2) this.slots[i] = -1;
    this.mask = cap - 1;
  }

  /** Row of `hash`, or -1. */
  get(hash: number): number {
    const key = hash | 0;
    const slots = this.slots;
    let slot = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const r = slots[2 * slot + 1];
      if (r < 0 || slots[2 * slot] === key) return r;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Inserts `hash` with the next free row if absent; returns its row. */
  add(hash: number): number {
    const key = hash | 0;
    const slots = this.slots;
    let slot = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const r = slots[2 * slot + 1];
      if (r < 0) {
        slots[2 * slot] = key;
        slots[2 * slot + 1] = this.size;
        return this.size++;
      }
      if (slots[2 * slot] === key) return r;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Every (hash as u32, row) pair, in slot order. */
  entries(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.slots.length; i += 2)
      if (this.slots[i + 1] >= 0) out.push([this.slots[i] >>> 0, this.slots[i + 1]]);
    return out;
  }
}

/**
 * A linear model: feature index plus weights[row * NUM_LABELS + label]. A shipped
 * model stores one code byte per weight and a 256-entry codebook of their values.
 */
export interface LinearModel {
  index: HashIndex;
  weights: Float32Array | Float64Array | Uint8Array;
  codebook?: Float32Array;
}

/** Called after each token when training: (token, predicted, rows of its features). */
export type UpdateHook = (i: number, predicted: number, rows: Int32Array, nRows: number) => void;

/**
 * Labels every token of `ctx` greedily, writing label ids into `out`. `extra` holds
 * second-pass (non-local) features, or null in the first pass.
 */
export function decodeGreedy(
  ctx: DocContext,
  stat: FeatureMatrix,
  extra: FeatureMatrix | null,
  model: LinearModel,
  out: Uint8Array,
  onToken?: UpdateHook,
): void {
  // Imported bindings copied to locals: module bindings may compile to getters
  // (CommonJS interop in tests and tsx), which costs on a per-token path.
  const L = NUM_LABELS;
  const allowed = ALLOWED;
  const canEnd = CAN_END;
  const dynamic = dynamicFeatures;
  const start = START;
  const scores = new Float64Array(L);
  const dyn = new Int32Array(MAX_DYNAMIC);
  const maxFeats = 256;
  let rows = new Int32Array(maxFeats);
  const { index, weights } = model;
  const cb = model.codebook;
  for (const s of ctx.sentences) {
    let y1 = start;
    let y2 = start;
    for (let i = s.start; i < s.end; i++) {
      scores.fill(0);
      let nr = 0;
      const need =
        stat.offsets[i + 1] - stat.offsets[i] + (extra ? extra.offsets[i + 1] - extra.offsets[i] : 0) + MAX_DYNAMIC;
      if (need > rows.length) rows = new Int32Array(need * 2);
      for (let k = stat.offsets[i], e = stat.offsets[i + 1]; k < e; k++) {
        const r = index.get(stat.hashes[k]);
        if (r >= 0) rows[nr++] = r;
      }
      if (extra) {
        for (let k = extra.offsets[i], e = extra.offsets[i + 1]; k < e; k++) {
          const r = index.get(extra.hashes[k]);
          if (r >= 0) rows[nr++] = r;
        }
      }
      const nd = dynamic(ctx, i, y1, y2, dyn, 0);
      for (let k = 0; k < nd; k++) {
        const r = index.get(dyn[k]);
        if (r >= 0) rows[nr++] = r;
      }
      if (cb) {
        for (let k = 0; k < nr; k++) {
          const base = rows[k] * L;
          for (let l = 0; l < L; l++) scores[l] += cb[weights[base + l]];
        }
      } else {
        for (let k = 0; k < nr; k++) {
          const base = rows[k] * L;
          for (let l = 0; l < L; l++) scores[l] += weights[base + l];
        }
      }
      const last = i === s.end - 1;
      const allowedBase = y1 * L;
      let best = -1;
      let bestScore = -Infinity;
      for (let l = 0; l < L; l++) {
        if (!allowed[allowedBase + l]) continue;
        if (last && !canEnd[l]) continue;
        if (scores[l] > bestScore) {
          bestScore = scores[l];
          best = l;
        }
      }
      out[i] = best;
      if (onToken) onToken(i, best, rows, nr);
      y2 = y1;
      y1 = best;
    }
  }
}
