// Words that open place names and are ordinary words too: "Old Trafford", "Little Rock", "Great
// Yarmouth", "New Brunswick", "Upper Hutt", "Fort Worth", "Port Talbot". The tagger, reading the
// adjective as English, sometimes starts the place one word late ("his Old Trafford exit" →
// "Trafford"). Inside a sentence such a word is written with a capital only as part of a name, so
// an untagged one directly before a place span opens that place. At a sentence's start the
// capital says nothing, and the span is left as the tagger made it. Pure: token spans in and out.

import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** Ordinary words that open place names. Written for Gloss. */
const PLACE_OPENERS = new Set(
  `old new great little upper lower greater grand high east west north south northern southern eastern western
  mount mt mt. fort ft ft. port lake cape saint st st. san santa`.split(/\s+/),
);
const CAPITALIZED = /^\p{Lu}\p{Ll}/u;

export interface PlacePrefixContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
}

/** Extends place spans over an untagged, capitalized place-opening word inside the sentence. */
export function placePrefixes(spans: readonly TokenSpan[], ctx: PlacePrefixContext): TokenSpan[] {
  return spans.map((s, k) => {
    const w = s.start - 1;
    if (s.type !== 'LOC' || w < 1 || ctx.sentenceOf[w] !== ctx.sentenceOf[s.start]) return s;
    // the word opens the sentence: its capital is no evidence
    if (ctx.sentenceOf[w - 1] !== ctx.sentenceOf[w]) return s;
    if (!PLACE_OPENERS.has(ctx.folded[w]!) || !CAPITALIZED.test(ctx.tokens[w]!.text)) return s;
    if (k > 0 && spans[k - 1]!.end > w) return s;
    return { ...s, start: w };
  });
}
