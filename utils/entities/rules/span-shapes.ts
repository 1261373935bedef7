// Span shapes that name no person or place, whatever the tagger says: text a page carries
// besides prose. Each is a shape, not a list of names:
//  - no letter at all ("140" in "Project Jonah, with 140 pilot whales");
//  - a URL slug or a chain of hyphenated words ("LeBron-sets-triple-double-mark-…-14848253"):
//    four or more hyphen-joined parts, two of them in lowercase, or a part of five digits;
//  - one hyphenated word made of ordinary words and roles only ("Inspector-General",
//    "Follow-Up"), unless the gazetteer knows it;
//  - a span that opens on a clitic: the tail of a name before it ("’s Department" from
//    "Sheriff’s Department");
//  - a conjunction opening the sentence ("And Beijing"): cut off the span.
// Pure: token spans in and out.

import { GAZ_CATEGORIES, type Gazetteer, FIRST_BIT } from '../gazetteer';
import { isOrdinaryWord } from './ordinary-spans';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

const KNOWN =
  (1 << GAZ_CATEGORIES.indexOf('city')) |
  (1 << GAZ_CATEGORIES.indexOf('country')) |
  (1 << GAZ_CATEGORIES.indexOf('region')) |
  (1 << GAZ_CATEGORIES.indexOf('org'));
const PLACE =
  (1 << GAZ_CATEGORIES.indexOf('city')) |
  (1 << GAZ_CATEGORIES.indexOf('country')) |
  (1 << GAZ_CATEGORIES.indexOf('region'));
const LETTER = /\p{L}/u;
const CLITIC = /^['’]\p{L}{1,2}$/u;
const LOWER_PART = /^\p{Ll}+$/u;
const LONG_NUMBER = /^\d{5,}$/;
// Words that open a sentence and join it to the one before; never the first word of a name.
const OPENING_CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'yet', 'so', 'plus', 'also', 'then']);

export interface ShapeContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: ArrayLike<number>;
  gazetteer: Gazetteer;
}

function bits(ctx: ShapeContext, key: string): number {
  return ctx.gazetteer.phrases.get(key) ?? 0;
}

/** A URL slug or a long hyphen chain: ≥ 4 parts with ≥ 2 lowercase ones, or a part of ≥ 5 digits. */
export function isSlug(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2) return false;
  if (parts.some((p) => LONG_NUMBER.test(p))) return true;
  return parts.length >= 4 && parts.filter((p) => LOWER_PART.test(p)).length >= 2;
}

// A role has an agent's ending ("Inspector", "Director"), as role-words.ts reads it.
const AGENT = /(?:man|woman|person|er|or|ist|ian|ant|ent)$/;

/** One hyphenated word of ordinary words and roles, with one ordinary word at least ("Inspector-General"). */
function ordinaryHyphenated(ctx: ShapeContext, i: number): boolean {
  const f = ctx.folded[i]!;
  if (!f.includes('-') || bits(ctx, f) & KNOWN) return false;
  const parts = f.split('-');
  return (
    parts.some((p) => isOrdinaryWord(p, ctx.gazetteer)) &&
    parts.every((p) => isOrdinaryWord(p, ctx.gazetteer) || (AGENT.test(p) && (bits(ctx, p) & FIRST_BIT) === 0))
  );
}

/** Whether token i cannot open a name: a conjunction that opens its sentence. */
function badStart(ctx: ShapeContext, i: number): boolean {
  const sentenceStart = i === 0 || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[i];
  return sentenceStart && OPENING_CONJUNCTIONS.has(ctx.folded[i]!);
}

/** Drops or trims person and place spans whose shape names nothing (see the module comment). */
export function dropJunkShapes(spans: readonly TokenSpan[], ctx: ShapeContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    if (span.type !== 'PER' && span.type !== 'LOC') {
      out.push(span);
      continue;
    }
    // a span opening on a clitic is the tail of a name before it ("Sheriff" + "’s Department")
    if (CLITIC.test(ctx.tokens[span.start]!.text)) continue;
    let start = span.start;
    while (start < span.end && badStart(ctx, start)) start++;
    if (start >= span.end) continue;
    const s = { ...span, start };
    // what is left of "And Beijing" may be a place the gazetteer knows
    if (start > span.start && bits(ctx, ctx.folded.slice(start, span.end).join(' ')) & PLACE) s.type = 'LOC';
    let letters = false;
    let junk = false;
    for (let i = s.start; i < s.end; i++) {
      if (LETTER.test(ctx.tokens[i]!.text)) letters = true;
      if (isSlug(ctx.tokens[i]!.text)) junk = true;
    }
    if (!letters || junk) continue;
    if (s.end - s.start === 1 && ordinaryHyphenated(ctx, s.start)) continue;
    out.push(s);
  }
  return out;
}
