// Spans made only of ordinary words. Headings, labels and titles of works written in
// capitals ("Post Comment", "Case Reports", "Weirdest Galaxies") reach the tagger as runs
// of capitalized words; with nothing but ordinary English words in them (each one the
// article-independent lists call ordinary: Wikipedia writes it in lowercase far more often,
// or running news text does) and no word that heads an organization's or a place's name
// ("Department", "University", "Street"), such a run names nothing. A run the gazetteer
// knows whole ("Middle East", "Red Cross") stays. A person or place span that opens its
// sentence on a hyphenated compound of ordinary words ("Day-by-day Schiff’s …", "Long-time
// Smith …") loses it: the capital is the sentence's, and no name's first word is such a
// compound (a hyphenated first name or surname has a name in it: "Jean-Pierre", "Ocasio-Cortez").
// Pure: token spans in and out.

import { COMMON_WORDS } from '../common-words';
import { type Gazetteer, COMMON_BIT, FIRST_BIT } from '../gazetteer';
import { ORG_HEADS, PLACE_HEADS } from './span-rules';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

const WORD = /\p{L}/u;

/** What telling an ordinary word needs. */
export interface WordContext {
  tokens: readonly Token[];
  folded: readonly string[];
  gazetteer: Gazetteer;
}

export interface OrdinaryContext extends WordContext {
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
}

/** True if the folded word is ordinary English (either word list says so) and no first name. */
export function isOrdinaryWord(folded: string, gazetteer: Gazetteer): boolean {
  const bits = gazetteer.phrases.get(folded) ?? 0;
  return (bits & FIRST_BIT) === 0 && (COMMON_WORDS.has(folded) || (bits & COMMON_BIT) !== 0);
}

/** True if token i is an ordinary English word that heads no organization or place name and is no first name. */
export function ordinary(ctx: WordContext, i: number): boolean {
  const f = ctx.folded[i]!;
  return !ORG_HEADS.has(f) && !PLACE_HEADS.has(f) && isOrdinaryWord(f, ctx.gazetteer);
}

/** True if token i opens its sentence and is a hyphenated compound of ordinary words only. */
function ordinaryCompoundOpener(ctx: OrdinaryContext, i: number): boolean {
  const f = ctx.folded[i]!;
  if (!f.includes('-') || (i > 0 && ctx.sentenceOf[i - 1] === ctx.sentenceOf[i])) return false;
  return f.split('-').every((part) => part !== '' && isOrdinaryWord(part, ctx.gazetteer));
}

/**
 * Drops spans of two or more words whose every word is ordinary, unless the gazetteer knows the
 * whole name; cuts an ordinary compound opening a sentence off a person or place span.
 */
export function dropOrdinarySpans(spans: readonly TokenSpan[], ctx: OrdinaryContext): TokenSpan[] {
  const trimmed = spans.map((s) =>
    (s.type === 'PER' || s.type === 'LOC') && ordinaryCompoundOpener(ctx, s.start) ? { ...s, start: s.start + 1 } : s,
  );
  return trimmed.filter((s) => {
    if (s.end <= s.start) return false;
    if (s.end - s.start < 2 || (s.type !== 'PER' && s.type !== 'LOC')) return true;
    if (ctx.gazetteer.phrases.get(ctx.folded.slice(s.start, s.end).join(' '))) return true;
    for (let i = s.start; i < s.end; i++) if (WORD.test(ctx.tokens[i]!.text) && !ordinary(ctx, i)) return true;
    return false;
  });
}
