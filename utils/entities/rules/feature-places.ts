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
// Places named with a possessive inside ("Martha's Vineyard", "Sullivan's Island", "Fisherman's
// Wharf", "Rankin's Mill") end on such a head too: the tagger splits them at the "'s" and reads the
// owner as a person or an organization. One capitalized word, "'s" and a capitalized head of a
// place kind or feature (POSSESSIVE_HEADS) are one place, unless the owner is a place ("Seattle's
// Fisherman's Terminal" keeps Seattle) or the name runs on ("Heathrow's Terminal 5").
// Pure: token spans in and out.

import { type Gazetteer, isFirstName, PLACE_BITS } from '../gazetteer';
import { spanAt, type TokenSpan } from '../spans';
import { isPossessive, type Token } from '../tokenizer';

/** Last words that name only places. Written for Gloss. */
const PLACE_ONLY_HEADS = new Set(
  `reservoir plateau playfield oval rink racecourse racetrack speedway raceway velodrome ballpark fairground
  fairgrounds cathedral mosque synagogue cemetery canal lagoon glacier canyon wharf quay marina fjord
  memorial monument locks passage`.split(/\s+/),
);
/** A middle initial, folded ("s."). */
const INITIAL = /^\p{L}\.$/u;
/** Heads of places named after people, whose whole name they hold ("Albert Memorial"). */
const NAMED_AFTER_PEOPLE = new Set(['memorial', 'monument']);
/** Last words of place names that are surnames too. Written for Gloss. */
const SURNAME_HEADS = new Set(
  'pond brook dock docks pier cove gorge marsh swamp reef heath moor abbey temple castle tower towers'.split(' '),
);

/**
 * Heads of places named with a possessive ("Martha's Vineyard", "Sullivan's Island"): kinds of
 * place and features a place is named after its owner or founder by. Written for Gloss, from the
 * general definition of such names (features, settlements, landings); found in the train and dev
 * corpora ("Sullivan's Island", "Rankin's Mill", "Perley's Mills").
 */
const POSSESSIVE_HEADS = new Set(
  `vineyard island wharf terminal landing mill mills cove creek harbor harbour hill wood ferry neck pond peak
  gap bluff hollow point crossing`.split(/\s+/),
);
const CAPITAL = /^\p{Lu}/u;
/** Starts a number ("Terminal 5"). */
const DIGIT = /^\d/;

export interface FeatureContext {
  tokens: readonly Token[];
  sentenceOf: Int32Array;
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

/** The possessive place name ("Martha's Vineyard") whose "'s" is token `p`, as [start, end), or null. */
function possessivePlaceAt(spans: readonly TokenSpan[], ctx: FeatureContext, p: number): [number, number] | null {
  const owner = p - 1;
  const head = p + 1;
  if (owner < 0 || head >= ctx.tokens.length || !isPossessive(ctx.folded[p]!)) return null;
  const sentence = ctx.sentenceOf[p];
  const inSentence = (i: number) => i >= 0 && i < ctx.tokens.length && ctx.sentenceOf[i] === sentence;
  if (!inSentence(owner) || !inSentence(head) || !POSSESSIVE_HEADS.has(ctx.folded[head]!)) return null;
  if (!CAPITAL.test(ctx.tokens[owner]!.text) || !CAPITAL.test(ctx.tokens[head]!.text)) return null;
  // one owner word, not the end of a longer name ("New York's Staten Island")
  if (inSentence(owner - 1) && CAPITAL.test(ctx.tokens[owner - 1]!.text) && spanAt(spans, owner - 1) >= 0) return null;
  const o = spanAt(spans, owner);
  if (o >= 0 && (spans[o]!.type === 'LOC' || spans[o]!.start !== owner || spans[o]!.end !== owner + 1)) return null;
  const h = spanAt(spans, head);
  if (h >= 0 && (spans[h]!.start !== head || spans[h]!.end !== head + 1)) return null;
  const next = ctx.tokens[head + 1];
  if (next && inSentence(head + 1) && (CAPITAL.test(next.text) || DIGIT.test(next.text))) return null;
  return [owner, head + 1];
}

/** Makes each possessive place name ("Martha's Vineyard") one place span, in place of its parts. */
function possessivePlaces(spans: readonly TokenSpan[], ctx: FeatureContext): TokenSpan[] {
  let out = [...spans];
  for (let p = 1; p + 1 < ctx.tokens.length; p++) {
    const place = possessivePlaceAt(out, ctx, p);
    if (!place) continue;
    out = out.filter((s) => s.end <= place[0] || s.start >= place[1]);
    out.push({ start: place[0], end: place[1], type: 'LOC' });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Retypes person and organization spans ending on a head of waters, landforms, grounds or landmarks as places. */
export function featurePlaces(spans: readonly TokenSpan[], ctx: FeatureContext): TokenSpan[] {
  return possessivePlaces(spans, ctx).map((s) => {
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
