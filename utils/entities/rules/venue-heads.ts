// Music and arts venues, parks, museums, embassies and arenas the tagger reads as organizations:
// "stops at Blossom Music Center on July 22", "the Saratoga Performing Arts Center", "strolling
// around Central Park", "two games at Staples Center". The reader meets a place there (the gold pages' guide
// lists concert venues, parks and stadiums as places), but the tagger learnt "Center" and
// "Theatre" as heads of bodies. Three shapes, each on a span of two or more words typed ORG or
// PER, that is not followed by "for", "on" or "of" and a capitalized word (the "Center for
// Strategic Studies" is a body; "Blossom Music Center on July 22" is not):
//  - a venue's head (center, hall, theatre, pavilion, park, factory, garden, stage …) after a word
//    naming what is staged there ("Music", "Arts", "Performing Arts", "Convention", "Civic",
//    "Events", "Concert", "Exhibition", "Orchestra", "Symphony", "Opera"): research, medical and space centres are not venues and
//    have none of those words;
//  - a park, museum, embassy or consulate in a place slot: after a preposition of place or a verb
//    of going in ("around Central Park", "stormed the Bardo National Museum"), or before "in" and
//    a capitalized word ("out of the Ecuadorean Embassy in London"); "the Embassy said" stays;
//  - in sports copy (`sports-copy.ts`), an arena's head (center, centre, garden, dome) after "at"
//    ("at Staples Center", "at the TD Garden"): games are played at arenas, not at companies.
// Pure: token spans in and out.

import { MONTHS, WEEKDAYS } from '../lexicon';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';
import { sportsCopy } from './sports-copy';

/** Last words of venues' names. Written for Gloss. */
const VENUE_HEADS = new Set(
  'center centre hall theatre theater pavilion park factory garden gardens stage amphitheatre amphitheater museum embassy consulate'.split(
    ' ',
  ),
);
/** Words naming what a venue stages, before its head. Written for Gloss. */
const VENUE_KINDS = new Set(
  'music arts performing concert convention civic events event exhibition expo orchestra symphony opera recital comedy jazz'.split(
    ' ',
  ),
);
/** Prepositions that lead to a place. */
const PLACE_PREPOSITIONS = new Set('in at around near through across into inside outside from to'.split(' '));
/** Heads of grounds and buildings that are places when the sentence puts them in a place slot. */
const BUILDING_HEADS = new Set(['park', 'museum', 'embassy', 'consulate']);
/** Verbs of going into a building or grounds ("stormed the … Museum"). Written for Gloss. */
const VISIT_VERBS = new Set(
  'visit visits visited visiting enter enters entered entering storm stormed tour toured touring reach reached'.split(
    ' ',
  ),
);
/** Heads of arenas, where games are played. */
const ARENA_HEADS = new Set('center centre garden dome'.split(' '));
/** Words after a body's head that name what the body is for ("Center for …", "Theatre of …"). */
const BODY_TAILS = new Set(['for', 'on', 'of']);
const CAPITALIZED = /^\p{Lu}/u;
/** Months and weekdays, dotted or not: "on July 22" is a date, not what a body is for. */
function dateWord(folded: string): boolean {
  const f = folded.endsWith('.') ? folded.slice(0, -1) : folded;
  return MONTHS.has(f) || WEEKDAYS.has(f);
}

export interface VenueHeadContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
}

/** True when token `i` starts what a body is for: "for", "on" or "of" before a capitalized word ("Center on Poverty"). */
function bodyTail(ctx: VenueHeadContext, i: number): boolean {
  if (!BODY_TAILS.has(ctx.folded[i] ?? '')) return false;
  const next = ctx.folded[i + 1] === 'the' ? i + 2 : i + 1;
  const word = ctx.tokens[next]?.text ?? '';
  return ctx.sentenceOf[next] === ctx.sentenceOf[i] && CAPITALIZED.test(word) && !dateWord(ctx.folded[next]!);
}

/** True when "in" and a capitalized word follow token `end` in its sentence ("… Embassy in Tunis"). */
function locatedIn(ctx: VenueHeadContext, end: number): boolean {
  return (
    ctx.folded[end] === 'in' &&
    ctx.sentenceOf[end + 1] === ctx.sentenceOf[end] &&
    CAPITALIZED.test(ctx.tokens[end + 1]?.text ?? '')
  );
}

/** True when span `s` (ORG or PER, two or more words, no body's tail after it) has a venue's shape (above). */
function venueShaped(ctx: VenueHeadContext, s: TokenSpan, inSports: boolean): boolean {
  const head = ctx.folded[s.end - 1]!;
  if (VENUE_HEADS.has(head) && VENUE_KINDS.has(ctx.folded[s.end - 2]!)) return true;
  const lead = ctx.folded[s.start - 1] === 'the' ? s.start - 2 : s.start - 1;
  const slot = ctx.folded[lead] ?? '';
  if (BUILDING_HEADS.has(head) && (PLACE_PREPOSITIONS.has(slot) || VISIT_VERBS.has(slot) || locatedIn(ctx, s.end)))
    return true;
  return inSports && ARENA_HEADS.has(head) && ctx.folded[lead] === 'at';
}

/** Makes venues, parks and arenas typed as organizations or people places (above). */
export function venueHeadPlaces(spans: readonly TokenSpan[], ctx: VenueHeadContext): TokenSpan[] {
  let sports: ReturnType<typeof sportsCopy> | undefined;
  return spans.map((s) => {
    if ((s.type !== 'ORG' && s.type !== 'PER') || s.end - s.start < 2) return s;
    if (!VENUE_HEADS.has(ctx.folded[s.end - 1]!) || bodyTail(ctx, s.end)) return s;
    sports ??= sportsCopy(ctx.folded, ctx.sentenceOf);
    const inSports = sports.article || sports.sentence[ctx.sentenceOf[s.start]!] === true;
    return venueShaped(ctx, s, inSports) ? { ...s, type: 'LOC' } : s;
  });
}
