// Names of waters, landforms, grounds and landmark buildings by their last word: "Hancock Pond",
// "Willett Brook", "Lincoln Reservoir", "Deccan Plateau", "Clarence Dock", "Subiaco Oval",
// "Victoria Skating Rink", "Westminster Abbey". The tagger, seeing a surname or a town before
// the word, reads a person or an organization. `facilityPlaces` (span-rules.ts) already turns
// spans ending on roads, venues, rivers and lakes into places; this pass adds the heads it lacks,
// in two kinds:
// - heads that name only places (Reservoir, Plateau, Oval, Cathedral, Cemetery …): a person or
//   organization span ending on one is a place, unless it is a person span of a first name the
//   gazetteer knows as no place and the head (initials between allowed): some of these words
//   are surnames as well ("Matthew Quay", "George Canyon"), and a place is named after a
//   person's surname or full name or a town ("Lincoln Reservoir", "Bobby Morris Playfield",
//   "Elizabeth Quay"), seldom after a bare first name. Memorials and monuments are named after
//   people, first names and all ("Albert Memorial"): always places;
// - heads that are surnames too (Brook, Pond, Temple, Castle, Tower, Heath, Marsh …): a person
//   span ending on one stays a person when it opens on a first name ("Shirley Temple", "Edward
//   Heath"); otherwise it is a place, as is an organization ending on one.
// Pure: token spans in and out.

import { type Gazetteer, isFirstName, PLACE_BITS } from '../gazetteer';
import type { TokenSpan } from '../spans';

/** Last words that name only places. Written for Gloss. */
const PLACE_ONLY_HEADS = new Set(
  `reservoir plateau playfield oval rink racecourse racetrack speedway raceway velodrome ballpark fairground
  fairgrounds cathedral mosque synagogue cemetery canal lagoon glacier canyon wharf quay marina fjord
  memorial monument`.split(/\s+/),
);
/** A middle initial, folded ("s."). */
const INITIAL = /^\p{L}\.$/u;
/** Heads of places named after people, whose whole name they hold ("Albert Memorial"). */
const NAMED_AFTER_PEOPLE = new Set(['memorial', 'monument']);
/** Last words of place names that are surnames too. Written for Gloss. */
const SURNAME_HEADS = new Set(
  'pond brook dock docks pier cove gorge marsh swamp reef heath moor abbey temple castle tower towers'.split(' '),
);

export interface FeatureContext {
  folded: readonly string[];
  gazetteer: Gazetteer;
}

/**
 * True if span s is a first name the gazetteer knows as no place ("Matthew", not "Lincoln"),
 * perhaps initials, and its last word: a person's name, not a place named after one.
 */
function firstNameAndHead(ctx: FeatureContext, s: TokenSpan): boolean {
  const first = ctx.folded[s.start]!;
  const bits = ctx.gazetteer.phrases.get(first) ?? 0;
  if (!isFirstName(ctx.gazetteer, first) || bits & PLACE_BITS) return false;
  for (let i = s.start + 1; i < s.end - 1; i++) if (!INITIAL.test(ctx.folded[i]!)) return false;
  return true;
}

/** Retypes person and organization spans ending on a head of waters, landforms, grounds or landmarks as places. */
export function featurePlaces(spans: readonly TokenSpan[], ctx: FeatureContext): TokenSpan[] {
  return spans.map((s) => {
    if ((s.type !== 'PER' && s.type !== 'ORG') || s.end - s.start < 2) return s;
    const head = ctx.folded[s.end - 1]!;
    const first = ctx.folded[s.start]!;
    if (PLACE_ONLY_HEADS.has(head)) {
      const person = s.type === 'PER' && !NAMED_AFTER_PEOPLE.has(head) && firstNameAndHead(ctx, s);
      return person ? s : { ...s, type: 'LOC' };
    }
    if (!SURNAME_HEADS.has(head)) return s;
    return s.type === 'PER' && isFirstName(ctx.gazetteer, first) ? s : { ...s, type: 'LOC' };
  });
}
