// Names with a date glued on: the tagger sometimes runs a name on over "in 2020" ("Who will make
// the Rock Hall in 2020?"), and no name ends on a preposition of time and a number. Such a span
// is cut before the preposition. Pure: token spans in and out.

import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** What the rule reads of the document. */
export interface DatedNameContext {
  tokens: readonly Token[];
  folded: readonly string[];
}

/** Prepositions of time ("in 2020", "since 1998"); not "of" ("Class of 2020" is a name). */
const TIME_PREPOSITIONS = new Set(['in', 'since', 'until', 'by', 'before', 'after', 'during']);
/** A year or another bare number ("2020", "1990s"). */
const NUMBER = /^\d+s?$/;

/** Cuts "in <year>" and the like off the end of a span (see the module comment). */
export function datesOffNames(spans: readonly TokenSpan[], ctx: DatedNameContext): TokenSpan[] {
  return spans.map((s) => {
    const p = s.end - 2;
    if (p <= s.start || !NUMBER.test(ctx.tokens[s.end - 1]!.text) || !TIME_PREPOSITIONS.has(ctx.folded[p]!)) return s;
    if (ctx.tokens[p]!.text !== ctx.folded[p]) return s; // "In 2020" in a title-case line is left to the case rules
    return { ...s, end: p };
  });
}
