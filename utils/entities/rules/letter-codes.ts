// Short capital-letter words the tagger calls places although they name no place: "PC", "VR",
// "TV", "GPS", "CEO" in running text are things, devices and roles. Place names written this
// way are few and known: the gazetteer's ("UK", "US"), the US states' postal codes ("NY",
// "CA", "TX") and a handful of common abbreviations of cities and countries ("NYC", "LA",
// "UAE", "HK"). A place span of one such word that is none of those is dropped. Pure: token
// spans in and out.

import { type Gazetteer, PLACE_BITS } from '../gazetteer';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** US states' and DC's postal codes, and common abbreviations of places. Written for Gloss. */
const PLACE_CODES = new Set(
  `al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa
  ri sc sd tn tx ut vt va wa wv wi wy dc usa uk us uae nyc sf nz hk prc drc dprk rok ksa gb eu un`.split(/\s+/),
);
const LETTER_CODE = /^\p{Lu}{2,4}$/u;

export interface LetterCodeContext {
  tokens: readonly Token[];
  folded: readonly string[];
  gazetteer: Gazetteer;
}

/** Drops one-word place spans written as 2–4 capitals that name no known place. */
export function dropLetterCodePlaces(spans: readonly TokenSpan[], ctx: LetterCodeContext): TokenSpan[] {
  return spans.filter((s) => {
    if (s.type !== 'LOC' || s.end - s.start !== 1 || !LETTER_CODE.test(ctx.tokens[s.start]!.text)) return true;
    const f = ctx.folded[s.start]!;
    return PLACE_CODES.has(f) || ((ctx.gazetteer.phrases.get(f) ?? 0) & PLACE_BITS) !== 0;
  });
}
