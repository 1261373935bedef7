// Product lines: a brand's product is named with a word of its line after it ("MacBook Pro",
// "iPad Mini", "Galaxy S10 Plus"). The tagger, never having seen the product, leaves the
// brand as an organization and reads the capitalized line word alone as a name ("Pro" as a
// person). A one-word span that is such a word (a closed class: pro, max, mini, plus, ultra,
// lite, air, edition, series …; never a first name such as "Max") right after a brand or an
// untagged capitalized word inside the sentence, with no space-less glue and no person or place
// before it, is part of a product's name and goes.
// Pure: token spans in and out.

import { FIRST_BIT } from '../gazetteer';
import type { SpanContext } from './span-rules';
import type { TokenSpan } from '../spans';

/** Words that name a product's line after its name (folded); never a name alone. Written for Gloss. */
export const LINE_WORDS: ReadonlySet<string> = new Set(
  'pro max mini plus ultra lite air edition series se xl neo'.split(' '),
);

// A capitalized word or a brand written with a lowercase prefix letter ("iPad", "eBay").
const NAME_LIKE = /^(?:\p{Lu}|\p{Ll}\p{Lu})/u;

/** Drops one-word spans that are a product's line word after its name (module comment). */
export function dropProductLineWords(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  const endsAt = new Map(spans.map((s) => [s.end, s.type]));
  return spans.filter((s) => {
    if (s.end - s.start !== 1 || s.start === 0 || !LINE_WORDS.has(ctx.folded[s.start]!)) return true;
    const prev = ctx.tokens[s.start - 1]!;
    if (ctx.sentenceOf[s.start - 1] !== ctx.sentenceOf[s.start] || prev.end === ctx.tokens[s.start]!.start) return true;
    if (!NAME_LIKE.test(prev.text) || ((ctx.gazetteer.phrases.get(ctx.folded[s.start]!) ?? 0) & FIRST_BIT) !== 0)
      return true;
    // "Carlos" + "Plus", "Dubai" + "Air": a person's or place's name before it is no product
    const before = endsAt.get(s.start);
    if (before === 'PER' || before === 'LOC') return true;
    // an untagged word capitalized only as its sentence's first ("Meanwhile Plus …") is no product name
    return before === undefined && (s.start - 1 === 0 || ctx.sentenceOf[s.start - 2] !== ctx.sentenceOf[s.start - 1]);
  });
}
