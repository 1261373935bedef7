// Postal codes that are words: the tagger marks "OK" ("you are going to be OK") or "IN" ("IN 1ST")
// as places, and `letter-codes.ts` keeps them since they are US states' postal codes. A code names
// a state where addresses and listings write it, after a town and a comma
// (`postal-code-places.ts`), or where tables do ("Portland OR", "State: OH"); elsewhere a code
// that is also an English word in capitals (OK, IN, OR, ME, HI, OH, ID, ON) is the word, and its
// one-word place span is dropped. (Degrees after a name, ", MD", are `post-nominals.ts`'s.) Pure:
// token spans in and out.

import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** Postal codes that are English words written in capitals. Written for Gloss. */
const WORD_CODES = new Set('OK IN OR ME HI OH ID ON'.split(' '));
const CAPITALIZED = /^\p{Lu}/u;

export interface PostalWordContext {
  tokens: readonly Token[];
}

/** True when the code at `i` follows a place span ("Portland OR") or a "State:" label, as tables write it. */
function stateSlot(ctx: PostalWordContext, before: TokenSpan | undefined, i: number): boolean {
  if (before?.type === 'LOC' && before.end === i) return true;
  const label = ctx.tokens[i - 1]?.text === ':' ? ctx.tokens[i - 2]?.text : undefined;
  return label === 'State' || label === 'state';
}

/** Drops one-word place spans of a postal code that reads as a word (above). */
export function dropPostalCodeWords(spans: readonly TokenSpan[], ctx: PostalWordContext): TokenSpan[] {
  return spans.filter((s, k) => {
    if (s.type !== 'LOC' || s.end - s.start !== 1 || !WORD_CODES.has(ctx.tokens[s.start]!.text)) return true;
    const afterName = ctx.tokens[s.start - 1]?.text === ',' && CAPITALIZED.test(ctx.tokens[s.start - 2]?.text ?? '');
    return afterName || stateSlot(ctx, spans[k - 1], s.start);
  });
}
