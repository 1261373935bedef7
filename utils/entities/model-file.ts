// The shipped model file (public/models/ner-en.bin): a small binary container for
// the gazetteers and the two quantized weight tables. Layout, all little-endian:
//   "GLNR" magic, u8 version
//   u32 length + UTF-8 JSON meta (labels, categories, per-stage scale and size)
//   per gazetteer category: u32 length + UTF-8 phrase keys joined by "\n"
//   version 2 with meta.clusters: u32 length + UTF-8 word-cluster lines ("path w w …")
//   per stage: u32 feature count, then three streams, each u32-length-prefixed:
//     sorted feature hashes as varint deltas; per feature a varint bit set of the
//     labels with non-zero weight; the int8 weights of those labels, in order.
// Streams of like values compress far better under gzip than interleaved records.

import type { FeatureSettings } from './features';
import { GAZ_CATEGORIES, buildGazetteer, type Gazetteer } from './gazetteer';
import { LABELS, NUM_LABELS } from './labels';
import { HashIndex, type LinearModel } from './tagger';
import { decodeClusterLines, encodeClusterLines, type ClusterTemplates } from './word-clusters';

const MAGIC = [0x47, 0x4c, 0x4e, 0x52]; // GLNR
/** Version 2 adds the word-cluster table; version 1 files (no clusters) still load. */
const VERSION = 2;

/** The file's meta block; its feature switches (`styles`, `clusterTemplates`) are FeatureSettings. */
export interface ModelMeta extends FeatureSettings {
  labels: string[];
  categories: string[];
  stages: { features: number; minMag: number; maxMag: number }[];
  trainedOn: string;
  /** Words in the cluster table (0 or absent: none). */
  clusters?: number;
  /** What the cluster table was built from, for the record. */
  clustersFrom?: string;
}

/** The decoded model, ready for recognize(). */
export interface LoadedModel {
  meta: ModelMeta;
  gazetteer: Gazetteer;
  /** First pass (local features); second pass (adds non-local features). */
  stages: LinearModel[];
}

/** One quantized stage as written: sorted keys and a row of weight codes per key. */
export interface QuantizedStage {
  keys: Uint32Array;
  /** Codes: 0 is zero, ±k (as int8) is ±minMag·ratio^(k-1). */
  weights: Int8Array;
  minMag: number;
  maxMag: number;
}

/**
 * Log-scale codebook of one stage, indexed by the code byte. Perceptron weights span
 * four orders of magnitude (median ~0.7, largest ~200): a linear int8 scale would
 * round most of them to zero, a log scale keeps every weight within a few percent.
 */
export function codebook(minMag: number, maxMag: number): Float32Array {
  const cb = new Float32Array(256);
  // biome-ignore lint/style/useExponentiationOperator: the codebook must stay bit-identical to the one the shipped model was quantized with
  const ratio = Math.pow(maxMag / minMag, 1 / 126);
  for (let k = 1; k <= 127; k++) {
    // biome-ignore lint/style/useExponentiationOperator: as above
    const v = minMag * Math.pow(ratio, k - 1);
    cb[k] = v;
    cb[256 - k] = -v;
  }
  return cb;
}

/**
 * Quantizes averaged weights to one byte each on a log scale, pruning weights below
 * `minMag` (they barely move a score). Features left with no weight are dropped.
 */
export function quantize(model: LinearModel, minMag: number): QuantizedStage {
  const L = NUM_LABELS;
  const w = model.weights;
  let maxMag = minMag * 2;
  for (let k = 0; k < w.length; k++) maxMag = Math.max(maxMag, Math.abs(w[k]));
  // round to a float32 value so that encode and decode compute the same codebook
  maxMag = Math.fround(maxMag);
  minMag = Math.fround(minMag);
  const logRatio = Math.log(maxMag / minMag) / 126;
  const entries = model.index.entries();
  entries.sort((a, b) => a[0] - b[0]);
  const outKeys: number[] = [];
  const outW: number[] = [];
  const q = new Array<number>(L);
  for (const [key, row] of entries) {
    let any = false;
    for (let l = 0; l < L; l++) {
      const x = w[row * L + l];
      const m = Math.abs(x);
      let v = 0;
      if (m >= minMag) {
        v = Math.min(127, 1 + Math.round(Math.log(m / minMag) / logRatio));
        if (x < 0) v = -v;
        any = true;
      }
      q[l] = v;
    }
    if (!any) continue;
    outKeys.push(key);
    for (let l = 0; l < L; l++) outW.push(q[l]);
  }
  return { keys: Uint32Array.from(outKeys), weights: Int8Array.from(outW), minMag, maxMag };
}

class Writer {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  private ensure(n: number) {
    if (this.length + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.length + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }
  u8(v: number) {
    this.ensure(1);
    this.buf[this.length++] = v & 0xff;
  }
  u32(v: number) {
    this.ensure(4);
    for (let k = 0; k < 4; k++) this.buf[this.length++] = (v >>> (8 * k)) & 0xff;
  }
  varint(v: number) {
    v >>>= 0;
    while (v >= 0x80) {
      this.u8((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.u8(v);
  }
  bytes(b: Uint8Array) {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  block(b: Uint8Array) {
    this.u32(b.length);
    this.bytes(b);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Serializes gazetteer lists and quantized stages into the model file. */
export function encodeModelFile(
  lists: readonly (readonly string[])[],
  stages: readonly QuantizedStage[],
  trainedOn: string,
  clusters: {
    entries: readonly (readonly [string, string])[];
    from: string;
    templates?: ClusterTemplates;
  } = { entries: [], from: '' },
  styles = false,
): Uint8Array {
  const enc = new TextEncoder();
  const w = new Writer();
  for (const b of MAGIC) w.u8(b);
  // Without clusters the file is written as version 1, byte for byte as before round 5.
  const withClusters = clusters.entries.length > 0;
  w.u8(withClusters ? VERSION : 1);
  const meta: ModelMeta = {
    labels: [...LABELS],
    categories: [...GAZ_CATEGORIES],
    stages: stages.map((s) => ({ features: s.keys.length, minMag: s.minMag, maxMag: s.maxMag })),
    trainedOn,
    ...(withClusters ? { clusters: clusters.entries.length, clustersFrom: clusters.from } : {}),
    // written only when not 'full', so round 5's files and their bytes stay as they were
    ...(withClusters && clusters.templates && clusters.templates !== 'full'
      ? { clusterTemplates: clusters.templates }
      : {}),
    ...(styles ? { styles: true } : {}),
  };
  w.block(enc.encode(JSON.stringify(meta)));
  if (lists.length !== GAZ_CATEGORIES.length) throw new Error('one list per gazetteer category');
  for (const list of lists) w.block(enc.encode(list.join('\n')));
  if (withClusters) w.block(enc.encode(encodeClusterLines(clusters.entries)));
  for (const s of stages) {
    const L = NUM_LABELS;
    w.u32(s.keys.length);
    const keys = new Writer();
    const masks = new Writer();
    const vals = new Writer();
    let prev = 0;
    for (let f = 0; f < s.keys.length; f++) {
      keys.varint(s.keys[f] - prev);
      prev = s.keys[f];
      let mask = 0;
      for (let l = 0; l < L; l++) {
        const v = s.weights[f * L + l];
        if (v) {
          mask |= 1 << l;
          vals.u8(v);
        }
      }
      masks.varint(mask);
    }
    w.block(keys.result());
    w.block(masks.result());
    w.block(vals.result());
  }
  return w.result();
}

/** Parses the model file. Throws on a wrong magic number or version. */
export function decodeModelFile(bytes: Uint8Array): LoadedModel {
  let pos = 0;
  for (let k = 0; k < MAGIC.length; k++) {
    if (bytes[pos++] !== MAGIC[k]) throw new Error('not a Gloss NER model file');
  }
  const version = bytes[pos++];
  if (version !== VERSION && version !== 1) throw new Error(`unsupported NER model version ${version}`);
  const u32 = () => {
    const v = (bytes[pos] | (bytes[pos + 1] << 8) | (bytes[pos + 2] << 16) | (bytes[pos + 3] << 24)) >>> 0;
    pos += 4;
    return v;
  };
  const block = () => {
    const n = u32();
    const b = bytes.subarray(pos, pos + n);
    pos += n;
    return b;
  };
  const dec = new TextDecoder();
  const meta = JSON.parse(dec.decode(block())) as ModelMeta;
  if (meta.labels.join() !== LABELS.join()) throw new Error('model labels do not match this engine');
  // Lists are stored in the order of meta.categories; a category this engine knows
  // but the file lacks is empty (older files), one it does not know is skipped.
  const stored = meta.categories ?? [...GAZ_CATEGORIES];
  const byName = new Map<string, string[]>();
  for (const name of stored) {
    const text = dec.decode(block());
    byName.set(name, text ? text.split('\n') : []);
  }
  const lists: string[][] = GAZ_CATEGORIES.map((c) => byName.get(c) ?? []);
  const clusters = version >= 2 ? decodeClusterLines(dec.decode(block())) : new Map<string, number>();
  const stages: LinearModel[] = [];
  const L = NUM_LABELS;
  for (let st = 0; st < meta.stages.length; st++) {
    const n = u32();
    const keys = block();
    const masks = block();
    const vals = block();
    const index = new HashIndex(n);
    const weights = new Uint8Array(n * L);
    // varints decoded inline: this loop runs once per feature at page load
    let kp = 0;
    let mp = 0;
    let vp = 0;
    let key = 0;
    for (let f = 0; f < n; f++) {
      let d = 0;
      let mul = 1;
      for (;;) {
        const byte = keys[kp++];
        d += (byte & 0x7f) * mul;
        if (byte < 0x80) break;
        mul *= 128;
      }
      key = (key + d) >>> 0;
      let mask = 0;
      let shift = 0;
      for (;;) {
        const byte = masks[mp++];
        mask |= (byte & 0x7f) << shift;
        if (byte < 0x80) break;
        shift += 7;
      }
      const base = index.add(key) * L;
      for (let l = 0; mask !== 0; l++, mask >>>= 1) {
        if (mask & 1) weights[base + l] = vals[vp++];
      }
    }
    const sm = meta.stages[st];
    stages.push({ index, weights, codebook: codebook(sm.minMag, sm.maxMag) });
  }
  return { meta, gazetteer: buildGazetteer(lists, clusters), stages };
}
