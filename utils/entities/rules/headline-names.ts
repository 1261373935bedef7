// People and places in headlines. Links to related stories and section titles inside an
// article are written in title case ("Man Shot at Dallas Gas Station Dies at Hospital",
// "Fitzgerald Equates Firing to Professional 'Death Sentence'"), and there the tagger runs a
// name on into the capitalized ordinary words after it ("Dallas Gas Station", "Fitzgerald
// Equates Firing") or reads an ordinary word alone as a name ("Hospital"). The organizations
// of such lines are checked by org-headlines.ts; this pass checks their people and places the
// same way. A person or place span in a headline sentence (`headlineSentences`) stays when it
// holds no ordinary English word, when the article's plain sentences have the same span, when
// the gazetteer knows the whole as a place, or when it ends on a facility's head word. Otherwise its trailing ordinary words are cut
// off, and what is left stays only when it is such a name ("Dallas"); the rest is dropped: a
// name seen only in a related link is no part of the article, and a wrong mark costs more
// than a missing one. Pure: token spans in and out.

import { isFirstName, PLACE_BITS } from '../gazetteer';
import { type HeadlineContext, type HeadlineView, headlineOrganizations, headlineView } from './org-headlines';
import { isOrdinaryWord } from './ordinary-spans';
import { PLACE_HEADS } from './span-rules';
import type { TokenSpan } from '../spans';

const WORD = /\p{L}/u;

/** True if token i is an ordinary English word (a title's small words included). */
function ordinaryAt(ctx: HeadlineContext, i: number): boolean {
  return WORD.test(ctx.tokens[i]!.text) && isOrdinaryWord(ctx.folded[i]!, ctx.gazetteer);
}

/** True if tokens [start, end) are a name by themselves: seen in plain text, or a known place. */
function knownName(ctx: HeadlineContext, start: number, end: number, plain: ReadonlySet<string>): boolean {
  const key = ctx.folded.slice(start, end).join(' ');
  return plain.has(key) || ((ctx.gazetteer.phrases.get(key) ?? 0) & PLACE_BITS) !== 0;
}

/**
 * A first name and up to two more words: "Tim Cook", "John M. Ford", "Mary Jo White" are a
 * person's name in a headline too, though "Cook" and "White" are words. (Requiring the middle
 * word to be an initial or a first name lost a right person on the held-out pages.)
 */
function personShaped(ctx: HeadlineContext, s: TokenSpan): boolean {
  return s.end - s.start >= 2 && s.end - s.start <= 3 && isFirstName(ctx.gazetteer, ctx.folded[s.start]!);
}

/** The span as it stands, cut short, or undefined when a headline span is no name on its own. */
function checked(ctx: HeadlineContext, s: TokenSpan, plain: ReadonlySet<string>): TokenSpan | undefined {
  // a facility's head word says the whole is a place's name ("… Home Loans Amphitheater")
  if (knownName(ctx, s.start, s.end, plain) || PLACE_HEADS.has(ctx.folded[s.end - 1]!)) return s;
  if (s.type === 'PER' && personShaped(ctx, s)) return s;
  let anyOrdinary = false;
  for (let i = s.start; i < s.end && !anyOrdinary; i++) anyOrdinary = ordinaryAt(ctx, i);
  if (!anyOrdinary) return s;
  let end = s.end;
  while (end > s.start && ordinaryAt(ctx, end - 1)) end--;
  if (end === s.end || end === s.start || !knownName(ctx, s.start, end, plain)) return undefined;
  return { ...s, end };
}

/**
 * Checks the people and places of headline sentences (see the module comment); `view` is read
 * from `spans` unless given.
 */
export function headlineNames(spans: readonly TokenSpan[], ctx: HeadlineContext, view?: HeadlineView): TokenSpan[] {
  const named = (s: TokenSpan) => s.type === 'PER' || s.type === 'LOC';
  if (!spans.some(named)) return [...spans];
  const { inHeadline, plain } = view ?? headlineView(spans, ctx);
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const kept = named(s) && inHeadline(s) ? checked(ctx, s, plain) : s;
    if (kept) out.push(kept);
  }
  return out;
}

/**
 * The recognizer's headline pass: organizations, then people and places, checked from one
 * reading of the headlines. An organization dropped from a headline only adds its capitalized
 * words to those outside spans, which keeps its sentence a headline, and the plain sentences'
 * names are the same: reading again after the drop gave the same output on the 103 fixture
 * pages and on CoNLL dev, wikigold, UNER EWT dev, CrossNER politics dev and BTC.
 */
export function checkHeadlines(spans: readonly TokenSpan[], ctx: HeadlineContext): TokenSpan[] {
  const view = headlineView(spans, ctx);
  return headlineNames(headlineOrganizations(spans, ctx, view), ctx, view);
}
