// People named on a line of their own. Tables, lists of contributors, credits and captions
// write a name alone on its line ("Robert Antoni Buj Gelonch", "Oliver-Rainer Wittmann"
// between figures), where the tagger, with no sentence around it, often stops short of a rare
// surname or types a hyphenated given name it does not know as an organization. A line of two
// to four capitalized name words, none an ordinary English word nor a place or organization
// the gazetteer knows, opening on a first name the gazetteer knows (or a hyphenated pair of
// them: "Oliver-Rainer", "Jean-Pierre"), is one person when a person span covers part of it or
// a span covers its hyphenated first name and nothing else spans it. Pure: token spans in and out.

import { type Gazetteer, COMMON_BIT, FIRST_BIT, ORG_BIT, PLACE_BITS } from '../gazetteer';
import { isOrdinaryWord } from './ordinary-spans';
import type { TokenSpan } from '../spans';
import type { Sentence, Token } from '../tokenizer';

export interface NameLineContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentences: readonly Sentence[];
  gazetteer: Gazetteer;
}

/** A capitalized word, its parts joined by hyphens or apostrophes ("Oliver-Rainer", "O'Brien"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

function bits(ctx: NameLineContext, key: string): number {
  return ctx.gazetteer.phrases.get(key) ?? 0;
}

/** A first name the gazetteer knows, no ordinary word; or a hyphenated pair of such names. */
function givenName(ctx: NameLineContext, folded: string): boolean {
  const parts = folded.split('-');
  return parts.length <= 2 && parts.every((p) => (bits(ctx, p) & (FIRST_BIT | COMMON_BIT)) === FIRST_BIT);
}

/** True if the token is a name word that is no ordinary word and no known place or organization. */
function nameOnly(ctx: NameLineContext, i: number): boolean {
  const f = ctx.folded[i]!;
  if (!NAME_WORD.test(ctx.tokens[i]!.text) || bits(ctx, f) & (PLACE_BITS | ORG_BIT)) return false;
  return !f.split('-').some((p) => isOrdinaryWord(p, ctx.gazetteer));
}

/** Makes each line of the shape above one person span. */
export function personNameLines(spans: readonly TokenSpan[], ctx: NameLineContext): TokenSpan[] {
  const out = [...spans];
  let k = 0;
  for (const line of ctx.sentences) {
    while (k < out.length && out[k]!.end <= line.start) k++;
    const n = line.end - line.start;
    if (n < 2 || n > 4 || k >= out.length) continue;
    const s = out[k]!;
    // one span inside the line, at one of its ends, leaving words untagged
    if (s.start >= line.end || s.end > line.end || s.start < line.start) continue;
    if (k + 1 < out.length && out[k + 1]!.start < line.end) continue;
    if ((s.start !== line.start && s.end !== line.end) || s.end - s.start === n) continue;
    if (!givenName(ctx, ctx.folded[line.start]!)) continue;
    if (s.type !== 'PER' && !(s.start === line.start && s.end - s.start === 1 && ctx.folded[s.start]!.includes('-')))
      continue;
    let names = true;
    for (let i = line.start + 1; i < line.end && names; i++) names = nameOnly(ctx, i);
    if (names) out[k] = { start: line.start, end: line.end, type: 'PER' };
  }
  return out;
}
