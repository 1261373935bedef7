// One-word places the tagger marked and the gazetteer knows are no weak evidence. Coreference
// drops a one-word name whose every mention is weak (weak-mentions.ts): an ordinary word's
// capital at a sentence start, or a word Wikipedia writes mostly in lowercase. Many towns are
// such words ("Nice", "Reading", "Mobile", "Independence") or open a dateline ("BEIJING —");
// when the tagger read one as a place and the gazetteer lists it as a city, region or country,
// the two agree, and the mention stands. Pure: token spans in, token indices out.

import { type Gazetteer, PLACE_BITS } from '../gazetteer';
import type { TokenSpan } from '../spans';

/** Token indices of one-word place spans whose word the gazetteer knows as a place. */
export function knownPlaceTokens(
  spans: readonly TokenSpan[],
  folded: readonly string[],
  gazetteer: Gazetteer,
): Set<number> {
  const out = new Set<number>();
  for (const s of spans)
    if (s.type === 'LOC' && s.end - s.start === 1 && (gazetteer.phrases.get(folded[s.start]!) ?? 0) & PLACE_BITS)
      out.add(s.start);
  return out;
}
