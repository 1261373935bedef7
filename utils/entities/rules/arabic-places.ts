// Places whose transliterated names open on the Arabic article written in lowercase and glued by
// a hyphen ("al-Tanf", "al-Raqqa", "el-Arish"). The tagger learnt capitals as the mark of a
// name, so such a word is often left untagged or called MISC. The article alone does not say
// which kind of name follows (people: "Hassan al-Turabi"; groups: "al-Qaeda"; papers:
// "al-Akhbar"), so the word becomes a place only in a place's context: after a preposition of
// place ("in al-Tanf", "towards al-Aqsa"), after a known place's possessive ("Syria's
// al-Tanf"), or before a lowercase noun of places ("the al-Ram checkpoint", "in al-Daih
// village"). Never when the word closes a name of capitalized words before it (a person's
// name), when the gazetteer knows it as an organization or first name, or when the article
// tags the same word as a person or organization elsewhere. One place context names every
// mention of the word in the article. Pure: token spans in and out.

import { type Gazetteer, FIRST_BIT, ORG_BIT } from '../gazetteer';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** "al-" or "el-" in lowercase, a hyphen, then a capitalized stem. */
const ARTICLE_NAME = /^(?:al|el)-\p{Lu}\p{L}/u;
/** Prepositions that put a place after them (not "at", "from", "of": "at al-Jazeera", "from al-Shabaab"). */
const PLACE_PREPOSITIONS = new Set('in near towards toward into outside around inside across through'.split(' '));
/** Lowercase nouns a place's name stands before. Written for Gloss. */
const PLACE_NOUNS = new Set(
  `village town city camp base airbase checkpoint area district province governorate region neighbourhood
  neighborhood suburb crossing border valley oasis mosque port square`.split(/\s+/),
);

export interface ArabicPlaceContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** True when token `i` sits in a place's context: after a preposition of place or a place's "'s", or before a place noun. */
function placeContext(ctx: ArabicPlaceContext, i: number, spanAt: (j: number) => TokenSpan | undefined): boolean {
  const same = (j: number) => j >= 0 && j < ctx.tokens.length && ctx.sentenceOf[j] === ctx.sentenceOf[i];
  if (same(i + 1) && PLACE_NOUNS.has(ctx.tokens[i + 1]!.text)) return true;
  if (!same(i - 1)) return false;
  if (PLACE_PREPOSITIONS.has(ctx.tokens[i - 1]!.text)) return true;
  return ctx.folded[i - 1] === "'s" && spanAt(i - 2)?.type === 'LOC';
}

/** Makes lowercase-article names ("al-Tanf") places where the context says place (above). */
export function arabicArticlePlaces(spans: readonly TokenSpan[], ctx: ArabicPlaceContext): TokenSpan[] {
  const spanOf = new Map<number, TokenSpan>();
  for (const s of spans) for (let j = s.start; j < s.end; j++) spanOf.set(j, s);
  const spanAt = (j: number) => spanOf.get(j);
  // the words the article tags as a person or an organization somewhere
  const named = new Set<string>();
  for (const s of spans)
    if (s.type === 'PER' || s.type === 'ORG') for (let j = s.start; j < s.end; j++) named.add(ctx.folded[j]!);
  // the candidates: one-word names, untagged or MISC (a longer span is a name the tagger read
  // whole), not closing a person's name ("Hassan al-Turabi")
  const candidates: number[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ARTICLE_NAME.test(ctx.tokens[i]!.text) || named.has(ctx.folded[i]!)) continue;
    if ((ctx.gazetteer.phrases.get(ctx.folded[i]!) ?? 0) & (ORG_BIT | FIRST_BIT)) continue;
    const s = spanAt(i);
    if (s && (s.type !== 'MISC' || s.end - s.start !== 1)) continue;
    if (i > 0 && /^\p{Lu}/u.test(ctx.tokens[i - 1]!.text) && ctx.sentenceOf[i - 1] === ctx.sentenceOf[i]) continue;
    candidates.push(i);
  }
  // one place context names the place for its every mention ("at al-Aqsa" beside "towards al-Aqsa")
  const places = new Set(candidates.filter((i) => placeContext(ctx, i, spanAt)).map((i) => ctx.folded[i]!));
  const retyped = new Map<TokenSpan, TokenSpan>();
  const added: TokenSpan[] = [];
  for (const i of candidates) {
    if (!places.has(ctx.folded[i]!)) continue;
    const s = spanAt(i);
    if (s) retyped.set(s, { ...s, type: 'LOC' });
    else added.push({ start: i, end: i + 1, type: 'LOC' });
  }
  if (!retyped.size && !added.length) return [...spans];
  return [...spans.map((s) => retyped.get(s) ?? s), ...added].sort((a, b) => a.start - b.start);
}
