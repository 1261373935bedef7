// Grounds in sports copy are places. Three shapes the tagger gets wrong there:
//  - a ground named "Old …" ("his Old Trafford exit"): the tagger keeps the capitalized
//    ordinary word "Old" out and marks only "Trafford"; in sports copy "Old" before a one-word
//    place or person span belongs to the name, and the whole is a place;
//  - a ground named by a head word of sports grounds ("Villa Park", "Wrigley Field",
//    "Headingley Ground", "Kensington Oval"): in sports copy such a span is a place even when
//    the tagger read the club or the sponsor in it as an organization (research parks and
//    gardens elsewhere are left to the general facility rule of `span-rules.ts`);
//  - where a match is held, "at the Magic Box in Madrid": a name the tagger read as an event
//    (MISC) between "at (the)" and "in" + a place is the venue.
// Only in sports copy (`sports-copy.ts`), so "Old Bailey" in court news and "Park" in other
// names are not touched. Pure: token spans in and out.

import type { TokenSpan } from '../spans';
import { sportsCopy } from './sports-copy';
import type { Token } from '../tokenizer';

/** Last words of the names of sports grounds. Written for Gloss. */
const GROUND_HEADS = new Set('park field ground grounds oval stadium arena velodrome speedway raceway'.split(' '));

export interface VenueContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
}

/** True if span k is where something is held: "at the Magic Box in Madrid" (a place span after "in"). */
function heldAt(ctx: VenueContext, spans: readonly TokenSpan[], k: number): boolean {
  const s = spans[k]!;
  const at = ctx.folded[s.start - 1] === 'the' ? s.start - 2 : s.start - 1;
  const next = spans[k + 1];
  return ctx.folded[at] === 'at' && ctx.folded[s.end] === 'in' && next?.start === s.end + 1 && next.type === 'LOC';
}

/** Turns "Old" + a one-word place into one place, and grounds named by a ground head into places, in sports copy. */
export function sportsVenues(spans: readonly TokenSpan[], ctx: VenueContext): TokenSpan[] {
  const { sentence, article } = sportsCopy(ctx.folded, ctx.sentenceOf);
  const inSports = (i: number) => article || sentence[ctx.sentenceOf[i]!] === true;
  return spans.map((s, k) => {
    if (!inSports(s.start)) return s;
    const before = s.start - 1;
    if (
      (s.type === 'LOC' || s.type === 'PER') &&
      s.end - s.start === 1 &&
      ctx.tokens[before]?.text === 'Old' &&
      (k === 0 || spans[k - 1]!.end <= before) &&
      ctx.sentenceOf[before] === ctx.sentenceOf[s.start]
    )
      return { start: before, end: s.end, type: 'LOC' };
    if (s.type === 'ORG' && s.end - s.start >= 2 && GROUND_HEADS.has(ctx.folded[s.end - 1]!))
      return { ...s, type: 'LOC' };
    if (s.type === 'MISC' && heldAt(ctx, spans, k)) return { ...s, type: 'LOC' };
    return s;
  });
}
