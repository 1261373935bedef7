// Feature extraction for the tagger. Three groups:
//  - static features of a token and its ±2 window (word, shape, affixes, gazetteer
//    and word-list membership, sentence position, document-level capitalization);
//  - dynamic features of the labels already chosen for the previous tokens;
//  - non-local features for the second pass, from the first pass's labels of the
//    same word elsewhere in the document ("Putin" alone is PER because "Vladimir
//    Putin" was tagged PER three sentences earlier).
// Every feature is a 32-bit hash (see hash.ts); the same code runs in training and
// in the browser, so the two can never disagree.

import { COMMON, fold, GAZ_CATEGORIES, GAZ_POS, matchGazetteer, straighten, type Gazetteer } from './gazetteer';
import { feat, feat2, hashInt, hashRange, hashStr, hashU32, seed } from './hash';
import { NUM_LABELS, O, prefixOf, typeOf, TYPES } from './labels';
import { CALENDAR, DEMONYMS, ORG_KEYWORDS, TITLES } from './lexicon';
import { textStyle, type TextStyle } from './text-style';
import type { Sentence, Token } from './tokenizer';
import { lookupCluster, pathPrefix, type ClusterTemplates } from './word-clusters';

/** A tokenized document with the per-token facts every feature group reads. */
export interface DocContext {
  tokens: Token[];
  sentences: Sentence[];
  /** Token text with straight quotes (case kept). */
  raw: string[];
  /** Lowercase, accent-free. */
  folded: string[];
  /** Folded with digits replaced by 0: the word feature. */
  norm: string[];
  shortShape: string[];
  /** hash of norm, reused by dynamic features */
  wordHash: Int32Array;
  shortShapeHash: Int32Array;
  /** 1 for the first token of a sentence (after any opening quote). */
  initial: Uint8Array;
  /** 1 for tokens in a sentence written mostly in capitals (headlines). */
  capsSentence: Uint8Array;
  /** Starts with an uppercase letter. */
  capitalized: Uint8Array;
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /**
   * Document genre: 'S' for sports results and tables (many numbers, sports words),
   * 'N' otherwise. In Reuters sports pages a city is usually a team (ORG); elsewhere
   * it is a place. Conjoining gazetteer features with the genre lets the model learn
   * both, instead of learning "city names are often ORG" everywhere.
   */
  genre: string;
  /** Writing style (text-style.ts): edited prose or social text. */
  style: TextStyle;
}

/** Features of every token of a document, flattened: token i owns hashes[offsets[i]..offsets[i+1]). */
export interface FeatureMatrix {
  offsets: Int32Array;
  hashes: Int32Array;
}

const S = {
  bias: seed('bias'),
  w: seed('w'),
  W: seed('W'),
  s: seed('s'),
  ss: seed('ss'),
  p: [seed('p1'), seed('p2'), seed('p3'), seed('p4')],
  x: [seed('x1'), seed('x2'), seed('x3'), seed('x4')],
  ini: seed('ini|ss'),
  iniW: seed('ini|w'),
  caps: seed('caps|w'),
  capsSs: seed('caps|ss'),
  wm1: seed('w-1'),
  wm2: seed('w-2'),
  wp1: seed('w+1'),
  wp2: seed('w+2'),
  ssm1: seed('ss-1'),
  ssp1: seed('ss+1'),
  ssm1ss: seed('ss-1|ss'),
  ssssp1: seed('ss|ss+1'),
  wm1w: seed('w-1|w'),
  wwp1: seed('w|w+1'),
  g: seed('g'),
  gm1: seed('g-1'),
  gp1: seed('g+1'),
  lex: seed('lex'),
  lexm1: seed('lex-1'),
  lexm2: seed('lex-2'),
  lexp1: seed('lex+1'),
  lexp2: seed('lex+2'),
  dc: seed('dc'),
  cw: seed('cw'),
  cwm1: seed('cw-1'),
  cwp1: seed('cw+1'),
  y1: seed('y1'),
  y2y1: seed('y2|y1'),
  y1w: seed('y1|w'),
  y1ss: seed('y1|ss'),
  s1: seed('s1'),
  s1m1: seed('s1-1|s1'),
  s1p1: seed('s1|s1+1'),
  nlt: seed('nlt'),
  nlp: seed('nlp'),
  nlo: seed('nlO'),
  nltw: seed('nlt|ss'),
  c: [seed('c4'), seed('c6'), seed('c10'), seed('c14')],
  cm1: [seed('c6-1'), seed('c10-1')],
  cp1: [seed('c6+1'), seed('c10+1')],
  cm2: seed('c6-2'),
  cp2: seed('c6+2'),
  cCase: seed('c10|case'),
  gl: seed('glower'),
};

/** Path prefixes of a word cluster used as features (Ratinov & Roth use 4/6/10/20 of Brown's). */
const CLUSTER_PREFIXES = [4, 6, 10, 14];

const DIGITS = /\d/g;

function shapeOf(s: string, collapse: boolean): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch.toUpperCase()) c = ch === ch.toLowerCase() ? 'x' : 'X';
    else c = ch;
    if (collapse && c === last) continue;
    out += c;
    last = c;
    if (out.length >= 10) break;
  }
  return out;
}

/** Tokens that can precede a sentence's first word: quotes, brackets, bullets, "##". */
const OPENER = /^["'([\-«]$/u;

/** Builds the per-token facts of a tokenized document. */
export function buildContext(tokens: Token[], sentences: Sentence[]): DocContext {
  const n = tokens.length;
  const raw = new Array<string>(n);
  const folded = new Array<string>(n);
  const norm = new Array<string>(n);
  const shortShape = new Array<string>(n);
  const wordHash = new Int32Array(n);
  const shortShapeHash = new Int32Array(n);
  const initial = new Uint8Array(n);
  const capsSentence = new Uint8Array(n);
  const capitalized = new Uint8Array(n);
  const sentenceOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = straighten(tokens[i].text);
    raw[i] = r;
    const f = fold(r);
    folded[i] = f;
    norm[i] = f.replace(DIGITS, '0');
    shortShape[i] = shapeOf(r, true);
    wordHash[i] = hashStr(0x811c9dc5, norm[i]);
    shortShapeHash[i] = hashStr(0x811c9dc5, shortShape[i]);
    const c = r.charAt(0);
    capitalized[i] = c !== c.toLowerCase() ? 1 : 0;
  }
  sentences.forEach((s, si) => {
    let upper = 0;
    let lower = 0;
    for (let i = s.start; i < s.end; i++) {
      sentenceOf[i] = si;
      const r = raw[i];
      if (r === r.toLowerCase()) {
        if (r !== r.toUpperCase()) lower++;
      } else if (r === r.toUpperCase()) upper++;
      else lower++;
    }
    const caps = upper >= 2 && upper > 2 * lower ? 1 : 0;
    let first = s.start;
    while (first < s.end - 1 && OPENER.test(raw[first])) first++;
    initial[first] = 1;
    if (caps) for (let i = s.start; i < s.end; i++) capsSentence[i] = 1;
  });
  return {
    genre: genreOf(folded),
    style: textStyle(raw, sentences),
    tokens,
    sentences,
    raw,
    folded,
    norm,
    shortShape,
    wordHash,
    shortShapeHash,
    initial,
    capsSentence,
    capitalized,
    sentenceOf,
  };
}

const SPORTS_WORDS = new Set(
  (
    'soccer football cricket tennis golf rugby baseball basketball hockey cycling athletics ' +
    'league championship match matches innings wickets goals goal scored scorers halftime ' +
    'beat beats draw drew seed seeded round quarter-final semi-final final points standings ' +
    'played won lost tournament cup coach striker midfielder defender goalkeeper ' +
    'season inning pitcher homer runs race lap grand prix'
  ).split(' '),
);

function genreOf(folded: readonly string[]): string {
  let numbers = 0;
  let sports = 0;
  for (const f of folded) {
    const c = f.charCodeAt(0);
    if (c >= 48 && c <= 57) numbers++;
    else if (SPORTS_WORDS.has(f)) sports++;
  }
  const n = Math.max(1, folded.length);
  return numbers / n > 0.15 || sports / n > 0.02 ? 'S' : 'N';
}

function lexClass(f: string): string {
  if (TITLES.has(f)) return 'T';
  if (ORG_KEYWORDS.has(f)) return 'K';
  if (DEMONYMS.has(f)) return 'D';
  if (CALENDAR.has(f)) return 'M';
  return '';
}

/** Growable hash buffer, so feature extraction allocates once per document. */
class HashBuffer {
  data = new Int32Array(1 << 12);
  length = 0;
  /** Style code conjoined by pushStyled (0: no style copies, as in models before round 6). */
  style = 0;
  /**
   * Pushes a case or shape feature, and with a style set also its copy for the
   * document's style: the general weight is shared, the copy learns what one style
   * does differently (Daumé III 2007).
   */
  pushStyled(h: number): void {
    this.push(h);
    if (this.style) this.push(hashInt(h, this.style));
  }
  push(h: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = h;
  }
}

function inSent(start: number, end: number, j: number): boolean {
  return j >= start && j < end;
}

/**
 * What the static feature groups of one document read: the context plus the
 * per-document lookups computed once (gazetteer codes, word classes, clusters,
 * document-level capitalization).
 */
interface StaticInput {
  ctx: DocContext;
  /** Gazetteer match codes, [token * categories + category]. */
  gcodes: Uint8Array;
  /** Lowercase gazetteer matches (round 5), only in models with a cluster table. */
  lcodes: Uint8Array | null;
  /** Hand-written word class of each token ('' for none). */
  lex: string[];
  /** Cluster of each token (0: none), only in models with a cluster table. */
  cl: Uint32Array | null;
  /** Words written capitalized / lowercase in running text of this document. */
  capMid: Set<string>;
  lowMid: Set<string>;
}

/** The token's own sentence, for window features that stop at its edges. */
interface Window {
  start: number;
  end: number;
}

const NC = GAZ_CATEGORIES.length;

/** The feature switches a model file carries in its meta (model-file.ts). */
export interface FeatureSettings {
  /** Case, shape and gazetteer features also get a copy conjoined with the document's style (absent in older models). */
  styles?: boolean;
  /** Which cluster features a model with a cluster table reads (word-clusters.ts); absent: 'full'. */
  clusterTemplates?: ClusterTemplates;
}

/** Static features of every token (everything that does not depend on labels), as `settings` ask. */
export function staticFeatures(ctx: DocContext, gaz: Gazetteer, settings: FeatureSettings = {}): FeatureMatrix {
  const { tokens, folded, raw } = ctx;
  const n = tokens.length;
  // Round 5's features (clusters, lowercase gazetteer matches) are on in models that
  // carry a cluster table; older models compute exactly the features they were trained on.
  const useClusters = gaz.clusters.size > 0;
  let cl: Uint32Array | null = null;
  if (useClusters) {
    cl = new Uint32Array(n);
    for (let i = 0; i < n; i++) cl[i] = lookupCluster(gaz.clusters, raw[i]);
  }
  const input: StaticInput = {
    ctx,
    gcodes: matchGazetteer(gaz, tokens, folded),
    lcodes: useClusters ? matchGazetteer(gaz, tokens, folded, true) : null,
    lex: folded.map(lexClass),
    cl,
    ...documentCapitalization(ctx),
  };
  const buf = new HashBuffer();
  if (settings.styles) buf.style = ctx.style === 'T' ? 2 : 1;
  const offsets = new Int32Array(n + 1);
  const win: Window = { start: 0, end: 0 };
  // The groups run in this order for every token: the order of a token's hashes is
  // the order its weights are summed in, so it is part of the trained model.
  for (let i = 0; i < n; i++) {
    offsets[i] = buf.length;
    const s = ctx.sentences[ctx.sentenceOf[i]];
    win.start = s.start;
    win.end = s.end;
    wordFeatures(ctx, i, buf);
    windowFeatures(ctx, i, win, buf);
    gazetteerFeatures(input, i, win, buf);
    if (cl && settings.clusterTemplates === 'lite') liteClusterFeatures(ctx, cl, i, win, buf);
    else if (cl) clusterFeatures(ctx, cl, i, win, buf);
    lexiconFeatures(input.lex, i, win, buf);
    capitalizationFeatures(input, i, win, buf);
  }
  offsets[n] = buf.length;
  return { offsets, hashes: buf.data.slice(0, buf.length) };
}

/**
 * Document-level capitalization: is this word written capitalized, or lowercase,
 * somewhere in running text (not sentence-initial, not in a headline)? Tells a
 * headline "LEICESTERSHIRE" or a sentence-initial "Bush" from an ordinary word.
 */
function documentCapitalization(ctx: DocContext): { capMid: Set<string>; lowMid: Set<string> } {
  const { raw, folded, initial, capsSentence, capitalized } = ctx;
  const capMid = new Set<string>();
  const lowMid = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    if (initial[i] || capsSentence[i]) continue;
    if (capitalized[i]) capMid.add(folded[i]);
    else if (raw[i] !== raw[i].toUpperCase()) lowMid.add(folded[i]);
  }
  return { capMid, lowMid };
}

/** The token itself: word, raw form, shapes, affixes; sentence-initial and headline conjunctions. */
function wordFeatures(ctx: DocContext, i: number, buf: HashBuffer): void {
  const w = ctx.norm[i];
  const ss = ctx.shortShape[i];
  const f = ctx.folded[i];
  buf.pushStyled(S.bias);
  buf.push(feat(S.w, w));
  buf.push(feat(S.W, ctx.raw[i]));
  buf.pushStyled(feat(S.ss, ss));
  buf.pushStyled(feat(S.s, shapeOf(ctx.raw[i], false)));
  const L = f.length;
  for (let k = 1; k <= 4 && k <= L; k++) {
    buf.push(hashRange(S.p[k - 1], f, 0, k));
    buf.push(hashRange(S.x[k - 1], f, L - k, L));
  }
  if (ctx.initial[i]) {
    buf.pushStyled(feat(S.ini, ss));
    buf.push(feat(S.iniW, w));
  }
  if (ctx.capsSentence[i]) {
    buf.push(feat(S.caps, w));
    buf.pushStyled(feat(S.capsSs, ss));
  }
}

/** Words ±2 and short shapes ±1 (sentence edges as <s>, </s>), and their bigrams with the token. */
function windowFeatures(ctx: DocContext, i: number, win: Window, buf: HashBuffer): void {
  const { norm, shortShape } = ctx;
  const { start, end } = win;
  const w = norm[i];
  const ss = shortShape[i];
  const pm1 = inSent(start, end, i - 1) ? norm[i - 1] : '<s>';
  const pm2 = inSent(start, end, i - 2) ? norm[i - 2] : inSent(start, end, i - 1) ? '<s>' : '<s2>';
  const pp1 = inSent(start, end, i + 1) ? norm[i + 1] : '</s>';
  const pp2 = inSent(start, end, i + 2) ? norm[i + 2] : inSent(start, end, i + 1) ? '</s>' : '</s2>';
  const sm1 = inSent(start, end, i - 1) ? shortShape[i - 1] : '<s>';
  const sp1 = inSent(start, end, i + 1) ? shortShape[i + 1] : '</s>';
  buf.push(feat(S.wm1, pm1));
  buf.push(feat(S.wm2, pm2));
  buf.push(feat(S.wp1, pp1));
  buf.push(feat(S.wp2, pp2));
  buf.push(feat(S.ssm1, sm1));
  buf.push(feat(S.ssp1, sp1));
  buf.pushStyled(feat2(S.ssm1ss, sm1, ss));
  buf.pushStyled(feat2(S.ssssp1, ss, sp1));
  buf.push(feat2(S.wm1w, pm1, w));
  buf.push(feat2(S.wwp1, w, pp1));
}

/** Gazetteer hits of token j with their BILOU position, alone and with the document genre. */
function gazetteerHits(input: StaticInput, j: number, s: number, buf: HashBuffer): void {
  const genre = input.ctx.genre;
  for (let c = 0; c < NC; c++) {
    const code = input.gcodes[j * NC + c];
    if (!code) continue;
    const v = GAZ_CATEGORIES[c] + GAZ_POS[code];
    buf.pushStyled(feat(s, v));
    buf.push(feat2(s, v, genre));
  }
}

/** Gazetteer hits of the token and its neighbours ±1; lowercase matches as their own template. */
function gazetteerFeatures(input: StaticInput, i: number, win: Window, buf: HashBuffer): void {
  gazetteerHits(input, i, S.g, buf);
  if (inSent(win.start, win.end, i - 1)) gazetteerHits(input, i - 1, S.gm1, buf);
  if (inSent(win.start, win.end, i + 1)) gazetteerHits(input, i + 1, S.gp1, buf);
  const lcodes = input.lcodes;
  if (!lcodes) return;
  for (let c = 0; c < NC; c++) {
    const code = lcodes[i * NC + c];
    if (code) buf.pushStyled(feat(S.gl, GAZ_CATEGORIES[c] + GAZ_POS[code]));
  }
}

/** Word-cluster path prefixes of the token (also with its casing) and of its neighbours ±2. */
function clusterFeatures(ctx: DocContext, cl: Uint32Array, i: number, win: Window, buf: HashBuffer): void {
  const { start, end } = win;
  const c = cl[i];
  if (c) {
    for (let k = 0; k < 4; k++) buf.push(hashU32(S.c[k], pathPrefix(c, CLUSTER_PREFIXES[k])));
    // casing apart from the class: "london" in a city class, written lowercase
    buf.pushStyled(hashU32(hashStr(S.cCase, casingOf(ctx, i)), pathPrefix(c, 10)));
  }
  if (inSent(start, end, i - 1) && cl[i - 1]) {
    buf.push(hashU32(S.cm1[0], pathPrefix(cl[i - 1], 6)));
    buf.push(hashU32(S.cm1[1], pathPrefix(cl[i - 1], 10)));
  }
  if (inSent(start, end, i + 1) && cl[i + 1]) {
    buf.push(hashU32(S.cp1[0], pathPrefix(cl[i + 1], 6)));
    buf.push(hashU32(S.cp1[1], pathPrefix(cl[i + 1], 10)));
  }
  if (inSent(start, end, i - 2) && cl[i - 2]) buf.push(hashU32(S.cm2, pathPrefix(cl[i - 2], 6)));
  if (inSent(start, end, i + 2) && cl[i + 2]) buf.push(hashU32(S.cp2, pathPrefix(cl[i + 2], 6)));
}

/**
 * The 'lite' cluster templates: the token's 10-bit prefix with its casing and the
 * neighbours' 10-bit prefixes at ±1 (3 hashes instead of 11; see ClusterTemplates).
 */
function liteClusterFeatures(ctx: DocContext, cl: Uint32Array, i: number, win: Window, buf: HashBuffer): void {
  const { start, end } = win;
  const c = cl[i];
  if (c) buf.pushStyled(hashU32(hashStr(S.cCase, casingOf(ctx, i)), pathPrefix(c, 10)));
  if (inSent(start, end, i - 1) && cl[i - 1]) buf.push(hashU32(S.cm1[1], pathPrefix(cl[i - 1], 10)));
  if (inSent(start, end, i + 1) && cl[i + 1]) buf.push(hashU32(S.cp1[1], pathPrefix(cl[i + 1], 10)));
}

/** A token's casing for the cluster features: lowercase, capitalized or all caps. */
function casingOf(ctx: DocContext, i: number): string {
  const raw = ctx.raw[i];
  return ctx.capitalized[i] ? (raw === raw.toUpperCase() ? 'A' : 'C') : 'l';
}

/** Hand-written word classes (titles, organization cues, nationalities, months) of the token and ±2. */
function lexiconFeatures(lex: readonly string[], i: number, win: Window, buf: HashBuffer): void {
  const { start, end } = win;
  if (lex[i]) buf.push(feat(S.lex, lex[i]));
  if (inSent(start, end, i - 1) && lex[i - 1]) buf.push(feat(S.lexm1, lex[i - 1]));
  if (inSent(start, end, i - 2) && lex[i - 2]) buf.push(feat(S.lexm2, lex[i - 2]));
  if (inSent(start, end, i + 1) && lex[i + 1]) buf.push(feat(S.lexp1, lex[i + 1]));
  if (inSent(start, end, i + 2) && lex[i + 2]) buf.push(feat(S.lexp2, lex[i + 2]));
}

/**
 * Capitalization cues: a capitalized token that is an ordinary lowercase word ("Read",
 * "State") by position, genre and neighbours; and how the document writes the word
 * elsewhere in running text.
 */
function capitalizationFeatures(input: StaticInput, i: number, win: Window, buf: HashBuffer): void {
  const { ctx, gcodes } = input;
  const { raw, initial, capsSentence, capitalized } = ctx;
  const where = initial[i] ? 'i' : capsSentence[i] ? 'h' : 'm';
  if (capitalized[i]) {
    const common = gcodes[i * NC + COMMON] ? 'c' : 'n';
    buf.pushStyled(feat(S.cw, common + where));
    buf.push(feat2(S.cw, common + where, ctx.genre));
    if (inSent(win.start, win.end, i - 1) && capitalized[i - 1])
      buf.push(feat(S.cwm1, common + (gcodes[(i - 1) * NC + COMMON] ? 'c' : 'n')));
    if (inSent(win.start, win.end, i + 1) && capitalized[i + 1])
      buf.push(feat(S.cwp1, common + (gcodes[(i + 1) * NC + COMMON] ? 'c' : 'n')));
  }
  if (capitalized[i] || /\p{L}/u.test(raw[i].charAt(0))) {
    const f = ctx.folded[i];
    const d = (input.capMid.has(f) ? 'C' : '-') + (input.lowMid.has(f) ? 'l' : '-');
    buf.pushStyled(feat(S.dc, d + where + ctx.shortShape[i]));
  }
}

/** Label used for "before the sentence" in dynamic features. */
export const START = NUM_LABELS;

/** Writes the label-history features of token i into out[at..]; returns the new end. */
export function dynamicFeatures(
  ctx: DocContext,
  i: number,
  y1: number,
  y2: number,
  out: Int32Array,
  at: number,
): number {
  out[at++] = hashInt(S.y1, y1);
  out[at++] = hashInt(hashInt(S.y2y1, y2), y1);
  out[at++] = hashU32(hashInt(S.y1w, y1), ctx.wordHash[i]);
  out[at++] = hashU32(hashInt(S.y1ss, y1), ctx.shortShapeHash[i]);
  return at;
}
export const MAX_DYNAMIC = 4;

/**
 * Non-local features for the second pass, from first-pass labels `y1st`: the token's
 * own first-pass label and its neighbours', and what the same (capitalized) word was
 * labelled elsewhere in the document.
 */
export function nonlocalFeatures(ctx: DocContext, y1st: Uint8Array): FeatureMatrix {
  const n = ctx.tokens.length;
  const { folded, capitalized, sentenceOf } = ctx;
  // word -> counts per (type, prefix) and O, over capitalized occurrences
  const stats = new Map<string, Int32Array>();
  const slots = 1 + TYPES.length * 4;
  for (let i = 0; i < n; i++) {
    if (!capitalized[i]) continue;
    let a = stats.get(folded[i]);
    if (!a) stats.set(folded[i], (a = new Int32Array(slots)));
    a[y1st[i]]++;
  }
  const buf = new HashBuffer();
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = buf.length;
    const y = y1st[i];
    const prev = i > 0 && sentenceOf[i - 1] === sentenceOf[i] ? y1st[i - 1] : START;
    const next = i + 1 < n && sentenceOf[i + 1] === sentenceOf[i] ? y1st[i + 1] : START;
    buf.push(hashInt(S.s1, y));
    buf.push(hashInt(hashInt(S.s1m1, prev), y));
    buf.push(hashInt(hashInt(S.s1p1, y), next));
    if (!capitalized[i]) continue;
    const a = stats.get(folded[i]);
    if (!a) continue;
    // counts elsewhere = all counts minus this occurrence
    let best = -1;
    let bestCount = 0;
    const typeCounts = [0, 0, 0, 0];
    for (let l = 1; l < slots; l++) {
      const c = a[l] - (l === y ? 1 : 0);
      if (c <= 0) continue;
      typeCounts[typeOf(l)] += c;
      buf.push(feat(S.nlp, TYPES[typeOf(l)] + prefixOf(l)));
    }
    for (let t = 0; t < 4; t++) {
      if (typeCounts[t] > bestCount) {
        bestCount = typeCounts[t];
        best = t;
      }
    }
    if (best >= 0) {
      buf.push(feat(S.nlt, TYPES[best]));
      buf.push(feat2(S.nltw, TYPES[best], ctx.shortShape[i]));
    }
    if (a[O] - (y === O ? 1 : 0) > 0) buf.push(S.nlo);
  }
  offsets[n] = buf.length;
  return { offsets, hashes: buf.data.slice(0, buf.length) };
}
