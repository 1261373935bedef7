// Places the tagger typed MISC: its MISC class holds nationalities, events and works, and a
// place name it has not seen, after words it met before such names, comes out MISC ("the
// invasion of Normandy", "the North Sea coast", "the town of Cold Spring Harbor"). Two
// kinds are retyped as places:
// - a MISC span of two or more words ending on a head of places (Sea, Harbor, County, Island …;
//   `hasPlaceShape`, less the heads events and works share, Park, Center, Hall …): "North Sea",
//   "South Jutland County";
// - a MISC span the gazetteer knows as a place (and not as a lowercase word of running text),
//   after a word that leads to places (in, into, near, across, from, of …): "in Normandy"; not
//   a nationality or language ("in German").
// Found in the missed places of the development corpora (wikigold, CoNLL dev). Pure: token
// spans in and out.

import { COMMON_BIT, PLACE_BITS, type Gazetteer } from '../gazetteer';
import { DEMONYMS } from '../lexicon';
import { hasPlaceShape } from './place-shape';
import type { TokenSpan } from '../spans';

/**
 * Heads of places that also end names of events, works and institutions ("Operation Market
 * Garden", "… Learning Center", "… Hall"): not enough to make a MISC span a place.
 */
const SHARED_HEADS = new Set('park center centre hall theatre theater garden gardens'.split(' '));
/** Words that lead to a place's name. Written for Gloss. */
const PLACE_LEADS = new Set('in into near across throughout from of towards toward outside inside'.split(' '));

export interface MiscPlaceContext {
  folded: readonly string[];
  gazetteer: Gazetteer;
}

/** True when the gazetteer knows the span's words as a place and not as an ordinary word. */
function knownPlace(s: TokenSpan, ctx: MiscPlaceContext): boolean {
  // "in German": a language or a nationality, though some region bears the name
  if (ctx.folded.slice(s.start, s.end).some((w) => DEMONYMS.has(w))) return false;
  const bits = ctx.gazetteer.phrases.get(ctx.folded.slice(s.start, s.end).join(' ')) ?? 0;
  return (bits & PLACE_BITS) !== 0 && (bits & COMMON_BIT) === 0;
}

/** Retypes MISC spans shaped as places, or known places after a word leading to one, as places. */
export function miscPlaces(spans: readonly TokenSpan[], ctx: MiscPlaceContext): TokenSpan[] {
  return spans.map((s) => {
    if (s.type !== 'MISC') return s;
    const asPlace = { ...s, type: 'LOC' };
    if (hasPlaceShape(asPlace, ctx.folded) && !SHARED_HEADS.has(ctx.folded[s.end - 1]!)) return asPlace;
    if (s.start > 0 && PLACE_LEADS.has(ctx.folded[s.start - 1]!) && knownPlace(s, ctx)) return asPlace;
    return s;
  });
}
