// Names of waters, landforms, grounds and landmark buildings by their last word: "Hancock Pond",
// "Willett Brook", "Lincoln Reservoir", "Deccan Plateau", "Clarence Dock", "Subiaco Oval",
// "Victoria Skating Rink", "Westminster Abbey". The tagger, seeing a surname or a town before
// the word, reads a person or an organization. `facilityPlaces` (span-rules.ts) already turns
// spans ending on roads, venues, rivers and lakes into places; this pass adds the heads it lacks,
// in two kinds:
// - heads that name only places (Reservoir, Plateau, Oval, Cathedral, Cemetery …): a person or
//   organization span ending on one is a place;
// - heads that are surnames too (Brook, Pond, Temple, Castle, Tower, Heath, Marsh …): a person
//   span ending on one stays a person when it opens on a first name ("Shirley Temple", "Edward
//   Heath"); otherwise it is a place, as is an organization ending on one.
// Pure: token spans in and out.

import { type Gazetteer, isFirstName } from '../gazetteer';
import type { TokenSpan } from '../spans';

/** Last words that name only places. Written for Gloss. */
const PLACE_ONLY_HEADS = new Set(
  `reservoir plateau playfield oval rink racecourse racetrack speedway raceway velodrome ballpark fairground
  fairgrounds cathedral mosque synagogue cemetery canal lagoon glacier canyon wharf quay marina fjord
  memorial monument`.split(/\s+/),
);
/** Last words of place names that are surnames too. Written for Gloss. */
const SURNAME_HEADS = new Set(
  'pond brook dock docks pier cove gorge marsh swamp reef heath moor abbey temple castle tower towers'.split(' '),
);

export interface FeatureContext {
  folded: readonly string[];
  gazetteer: Gazetteer;
}

/** Retypes person and organization spans ending on a head of waters, landforms, grounds or landmarks as places. */
export function featurePlaces(spans: readonly TokenSpan[], ctx: FeatureContext): TokenSpan[] {
  return spans.map((s) => {
    if ((s.type !== 'PER' && s.type !== 'ORG') || s.end - s.start < 2) return s;
    const head = ctx.folded[s.end - 1]!;
    if (PLACE_ONLY_HEADS.has(head)) return { ...s, type: 'LOC' };
    if (!SURNAME_HEADS.has(head)) return s;
    const firstName = isFirstName(ctx.gazetteer, ctx.folded[s.start]!);
    return s.type === 'PER' && firstName ? s : { ...s, type: 'LOC' };
  });
}
