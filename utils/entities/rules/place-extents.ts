// Places cut short or split in two by the tagger, mended by the shape of the whole name:
// - a head of waters, coasts and states before "of" and a place: "Gulf of Mexico", "Bay of
//   Bengal", "Isle of Wight", "Federal Republic of Yugoslavia", "Grand Duchy of Poznań", "District of Columbia" (the
//   tagger marks "Gulf" and "Mexico" apart, or only "Yugoslavia");
// - a place and a capitalized word that ends names of areas after it: "Osijek-Baranja County",
//   "Chittoor District", "Cape Verde Islands", "Mandovi River" (the tagger stops at the head);
// - two place spans that together are one place the gazetteer knows, across "and", "of" or a
//   hyphen: "Bosnia and Herzegovina", "Trinidad and Tobago".
// Found in the missed places of the development corpora (wikigold, UNER EWT dev, CoNLL dev):
// boundary errors, where a right place was found only in part. Never over a person or an
// organization span, nor across a sentence. Pure: token spans in and out.

import { PLACE_BITS, type Gazetteer } from '../gazetteer';
import { spanAt, type TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** Heads that open a place's name before "of": waters, coasts, islands. Written for Gloss. */
const WATER_HEADS = new Set('gulf bay sea strait straits isle cape lake firth'.split(' '));
/** Heads of states named "… of <place>": only before a place span. Written for Gloss. */
const STATE_HEADS = new Set('republic kingdom duchy principality emirate sultanate district'.split(' '));
/**
 * Words that end names of areas and features after a place ("Kent County", "Gaza Strip").
 * Written for Gloss.
 */
const AREA_TAILS = new Set(
  `county province district region prefecture oblast governorate parish municipality township strip islands
  island river valley peninsula mountains desert basin delta canyon`.split(/\s+/),
);
const CAPITALIZED = /^\p{Lu}/u;
const MAX_OPENERS = 2;

export interface PlaceExtentContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** True when token `i` is a capitalized word of the sentence of token `ref`, in no span. */
function freeCapital(spans: readonly TokenSpan[], ctx: PlaceExtentContext, i: number, ref: number): boolean {
  const t = ctx.tokens[i];
  return (
    t !== undefined && ctx.sentenceOf[i] === ctx.sentenceOf[ref] && CAPITALIZED.test(t.text) && spanAt(spans, i) < 0
  );
}

/** Replaces spans inside [start, end) by one place. */
function merge(spans: readonly TokenSpan[], start: number, end: number): TokenSpan[] {
  const kept = spans.filter((s) => s.end <= start || s.start >= end);
  kept.push({ start, end, type: 'LOC' });
  return kept.sort((a, b) => a.start - b.start);
}

/** The place's end after "of" (and "the") at `at`: a place span, or up to two free capitals. */
function placeAfterOf(spans: readonly TokenSpan[], ctx: PlaceExtentContext, at: number, state: boolean): number {
  let i = at + 1;
  if (ctx.folded[i] === 'the') i++;
  const k = spanAt(spans, i);
  if (k >= 0) return spans[k]!.type === 'LOC' && spans[k]!.start === i ? spans[k]!.end : -1;
  if (state) return -1;
  let end = i;
  while (end - i < 2 && freeCapital(spans, ctx, end, at)) end++;
  return end > i ? end : -1;
}

/** "Gulf of Mexico", "Federal Republic of Yugoslavia": a head before "of" and a place. */
function headsBeforeOf(spans: TokenSpan[], ctx: PlaceExtentContext): TokenSpan[] {
  for (let i = 1; i < ctx.tokens.length - 1; i++) {
    if (ctx.folded[i] !== 'of') continue;
    const h = i - 1;
    const head = ctx.folded[h]!;
    const state = STATE_HEADS.has(head);
    if (!(state || WATER_HEADS.has(head)) || !CAPITALIZED.test(ctx.tokens[h]!.text)) continue;
    const k = spanAt(spans, h);
    // the head stands alone or ends a place span ("Gulf", "Federal Republic")
    if (k >= 0 && (spans[k]!.type !== 'LOC' || spans[k]!.end !== i)) continue;
    // "Chittoor District of Andhra Pradesh" is a district in a state: only a district standing
    // alone opens a name with "of" ("the District of Columbia")
    if (head === 'district' && (k >= 0 || CAPITALIZED.test(ctx.tokens[h - 1]?.text ?? ''))) continue;
    let start = k >= 0 ? spans[k]!.start : h;
    // words before a state's head belong to its name ("Federal Republic"), never "The"
    while (
      state &&
      k < 0 &&
      h - start < MAX_OPENERS &&
      freeCapital(spans, ctx, start - 1, h) &&
      ctx.folded[start - 1] !== 'the'
    )
      start--;
    const end = placeAfterOf(spans, ctx, i, state);
    if (end < 0 || ctx.sentenceOf[end - 1] !== ctx.sentenceOf[h]) continue;
    spans = merge(spans, start, end);
  }
  return spans;
}

/** "Osijek-Baranja County": a place span and the capitalized head of areas after it. */
function areaTails(spans: TokenSpan[], ctx: PlaceExtentContext): TokenSpan[] {
  return spans.map((s) => {
    const t = s.end;
    if (s.type !== 'LOC' || !AREA_TAILS.has(ctx.folded[t] ?? '') || !freeCapital(spans, ctx, t, s.start)) return s;
    // "Kent County Council": the head opens a longer name, not the place's end
    const after = ctx.tokens[t + 1];
    if (after && ctx.sentenceOf[t + 1] === ctx.sentenceOf[t] && CAPITALIZED.test(after.text)) return s;
    return { ...s, end: t + 1 };
  });
}

/** Two place spans that together are a gazetteer place ("Bosnia and Herzegovina"). */
function knownPairs(spans: TokenSpan[], ctx: PlaceExtentContext): TokenSpan[] {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    if (a.type !== 'LOC' || b.type !== 'LOC' || b.start - a.end > 2 || b.start === a.end) continue;
    if (ctx.sentenceOf[a.start] !== ctx.sentenceOf[b.end - 1]) continue;
    const key = ctx.folded.slice(a.start, b.end).join(' ');
    if (((ctx.gazetteer.phrases.get(key) ?? 0) & PLACE_BITS) === 0) continue;
    spans = merge(spans, a.start, b.end);
  }
  return spans;
}

/** Mends places cut short or split: heads before "of", heads of areas after, known pairs. */
export function placeExtents(spans: readonly TokenSpan[], ctx: PlaceExtentContext): TokenSpan[] {
  return knownPairs(areaTails(headsBeforeOf([...spans], ctx), ctx), ctx);
}
