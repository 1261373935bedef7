// The shape of a place's name: two or more words ending on a word that heads names of places
// ("Ninety Mile Beach", "Hyde Park", "Kowloon City", "Whangārei Harbour"). In a title-case line
// (case-evidence.ts) a capital proves nothing, but the head word still does: such a place span
// is kept whole, as a person span with a full name's shape is, instead of being shrunk to the
// part the gazetteer knows ("Ninety Mile Beach" is no "Ninety") or dropped. Pure.

import { PLACE_HEADS } from './span-rules';
import type { TokenSpan } from '../spans';

/**
 * Heads of places beyond the road, venue and water words of `PLACE_HEADS`: grounds and halls, and
 * kinds of place that end their own names. Words that also end names of states as bodies
 * ("Islamic State", "Republic", "Kingdom") are left out. Written for Gloss.
 */
const MORE_HEADS = new Set(
  `park center centre hall theatre theater garden gardens city town village province district region territory
  borough coast harbour harbor port sea ocean gulf strait desert forest heights springs falls hills`.split(/\s+/),
);

/** True when `span` is a place of two or more words whose last word heads names of places. */
export function hasPlaceShape(span: TokenSpan, folded: readonly string[]): boolean {
  if (span.type !== 'LOC' || span.end - span.start < 2) return false;
  const head = folded[span.end - 1]!;
  return PLACE_HEADS.has(head) || MORE_HEADS.has(head);
}
