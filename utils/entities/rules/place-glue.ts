// A place glued to the ordinary words after it. Tags, teasers and headlines write a topic as
// a place followed by common nouns in capitals ("Delhi Pollution", "Delhi Smog", "Dallas Gas
// Station"); the tagger reads the run as one person or place. When a person or place span
// opens on a place the gazetteer knows and every word after it is ordinary English (no first
// name, no word that heads a place's or an organization's name, no kind of place such as
// "City" or "Island"), the span is that place alone; not after "the", where the run names a
// thing of the place ("The Hollywood Reporter"). When those words end on the head of a
// company's, a newspaper's or a team's name ("El Paso Energy", "New York Post", "Manchester
// United"), the run is that organization, named after its place: an organization span. A span the gazetteer knows whole
// ("Mexico City", "Gulf Coast") stays. The other side: a person span that is a compass word
// and a known place ("North Africa", "Southern California") is that place, and an
// organization span ending on "in" and a known place gives the place back ("Force
// Headquarters in Abuja"). Pure: token spans in and out.

import { initials, isAcronym } from '../acronyms';
import { type Gazetteer, FIRST_BIT, PLACE_BITS } from '../gazetteer';
import { COMPANY_WORDS, COMPASS } from './mistyped-places';
import { ordinary } from './ordinary-spans';
import { ORG_SUFFIX_HEADS } from './org-shapes';
import { NEWSPAPER_HEADS } from './place-bodies';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

const WORD = /\p{L}/u;
// Kinds of place that end a place's own name ("Kansas City", "Rhode Island", "Gold Coast"), and
// their plurals ("Santa Barbara and Ventura Counties").
const PLACE_KINDS = new Set(
  `city cities town towns village villages state states province provinces county counties district
  districts region regions territory territories island islands coast borough republic kingdom
  empire peninsula heights springs falls hills harbor harbour port bay sea ocean gulf strait valley
  desert forest mountains mount north south east west central`.split(/\s+/),
);

/** Last words of teams' names that are ordinary words too. Written for Gloss. */
const TEAM_HEADS = ['united', 'rovers', 'wanderers', 'athletic', 'albion', 'rangers'];
/**
 * Heads of the names of companies, newspapers and teams, which are often named after their
 * place ("El Paso Energy", "New York Post", "Manchester United"); ordinary words otherwise.
 */
const BODY_HEADS: ReadonlySet<string> = new Set([
  ...COMPANY_WORDS,
  ...ORG_SUFFIX_HEADS,
  ...NEWSPAPER_HEADS,
  ...TEAM_HEADS,
]);

export interface PlaceGlueContext {
  tokens: readonly Token[];
  folded: readonly string[];
  gazetteer: Gazetteer;
}

function bits(ctx: PlaceGlueContext, key: string): number {
  return ctx.gazetteer.phrases.get(key) ?? 0;
}

/** An ordinary word (ordinary-spans.ts) that is no kind of place either ("City", "Island"). */
function ordinaryTail(ctx: PlaceGlueContext, i: number): boolean {
  return WORD.test(ctx.tokens[i]!.text) && !PLACE_KINDS.has(ctx.folded[i]!) && ordinary(ctx, i);
}

/** The end of the longest run from `start` the gazetteer knows as a place (not a first name), or -1. */
function placeEnd(ctx: PlaceGlueContext, start: number, end: number): number {
  let found = -1;
  let key = '';
  for (let k = start; k < end - 1; k++) {
    key = k === start ? ctx.folded[k]! : `${key} ${ctx.folded[k]}`;
    const b = bits(ctx, key);
    if (b & PLACE_BITS && !(k === start && b & FIRST_BIT)) found = k + 1;
  }
  return found;
}

/**
 * Cuts person and place spans made of a known place and ordinary words down to the place;
 * when the words end on a company's, newspaper's or team's head, the span up to that head is
 * the organization.
 */
export function ungluePlaces(spans: readonly TokenSpan[], ctx: PlaceGlueContext): TokenSpan[] {
  return spans.map((s) => {
    if (s.end - s.start < 2 || (s.type !== 'PER' && s.type !== 'LOC')) return s;
    if (bits(ctx, ctx.folded.slice(s.start, s.end).join(' '))) return s;
    // after "the" the run names a thing of the place ("The Hollywood Reporter", "the Delhi Police")
    if (s.start > 0 && ctx.folded[s.start - 1] === 'the') return s;
    const k = placeEnd(ctx, s.start, s.end);
    if (k < 0) return s;
    let head = -1;
    for (let i = k; i < s.end; i++) {
      if (!ordinaryTail(ctx, i)) return s;
      if (BODY_HEADS.has(ctx.folded[i]!)) head = i;
    }
    return head < 0 ? { start: s.start, end: k, type: 'LOC' } : { start: s.start, end: head + 1, type: 'ORG' };
  });
}

/** Retypes person spans made of a compass word and a known place ("North Africa") as places. */
export function compassPlaces(spans: readonly TokenSpan[], ctx: PlaceGlueContext): TokenSpan[] {
  return spans.map((s) => {
    if (s.type !== 'PER' || s.end - s.start < 2 || !COMPASS.has(ctx.folded[s.start]!)) return s;
    const rest = ctx.folded.slice(s.start + 1, s.end).join(' ');
    return bits(ctx, rest) & PLACE_BITS ? { ...s, type: 'LOC' } : s;
  });
}

/**
 * True if "(ACRONYM)" follows the span and spells its name's initials (acronyms.ts): the
 * place is then part of the name ("Organisation for Security and Cooperation in Europe (OSCE)").
 */
function spelledByAcronym(ctx: PlaceGlueContext, s: TokenSpan): boolean {
  const t = ctx.tokens;
  if (t[s.end]?.text !== '(' || t[s.end + 2]?.text !== ')' || !isAcronym(t[s.end + 1]!.text)) return false;
  const raw = t.slice(s.start, s.end).map((x) => x.text);
  return initials(ctx.folded.slice(s.start, s.end), raw) === t[s.end + 1]!.text.replace(/\./g, '');
}

/**
 * Splits an organization span that ends on "in" and a known place ("Force Headquarters in
 * Abuja"): an organization's name rarely holds "in", a sentence often puts a place after one;
 * unless the acronym after the span spells the whole name.
 */
export function placesOutOfOrganizations(spans: readonly TokenSpan[], ctx: PlaceGlueContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let cut = -1;
    for (let i = s.start + 1; s.type === 'ORG' && i < s.end - 1; i++) if (ctx.folded[i] === 'in') cut = i;
    const place = cut > 0 ? ctx.folded.slice(cut + 1, s.end).join(' ') : '';
    if (cut < 0 || !(bits(ctx, place) & PLACE_BITS) || bits(ctx, place) & FIRST_BIT || spelledByAcronym(ctx, s)) {
      out.push(s);
      continue;
    }
    out.push({ start: s.start, end: cut, type: 'ORG' }, { start: cut + 1, end: s.end, type: 'LOC' });
  }
  return out;
}
