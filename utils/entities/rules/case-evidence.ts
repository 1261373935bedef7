// Case evidence: in a line written all in capitals (a kicker, a headline, a label) or in
// title case ("Trump Says Tariffs Will Stay"), a capital letter says nothing about a word
// being a name, so the tagger turns ordinary words into names there ("SEAN SPICER
// ELIMINATED" as one person). A span in such a line is kept only with evidence from
// outside it:
//  - all-caps line: the span's words, or a run of them, are a name the tagger found in the
//    article's ordinary (mixed-case) text, and the span shrinks to that run; else the whole
//    span is a place or organization the gazetteer knows; else it is dropped;
//  - title-case line: the span shrinks to its evidenced (or gazetteer-known) run; without
//    one, a span with an ordinary English word in it goes unless it has a full name's shape; a
//    place span ending on a head of places ("Ninety Mile Beach", place-shape.ts) stays whole;
//    a span left as one first name takes the untagged capitalized word after it when that word
//    is no ordinary word and no known place or organization: the tagger, lost in the line's
//    capitals, kept the first name of a full name ("Why Taylor Russell Is One of …" tagged
//    "Why Taylor").
// Pure: token spans in, token spans out.

import { GAZ_CATEGORIES, type Gazetteer, COMMON_BIT, FIRST_BIT, ORG_BIT } from '../gazetteer';
import { hasPlaceShape } from './place-shape';
import { ownerIndex, type TokenSpan } from '../spans';
import type { Sentence, Token } from '../tokenizer';

const KNOWN_NAME =
  (1 << GAZ_CATEGORIES.indexOf('city')) |
  (1 << GAZ_CATEGORIES.indexOf('country')) |
  (1 << GAZ_CATEGORIES.indexOf('region')) |
  (1 << GAZ_CATEGORIES.indexOf('org'));

const WORD = /\p{L}/u;
const CAPS_WORD = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const CAPITALIZED = /^\p{Lu}/u;

export interface CaseContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentences: readonly Sentence[];
  gazetteer: Gazetteer;
}

/** How a sentence is written: 'caps' (all capitals), 'title' (title case) or 'plain'. */
export type LineCase = 'caps' | 'title' | 'plain';

/** Per sentence, how it is written. A line needs three words for its case to say anything. */
export function lineCases(ctx: CaseContext): LineCase[] {
  return ctx.sentences.map((s) => {
    let words = 0;
    let caps = 0;
    let capitalized = 0;
    let commonCapitalized = 0;
    let separators = 0;
    for (let i = s.start; i < s.end; i++) {
      const t = ctx.tokens[i]!.text;
      if (t === ',' || t === ';') separators++;
      if (!WORD.test(t)) continue;
      words++;
      if (CAPS_WORD.test(t) && t.length > 1) caps++;
      if (CAPITALIZED.test(t)) {
        capitalized++;
        if (i > s.start && isCommon(ctx, i)) commonCapitalized++;
      }
    }
    if (words >= 3 && caps / words >= 0.8) return 'caps';
    // a list of names ("Ariana Grande, Lin-Manuel Miranda, Ben Platt, …") is capitalized because
    // its items are names: a headline has at most one comma
    if (words >= 4 && capitalized / words >= 0.8 && commonCapitalized >= 2 && separators < 2) return 'title';
    return 'plain';
  });
}

const GLUE = new Set(['of', 'and', 'the', 'for', '&', 'de', 'la', 'le', 'du', 'von', 'van', 'al']);

/** A run of words that can stand as a name: no connector at its edges, and one word must not be an ordinary one. */
function goodRun(ctx: CaseContext, a: number, b: number): boolean {
  if (!WORD.test(ctx.tokens[a]!.text) || !WORD.test(ctx.tokens[b - 1]!.text)) return false;
  if (GLUE.has(ctx.folded[a]!) || GLUE.has(ctx.folded[b - 1]!)) return false;
  return b - a > 1 || !isCommon(ctx, a);
}

/**
 * Whether the words of `s` just before and after [a, b) are ordinary words or connectors: only
 * then may a run the gazetteer knows stand for the span ("Delhi Pollution" → "Delhi",
 * "Delivery to Afghanistan During" → "Afghanistan"). A name-like word beside it makes the run
 * part of a longer name ("Ariana Grande", "Lin-Manuel Miranda" in a list of names), not a
 * place among ordinary words.
 */
function amongOrdinaryWords(ctx: CaseContext, s: TokenSpan, a: number, b: number): boolean {
  const nameLike = (i: number) => WORD.test(ctx.tokens[i]!.text) && !GLUE.has(ctx.folded[i]!) && !isCommon(ctx, i);
  return !(a > s.start && nameLike(a - 1)) && !(b < s.end && nameLike(b));
}

function isCommon(ctx: CaseContext, i: number): boolean {
  const bits = ctx.gazetteer.phrases.get(ctx.folded[i]!) ?? 0;
  return (bits & COMMON_BIT) !== 0 && (bits & FIRST_BIT) === 0;
}

/**
 * The span grown over the surname after it when it is one first name (not an ordinary word)
 * and the next word of its line is capitalized, untagged, not ordinary and not a known place or
 * organization; else the span unchanged.
 */
function withSurname(ctx: CaseContext, s: TokenSpan, owner: Int32Array, sentenceOf: Int32Array): TokenSpan {
  if (s.end - s.start !== 1 || s.end >= ctx.tokens.length || owner[s.end] !== -1) return s;
  if (sentenceOf[s.end] !== sentenceOf[s.start]) return s;
  const first = ctx.gazetteer.phrases.get(ctx.folded[s.start]!) ?? 0;
  if (!(first & FIRST_BIT) || first & COMMON_BIT) return s;
  const next = ctx.tokens[s.end]!.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(next) || isCommon(ctx, s.end)) return s;
  if ((ctx.gazetteer.phrases.get(ctx.folded[s.end]!) ?? 0) & (KNOWN_NAME | COMMON_BIT)) return s;
  return { start: s.start, end: s.end + 1, type: 'PER' };
}

/** Keeps, shrinks or drops spans in all-caps and title-case lines by the evidence outside them. */
export function applyCaseEvidence(spans: readonly TokenSpan[], ctx: CaseContext): TokenSpan[] {
  const cases = lineCases(ctx);
  if (!cases.some((c) => c !== 'plain')) return [...spans];
  const sentenceOf = new Int32Array(ctx.tokens.length);
  ctx.sentences.forEach((s, k) => {
    sentenceOf.fill(k, s.start, s.end);
  });
  // Every run of words inside a span found in plain text: the evidence.
  const evidence = new Set<string>();
  for (const s of spans) {
    if (cases[sentenceOf[s.start]!] !== 'plain') continue;
    for (let a = s.start; a < s.end; a++) {
      let key = '';
      for (let b = a; b < s.end; b++) {
        key = b === a ? ctx.folded[b]! : `${key} ${ctx.folded[b]}`;
        evidence.add(key);
      }
    }
  }
  const owner = ownerIndex(spans, ctx.tokens.length);
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const lineCase = cases[sentenceOf[s.start]!];
    if (lineCase === 'plain') {
      out.push(s);
      continue;
    }
    const whole = ctx.folded.slice(s.start, s.end).join(' ');
    // a place named by its head word ("Ninety Mile Beach") needs no evidence in a title-case line
    if (evidence.has(whole) || (lineCase === 'title' && hasPlaceShape(s, ctx.folded))) {
      out.push(lineCase === 'title' ? withSurname(ctx, s, owner, sentenceOf) : s);
      continue;
    }
    // the longest run of the span's words seen as a name in plain text (or known to the gazetteer)
    let best: TokenSpan | null = null;
    for (let a = s.start; a < s.end; a++) {
      let key = '';
      for (let b = a; b < s.end; b++) {
        key = b === a ? ctx.folded[b]! : `${key} ${ctx.folded[b]}`;
        const bits = ctx.gazetteer.phrases.get(key) ?? 0;
        const seen = evidence.has(key);
        if (
          (seen || ((bits & KNOWN_NAME) !== 0 && amongOrdinaryWords(ctx, s, a, b + 1))) &&
          goodRun(ctx, a, b + 1) &&
          (!best || b + 1 - a > best.end - best.start)
        )
          // a run known only to the gazetteer takes its kind from it
          best = { start: a, end: b + 1, type: seen ? s.type : bits & ORG_BIT ? 'ORG' : 'LOC' };
      }
    }
    if (lineCase === 'title') {
      // "Delhi Pollution" → "Delhi"; a span of ordinary words only, with no evidence, goes
      if (best) {
        out.push(withSurname(ctx, best, owner, sentenceOf));
        continue;
      }
      // without evidence, a span with an ordinary word in it goes ("Fitzgerald Equates
      // Firing", "Weird Things People Have Swallowed") unless it has a full person's name's
      // shape (a first name, then another capitalized word)
      let anyCommon = false;
      let fullName = false;
      for (let i = s.start; i < s.end; i++) {
        if (WORD.test(ctx.tokens[i]!.text) && isCommon(ctx, i)) anyCommon = true;
        const bits = ctx.gazetteer.phrases.get(ctx.folded[i]!) ?? 0;
        // a first name that is also an ordinary word ("Way" in "Milky Way Galaxy") is no evidence
        const first = bits & FIRST_BIT && !(bits & COMMON_BIT);
        if (first && i + 1 < s.end && CAPITALIZED.test(ctx.tokens[i + 1]!.text)) fullName = true;
      }
      if (!anyCommon || fullName) out.push(s);
      continue;
    }
    // caps: shrink to that run; without one the span goes
    if (best) out.push(best);
  }
  return out;
}
