// Governing bodies and tours named before their events in sports copy: "the UEFA Champions
// League", "the WTA and ATP Finals". The tagger marks the whole as one event (MISC), and the
// body — a league, federation or tour that readers look up (an organization) — is lost. The
// article says the acronym is a name of its own when
//  - the rest of the event, two words or more, is written alone elsewhere in it ("UEFA
//    Champions League" beside "Champions League"; a lone "Cup" says nothing), or
//  - the acronym is coordinated with an organization before it ("WTA and ATP Finals": the
//    WTA Finals and the ATP Finals, two tours' events).
// The acronym then becomes an organization and the rest keeps the event's type. "UEFA Cup"
// stays one event, as CoNLL writes it, and so does a headline in capitals ("1997 FED CUP":
// the word after the acronym must have a lowercase letter). Only in sports copy
// (`sports-copy.ts`). Pure: token spans in and out.

import type { TokenSpan } from '../spans';
import { sportsCopy } from './sports-copy';
import type { Token } from '../tokenizer';

const ACRONYM = /^[A-Z]{2,6}$/;

export interface BodyContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
}

/** Splits an acronym off the front of an event span when the article shows it is a body of its own. */
export function sportsBodies(spans: readonly TokenSpan[], ctx: BodyContext): TokenSpan[] {
  const { sentence, article } = sportsCopy(ctx.folded, ctx.sentenceOf);
  const key = (start: number, end: number) => ctx.folded.slice(start, end).join(' ');
  const names = new Set(spans.map((s) => key(s.start, s.end)));
  const out: TokenSpan[] = [];
  spans.forEach((s, k) => {
    const split =
      s.type === 'MISC' &&
      s.end - s.start >= 2 &&
      ACRONYM.test(ctx.tokens[s.start]!.text) &&
      /\p{Ll}/u.test(ctx.tokens[s.start + 1]!.text) &&
      (article || sentence[ctx.sentenceOf[s.start]!] === true) &&
      ((s.end - s.start >= 3 && names.has(key(s.start + 1, s.end))) || coordinated(ctx, spans[k - 1], s));
    if (split) out.push({ start: s.start, end: s.start + 1, type: 'ORG' }, { ...s, start: s.start + 1 });
    else out.push(s);
  });
  return out;
}

/** True if `p` is a one-word acronym organization joined to `s` by "and" ("WTA and ATP Finals"). */
function coordinated(ctx: BodyContext, p: TokenSpan | undefined, s: TokenSpan): boolean {
  return (
    p !== undefined &&
    p.type === 'ORG' &&
    p.end - p.start === 1 &&
    ACRONYM.test(ctx.tokens[p.start]!.text) &&
    p.end + 1 === s.start &&
    ctx.folded[p.end] === 'and'
  );
}
