// Postal codes that are words: the tagger marks "OK" ("you are going to be OK") and "MD" ("Katie
// Allen, MD, PhD") as places, and `letter-codes.ts` keeps them since they are US states' postal
// codes. A code names a state where addresses and listings write it, after a town and a comma
// (`postal-code-places.ts`); elsewhere a code that is also an English word in capitals (OK, IN,
// OR, ME, HI, OH, ID, ON) is the word, and a doctor's or physician assistant's degree after a
// person's name (", MD", ", PA") is no place. Tables keep theirs ("Portland OR", "State: OH"). Such one-word place spans are dropped. Pure: token
// spans in and out.

import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** Postal codes that are English words written in capitals. Written for Gloss. */
const WORD_CODES = new Set('OK IN OR ME HI OH ID ON'.split(' '));
/** Postal codes that are degrees after a name. */
const DEGREE_CODES = new Set(['MD', 'PA']);
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

/** Drops one-word place spans of a postal code that reads as a word or a degree (above). */
export function dropPostalCodeWords(spans: readonly TokenSpan[], ctx: PostalWordContext): TokenSpan[] {
  return spans.filter((s, k) => {
    if (s.type !== 'LOC' || s.end - s.start !== 1) return true;
    const code = ctx.tokens[s.start]!.text;
    const afterName = ctx.tokens[s.start - 1]?.text === ',' && CAPITALIZED.test(ctx.tokens[s.start - 2]?.text ?? '');
    if (WORD_CODES.has(code)) return afterName || stateSlot(ctx, spans[k - 1], s.start);
    if (!DEGREE_CODES.has(code) || !afterName) return true;
    const before = spans[k - 1];
    return !(before && before.type === 'PER' && before.end === s.start - 1 && before.end - before.start > 1);
  });
}
