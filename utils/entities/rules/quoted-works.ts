// Titles in quotation marks are works, not organizations or people. (quoted-titles.ts drops
// the people and places of quoted titles that hold an ordinary word; this pass, after the
// organization rules, retypes every name of a title as MISC.) News copy quotes the
// titles of games, films, shows and songs ("big, beautiful ‘Forza Horizon 3’", "“Batman Arkham
// VR” ($20)"), and the tagger reads their capitalized words as organizations or people. A
// quotation whose words are all written as a title (capitalized, numbers, or the small words
// titles keep in lowercase) and that holds a name is a title: the whole title becomes one
// MISC span (recognized, not marked), so that no word of it is left a name of its own (the
// tagger splits "A Beautiful Lie" into "A Beautiful" and a person "Lie"; "Lawrence of
// Arabia" into a person and a place). A quotation with ordinary lowercase words in it is
// speech or a phrase, and is left alone ("“Trump is wrong,” she said"). Pure: token spans in
// and out.

import { ownerIndex, type TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** Opening quotation marks and the marks that close each. */
const CLOSERS: Record<string, string> = { '“': '”', '‘': '’', '"': '"' };
/** Lowercase words a title keeps ("Attack of the Clones", "Dancing with the Stars"). */
const SMALL_WORDS = new Set('a an the of and or in on at to for with from by vs vs.'.split(' '));
/** Longest quotation read as a title, in tokens. */
const MAX_TITLE = 12;

export interface QuoteContext {
  tokens: readonly Token[];
  folded: readonly string[];
}

/** A token a title may hold: a capitalized word, a number or mixed code ("2K17"), or a small word. */
function titleToken(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i]!.text;
  return /^[\p{Lu}\p{N}]/u.test(t) || SMALL_WORDS.has(ctx.folded[i]!) || /^[-:,.!?&'’]$/.test(t);
}

/** The end (index of the closing mark) of the title quotation opened at token i, or -1. */
function titleEnd(ctx: QuoteContext, i: number): number {
  const close = CLOSERS[ctx.tokens[i]!.text];
  if (!close) return -1;
  for (let j = i + 1; j < ctx.tokens.length && j <= i + MAX_TITLE + 1; j++) {
    // a quoted name before "<address>" is the sender's display name ("Ryan Reynolds" <r…@…>), no title
    if (ctx.tokens[j]!.text === close)
      return j > i + 1 && /^[\p{Lu}\p{N}]/u.test(ctx.tokens[i + 1]!.text) && ctx.tokens[j + 1]?.text !== '<' ? j : -1;
    if (!titleToken(ctx, j)) return -1;
  }
  return -1;
}

/** The title's words inside quotation marks opened at `open` and closed at `close`, without punctuation at its edges. */
function titleWords(ctx: QuoteContext, open: number, close: number): TokenSpan {
  let start = open + 1;
  let end = close;
  const bare = (i: number) => !/[\p{L}\p{N}]/u.test(ctx.tokens[i]!.text);
  while (start < end && bare(start)) start++;
  while (end > start && bare(end - 1)) end--;
  return { start, end, type: 'MISC' };
}

/** True if the words of `region` hold a name and no name crosses its edges. */
function holdsNames(region: TokenSpan, spans: readonly TokenSpan[], owner: Int32Array): boolean {
  const a = owner[region.start]!;
  const b = owner[region.end - 1]!;
  if ((a >= 0 && spans[a]!.start < region.start) || (b >= 0 && spans[b]!.end > region.end)) return false;
  for (let i = region.start; i < region.end; i++) if (owner[i]! >= 0) return true;
  return false;
}

/** Makes every quotation written as a title that holds a name one MISC span, in place of the names inside it. */
export function quotedWorks(spans: readonly TokenSpan[], ctx: QuoteContext): TokenSpan[] {
  const owner = ownerIndex(spans, ctx.tokens.length);
  const titles: TokenSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const close = titleEnd(ctx, i);
    if (close < 0) continue;
    const title = titleWords(ctx, i, close);
    if (title.end > title.start && holdsNames(title, spans, owner)) titles.push(title);
    i = close;
  }
  if (!titles.length) return [...spans];
  const inTitle = new Uint8Array(ctx.tokens.length);
  for (const t of titles) inTitle.fill(1, t.start, t.end);
  return [...spans.filter((s) => !inTitle[s.start]), ...titles].sort((x, y) => x.start - y.start);
}
