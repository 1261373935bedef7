// Spans made only of ordinary words. Headings, labels and titles of works written in
// capitals ("Post Comment", "Case Reports", "Weirdest Galaxies") reach the tagger as runs
// of capitalized words; with nothing but ordinary English words in them (each one the
// article-independent lists call ordinary: Wikipedia writes it in lowercase far more often,
// or running news text does) and no word that heads an organization's or a place's name
// ("Department", "University", "Street"), such a run names nothing. A run the gazetteer
// knows whole ("Middle East", "Red Cross") stays. Pure: token spans in and out.

import { COMMON_WORDS } from '../common-words';
import { type Gazetteer, COMMON_BIT, FIRST_BIT } from '../gazetteer';
import { ORG_HEADS, PLACE_HEADS } from './span-rules';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

const WORD = /\p{L}/u;

export interface OrdinaryContext {
  tokens: readonly Token[];
  folded: readonly string[];
  gazetteer: Gazetteer;
}

/** True if the folded word is ordinary English (either word list says so) and no first name. */
export function isOrdinaryWord(folded: string, gazetteer: Gazetteer): boolean {
  const bits = gazetteer.phrases.get(folded) ?? 0;
  return (bits & FIRST_BIT) === 0 && (COMMON_WORDS.has(folded) || (bits & COMMON_BIT) !== 0);
}

/** True if token i is an ordinary English word that heads no organization or place name and is no first name. */
export function ordinary(ctx: OrdinaryContext, i: number): boolean {
  const f = ctx.folded[i]!;
  return !ORG_HEADS.has(f) && !PLACE_HEADS.has(f) && isOrdinaryWord(f, ctx.gazetteer);
}

/** Drops spans of two or more words whose every word is ordinary, unless the gazetteer knows the whole name. */
export function dropOrdinarySpans(spans: readonly TokenSpan[], ctx: OrdinaryContext): TokenSpan[] {
  return spans.filter((s) => {
    if (s.end - s.start < 2 || (s.type !== 'PER' && s.type !== 'LOC')) return true;
    if (ctx.gazetteer.phrases.get(ctx.folded.slice(s.start, s.end).join(' '))) return true;
    for (let i = s.start; i < s.end; i++) if (WORD.test(ctx.tokens[i]!.text) && !ordinary(ctx, i)) return true;
    return false;
  });
}
