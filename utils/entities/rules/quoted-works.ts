// Titles in quotation marks are works, not organizations or people. (quoted-titles.ts drops
// the people and places of quoted titles that hold an ordinary word; this pass, after the
// organization rules, retypes every name of a title as MISC.) News copy quotes the
// titles of games, films, shows and songs ("big, beautiful ‘Forza Horizon 3’", "“Batman Arkham
// VR” ($20)"), and the tagger reads their capitalized words as organizations or people. A
// quotation whose words are all written as a title (capitalized, numbers, or the small words
// titles keep in lowercase) and that holds a name is a title: every name inside it becomes
// MISC (recognized, not marked). A quotation with ordinary lowercase words in it is speech or
// a phrase, and is left alone ("“Trump is wrong,” she said"). Pure: token spans in and out.

import type { TokenSpan } from '../spans';
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

/** Retypes as MISC every name inside a quotation written as a title. */
export function quotedWorks(spans: readonly TokenSpan[], ctx: QuoteContext): TokenSpan[] {
  const inTitle = new Uint8Array(ctx.tokens.length);
  for (let i = 0; i < ctx.tokens.length; i++) {
    const end = titleEnd(ctx, i);
    if (end < 0) continue;
    inTitle.fill(1, i + 1, end);
    i = end;
  }
  return spans.map((s) => {
    if (s.type === 'MISC') return s;
    for (let i = s.start; i < s.end; i++) if (!inTitle[i]) return s;
    return { ...s, type: 'MISC' };
  });
}
