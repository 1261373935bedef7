// Places written in lowercase, as web text often writes them: "I live in malaysia", "from
// mexico", "beach resorts in kerala", "traveling to san francisco". The tagger leans on the
// capital and leaves such words untagged. A lowercase run of one to three words in no span,
// after a word that leads to places (in, from, near, visit …), that the gazetteer knows as a
// place and none of whose words is an ordinary word of running text or a nationality, is a
// place; the run is the longest such phrase.
// Only in social text (text-style.ts: lowercase sentence starts, handles, links), where
// lowercase names are common; in edited prose a lowercase "orange" is a colour, not the town.
// Found in the untagged places of UNER EWT dev (web text). Pure: token spans in and out.

import { COMMON_BIT, PLACE_BITS, type Gazetteer } from '../gazetteer';
import { COMMON_WORDS } from '../common-words';
import { DEMONYMS } from '../lexicon';
import type { TokenSpan } from '../spans';
import { textStyle } from '../text-style';
import type { Sentence, Token } from '../tokenizer';

/** Words that lead to a place. Written for Gloss. */
// not "to": verbs follow it ("to retreat", "to garner"), and some are towns somewhere
const LEADS = new Set('in from near visit visiting visited around across throughout'.split(' '));
const LOWERCASE = /^\p{Ll}[\p{Ll}-]*$/u;
const MAX_WORDS = 3;

export interface LowercasePlaceContext {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** True when the token at `end` is a dot glued to a word on both sides: an address, not a sentence end. */
function glued(ctx: LowercasePlaceContext, end: number): boolean {
  const dot = ctx.tokens[end];
  const after = ctx.tokens[end + 1];
  return dot !== undefined && after !== undefined && dot.start === ctx.tokens[end - 1]!.end && after.start === dot.end;
}

/** End of the longest known place phrase of lowercase words from `i` (ends before `limit`), or -1. */
function placeEnd(ctx: LowercasePlaceContext, i: number, limit: number): number {
  for (let end = Math.min(i + MAX_WORDS, limit); end > i; end--) {
    const words = ctx.tokens.slice(i, end);
    if (!words.every((t, k) => LOWERCASE.test(t.text) && ctx.sentenceOf[i + k] === ctx.sentenceOf[i])) continue;
    const folded = ctx.folded.slice(i, end);
    // an ordinary word ("from pop", "in peer") or a nationality is no place in lowercase
    if (folded.some((w) => DEMONYMS.has(w) || COMMON_WORDS.has(w))) continue;
    if (glued(ctx, end)) continue;
    const bits = ctx.gazetteer.phrases.get(folded.join(' ')) ?? 0;
    if ((bits & PLACE_BITS) !== 0 && (bits & COMMON_BIT) === 0) return end;
  }
  return -1;
}

/** Marks known places written in lowercase after a word leading to places. */
export function lowercasePlaces(spans: readonly TokenSpan[], ctx: LowercasePlaceContext): TokenSpan[] {
  // edited prose writes places with a capital: a lowercase "orange" there is a colour
  if (
    textStyle(
      ctx.tokens.map((t) => t.text),
      ctx.sentences,
    ) !== 'T'
  )
    return [...spans];
  const out: TokenSpan[] = [];
  let k = 0;
  for (let i = 1; i < ctx.tokens.length; i++) {
    while (k < spans.length && spans[k]!.end <= i) out.push(spans[k++]!);
    const next = spans[k];
    if (next && next.start <= i) continue;
    if (!LEADS.has(ctx.folded[i - 1]!)) continue;
    const end = placeEnd(ctx, i, next ? next.start : ctx.tokens.length);
    if (end < 0) continue;
    out.push({ start: i, end, type: 'LOC' });
    i = end - 1;
  }
  while (k < spans.length) out.push(spans[k++]!);
  return out;
}
