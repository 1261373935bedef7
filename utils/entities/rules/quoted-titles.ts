// Titles of works in quotes. News copy quotes the title of a song, a film, a game or a show
// ("“Until Dawn: Rush of Blood”", "the song “Keeps You Runnin”", "“Dawson’s Creek” star"),
// and because every word of such a title is capitalized the tagger reads people and places
// in it ("Dawn", "Rush", "Dawson"). A quoted run of two or more words, short, written in title
// case and holding at least one ordinary English word (or a possessive, or an edition's
// number), is such a title: a person or place span
// inside it is dropped, unless the same name is also found outside quoted titles in the
// article, or it is a place the gazetteer knows whole ("“Make America Great Again”"). A
// quoted full name ("“Barack Obama”") has no ordinary word, so it stays. Pure: token spans
// in and out.

import { COMMON_WORDS } from '../common-words';
import { type Gazetteer, PLACE_BITS } from '../gazetteer';
import { isOrdinaryWord } from './ordinary-spans';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

const WORD = /\p{L}/u;
const CAPITALIZED = /^[\p{Lu}\p{N}]/u;
// Opening quote → its closing quote. A straight double quote closes itself; a lone "’" is
// also an apostrophe ("players’"), so it only closes a run a "‘" opened.
const CLOSER: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»' };
// Small words a title leaves in lowercase ("Rush of Blood", "Gone with the Wind").
const TITLE_GLUE = new Set('a an the and or nor but of in on at to for with from by as vs into onto upon'.split(' '));
/** Longest quoted run, in words, still read as a title rather than quoted speech. */
const MAX_TITLE_WORDS = 8;

export interface QuotedTitleContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: ArrayLike<number>;
  gazetteer: Gazetteer;
}

// Inside quotes a first name that Wikipedia mostly writes in lowercase ("Job", "Will") counts
// as ordinary: a quoted full name is rare, a quoted title common.
function ordinaryWord(ctx: QuotedTitleContext, i: number): boolean {
  const f = ctx.folded[i]!;
  return COMMON_WORDS.has(f) || isOrdinaryWord(f, ctx.gazetteer);
}

/**
 * Whether tokens [a, b) read as a title: 2..MAX words, each capitalized or a small glue word,
 * one of them ordinary, or a possessive between two capitalized words ("Dawson’s Creek"), or a
 * number after the words ("Madden NFL 17").
 */
function isTitle(ctx: QuotedTitleContext, a: number, b: number): boolean {
  let words = 0;
  let ordinary = false;
  for (let i = a; i < b; i++) {
    const t = ctx.tokens[i]!.text;
    if (!WORD.test(t)) {
      // a number after the words: a sequel or an edition ("‘Madden NFL 17’")
      if (/^\d+$/.test(t) && words > 0) ordinary = true;
      continue;
    }
    if (t.startsWith("'") || t.startsWith('’')) {
      // a clitic: "Dawson’s Creek" names a work, "Dawson’s" alone does not say so
      if (i + 1 < b && CAPITALIZED.test(ctx.tokens[i + 1]!.text)) ordinary = true;
      continue;
    }
    words++;
    if (!CAPITALIZED.test(t)) {
      if (!TITLE_GLUE.has(ctx.folded[i]!) || i === a) return false;
      continue;
    }
    if (ordinaryWord(ctx, i)) ordinary = true;
  }
  return words >= 2 && words <= MAX_TITLE_WORDS && ordinary;
}

/** The token ranges [start, end) of quoted titles: the words between a pair of quotes within one sentence. */
export function quotedTitles(ctx: QuotedTitleContext): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!.text;
    if (open >= 0 && ctx.sentenceOf[i] !== ctx.sentenceOf[open]) open = -1;
    if (open >= 0 && t === closer) {
      if (isTitle(ctx, open + 1, i)) out.push([open + 1, i]);
      open = -1;
      continue;
    }
    if (open < 0 && CLOSER[t] !== undefined) {
      open = i;
      closer = CLOSER[t]!;
    }
  }
  return out;
}

/** Drops person and place spans inside quoted titles of works, unless seen as a name outside them or a known place. */
export function dropQuotedTitleNames(spans: readonly TokenSpan[], ctx: QuotedTitleContext): TokenSpan[] {
  const titles = quotedTitles(ctx);
  if (titles.length === 0) return [...spans];
  const inTitle = new Uint8Array(ctx.tokens.length);
  for (const [a, b] of titles) inTitle.fill(1, a, b);
  const key = (s: TokenSpan) => ctx.folded.slice(s.start, s.end).join(' ');
  const outside = new Set(spans.filter((s) => !inTitle[s.start]).map(key));
  return spans.filter((s) => {
    if (!inTitle[s.start] || (s.type !== 'PER' && s.type !== 'LOC')) return true;
    const k = key(s);
    if (outside.has(k)) return true;
    return s.type === 'LOC' && ((ctx.gazetteer.phrases.get(k) ?? 0) & PLACE_BITS) !== 0;
  });
}
