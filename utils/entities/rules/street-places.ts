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
// Roads in French, Spanish, Italian and Portuguese put the road word first, and news copy keeps
// it so ("Boulevard Montmartre", "Rue de Rivoli", "Piazza della Signoria", "Praça do Comércio",
// "Avenida de Mayo"); the tagger reads a person or an organization. A road word of that kind
// (ROAD_FIRST_WORDS) and the capitalized words after it, linked by the particles of those
// languages (de, della, do …), are a place too, when the road word does not itself end a
// name ("Fifth Avenue Hotel" is left to the rule above).
// An abbreviation followed by a capitalized word is a saint, not a street ("St. Louis"), and
// a run followed by a capitalized word names something on the road ("Wall Street Journal",
// "Hayes Street Grill"): both are left to the tagger. Pure: token spans in and out.

import { COMPANY_WORDS } from './mistyped-places';
import { ORG_SUFFIX_HEADS } from './org-shapes';
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
/**
 * Road words that come before the road's name in French, Spanish, Italian and Portuguese (and
 * "Boulevard", "Avenue" as French and English write them: "Avenue Foch"). From the general
 * definition of the street-naming of those languages; "Place" only before a particle ("Place de
 * la Concorde"), as English uses it as an ordinary word. Written for Gloss.
 */
const ROAD_FIRST_WORDS = new Set(
  `rue boulevard avenue via viale corso piazza piazzale largo calle avenida paseo plaza praça praca rua
  travessa`.split(/\s+/),
);
/** Road words that open a road's name only before a particle ("Place de la Concorde"). */
const PARTICLE_ROAD_FIRST_WORDS = new Set(['place']);
/** Lowercase particles inside Romance road names ("Rue de Rivoli", "Praça do Comércio"). */
const NAME_PARTICLES = new Set(
  `de del della delle dei degli di da dal dalla do dos das du des la le les lo el l' d'`.split(/\s+/),
);
/** Words a road's name runs to after a first road word, at most. */
const MAX_FIRST_NAME_WORDS = 4;
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

/** True for a name word that may follow a first road word: capitalized and no function word. */
function capitalName(ctx: StreetContext, i: number): boolean {
  return CAPITALIZED.test(ctx.tokens[i]!.text) && !FUNCTION_WORDS.has(ctx.folded[i]!);
}

/**
 * The road name opening on a first road word at `head` ("Rue de Rivoli") as a token range, or
 * null: the capitalized words after it (particles between), when no name word stands before it.
 */
function roadFirstAt(ctx: StreetContext, head: number): { start: number; end: number } | null {
  const f = ctx.folded[head]!;
  const particleOnly = PARTICLE_ROAD_FIRST_WORDS.has(f);
  if (!(ROAD_FIRST_WORDS.has(f) || particleOnly) || !CAPITALIZED.test(ctx.tokens[head]!.text)) return null;
  const sentence = ctx.sentenceOf[head];
  const inSentence = (i: number) => i >= 0 && i < ctx.tokens.length && ctx.sentenceOf[i] === sentence;
  // a name word before it: the road word ends a name ("Fifth Avenue") or a headline is in capitals
  if (inSentence(head - 1) && nameWord(ctx, head - 1)) return null;
  // "Via" opening a sentence is the preposition ("Via Twitter, he said")
  if (f === 'via' && !inSentence(head - 1)) return null;
  if (particleOnly && !NAME_PARTICLES.has(ctx.folded[head + 1] ?? '')) return null;
  let end = head + 1;
  let i = head + 1;
  while (inSentence(i) && i - head <= MAX_FIRST_NAME_WORDS) {
    if (capitalName(ctx, i)) end = ++i;
    else if (NAME_PARTICLES.has(ctx.folded[i]!) && !CAPITALIZED.test(ctx.tokens[i]!.text)) i++;
    else break;
  }
  // a name running on past the longest road name is something else ("Avenue Capital Group Partners …")
  if (end === head + 1 || (inSentence(end) && capitalName(ctx, end))) return null;
  // a company or a body named after a road ("Avenue Capital Group", "Via Technologies")
  for (let k = head + 1; k < end; k++)
    if (COMPANY_WORDS.has(ctx.folded[k]!) || ORG_SUFFIX_HEADS.has(ctx.folded[k]!)) return null;
  return { start: head, end };
}

/** Makes each road name (by its shape, above) one place span, in place of the spans inside it. */
export function streetPlaces(spans: readonly TokenSpan[], ctx: StreetContext): TokenSpan[] {
  const roads: TokenSpan[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const road = roadAt(ctx, i) ?? roadFirstAt(ctx, i);
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
