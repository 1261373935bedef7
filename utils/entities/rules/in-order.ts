// Rules over token spans run as a chain: each takes the spans the one before returned. The
// recognizer's SPAN_PASSES, the span repairs (span-rules.ts) and the organization shapes
// (org-shapes.ts) are such chains; this is the one place that runs them. Pure.

import type { TokenSpan } from '../spans';

/** A rule over token spans, given what it reads of the document. Rules never change their input. */
export type SpanRule<C> = (spans: TokenSpan[], ctx: C) => TokenSpan[];

/** Applies `rules` in order to a copy of `spans`. */
export function applyInOrder<C>(rules: readonly SpanRule<C>[], spans: readonly TokenSpan[], ctx: C): TokenSpan[] {
  return rules.reduce((out, rule) => rule(out, ctx), [...spans]);
}
