// Streets and roads as news pages write them: police logs, court reports and local news give
// addresses ("of 1119 Eighth St.", "near 17th Street", "behind 2134 Caldwell Place", "of 3170
// W. County Road 600S"), and readers (and the page gold) count the road as a place. The tagger
// learnt from Reuters text, where addresses are rare: it leaves a road opening on an ordinal
// untagged, calls "Caldwell Place" an organization and cuts the route number off "County
// Road". This pass finds the name of a road by its shape — capitalized words or ordinals ending
// on a road word — and makes it one place span:
// - a road word that names roads only (Street, Avenue, Road, Boulevard, Highway, their
//   abbreviations) makes any such run a place;
// - a road word that is also an ordinary word or a surname (Place, Way, Court, Drive, Lane …)
//   does so only after a house number, with an ordinal first or a route number after
//   ("2134 Caldwell Place", "State Route 267"; "Great Place", "Barry Lane" stay as they are);
// - a route number after Road, Route or Highway belongs to the name ("County Road 600S").
// An abbreviation followed by a capitalized word is a saint, not a street ("St. Louis"), and
// a run followed by a capitalized word names something on the road ("Wall Street Journal",
// "Hayes Street Grill"): both are left to the tagger. Pure: token spans in and out.

import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** Last words that name roads only. */
const ROAD_WORDS = new Set(
  `street st st. avenue ave ave. road rd rd. boulevard blvd blvd. highway hwy hwy. parkway pkwy pkwy. freeway
  expressway turnpike interstate`.split(/\s+/),
);
/** Last words of road names that are ordinary words or surnames too: only with a house number or an ordinal. */
const NUMBERED_ROAD_WORDS = new Set(
  'place way court ct ct. drive dr dr. lane ln ln. terrace circle trail pike route crescent close'.split(' '),
);
/** Road words a route number may follow ("County Road 600S", "State Route 267", "Highway 101"). */
const ROUTE_WORDS = new Set('road rd rd. route highway hwy hwy. interstate freeway pike'.split(' '));
/** Abbreviations that are also a saint's or a doctor's title before a name ("St. Louis", "Dr. Smith"). */
const TITLE_ABBREVIATIONS = new Set(['st', 'st.', 'dr', 'dr.']);
/** Capitalized words that open a clause or a phrase, never a road's name ("On Main Street"). */
const FUNCTION_WORDS = new Set(
  `the a an and or of in on at near to from by for with into onto off along across behind past via between
  this that these those his her their its our my your`.split(/\s+/),
);

const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
const HOUSE_NUMBER = /^\d{1,6}[A-Za-z]?$/;
const ROUTE_NUMBER = /^\d{1,4}[A-Za-z]{0,2}$/;
const CAPITALIZED = /^\p{Lu}/u;
const MAX_NAME_WORDS = 3;

export interface StreetContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
}

/** A word that may stand in a road's name before its road word: a capitalized word or an ordinal. */
function nameWord(ctx: StreetContext, i: number): boolean {
  const t = ctx.tokens[i]!.text;
  return ORDINAL.test(t) || (CAPITALIZED.test(t) && !FUNCTION_WORDS.has(ctx.folded[i]!));
}

/** The road name ending on the road word at `head` as a token range, or null when it is none. */
function roadAt(ctx: StreetContext, head: number): { start: number; end: number } | null {
  const f = ctx.folded[head]!;
  const clear = ROAD_WORDS.has(f);
  if (!(clear || NUMBERED_ROAD_WORDS.has(f)) || !CAPITALIZED.test(ctx.tokens[head]!.text)) return null;
  const sentence = ctx.sentenceOf[head];
  let start = head;
  while (
    start > 0 &&
    head - start < MAX_NAME_WORDS &&
    ctx.sentenceOf[start - 1] === sentence &&
    nameWord(ctx, start - 1)
  )
    start--;
  if (start === head) return null;
  const sameSentence = (i: number) => i >= 0 && i < ctx.tokens.length && ctx.sentenceOf[i] === sentence;
  let end = head + 1;
  if (ROUTE_WORDS.has(f) && sameSentence(end) && ROUTE_NUMBER.test(ctx.tokens[end]!.text)) end++;
  const numbered =
    end > head + 1 ||
    ORDINAL.test(ctx.tokens[start]!.text) ||
    (sameSentence(start - 1) && HOUSE_NUMBER.test(ctx.tokens[start - 1]!.text));
  if (!clear && !numbered) return null;
  // a capitalized word after the name: a saint's town ("St. Louis") or a thing on the road ("Wall Street Journal")
  if (sameSentence(end) && CAPITALIZED.test(ctx.tokens[end]!.text)) return null;
  if (end === head + 1 && TITLE_ABBREVIATIONS.has(f) && !numbered) return null;
  return { start, end };
}

/** Makes each road name (by its shape, above) one place span, in place of the spans inside it. */
export function streetPlaces(spans: readonly TokenSpan[], ctx: StreetContext): TokenSpan[] {
  const roads: TokenSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const road = roadAt(ctx, i);
    if (!road) continue;
    // a span reaching outside the road's name is a longer name the tagger saw ("Bell St Station"): keep it
    const crossing = spans.some(
      (s) => s.start < road.end && s.end > road.start && (s.start < road.start || s.end > road.end),
    );
    if (!crossing) roads.push({ ...road, type: 'LOC' });
    i = road.end - 1;
  }
  if (!roads.length) return [...spans];
  const kept = spans.filter((s) => !roads.some((r) => s.start < r.end && s.end > r.start));
  return [...kept, ...roads].sort((a, b) => a.start - b.start);
}
