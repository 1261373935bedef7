// Places the tagger types as organizations (issue 11). It learnt from Reuters 1996 sports pages,
// where a city is a team ("Perth beat Sydney"), so outside sports a town or a county comes out
// an organization ("the suburbs of Perth", "a village in Lincolnshire"). Retyping every
// organization span the gazetteer knows as a place loses the teams named by a city (CoNLL dev
// PER+LOC 0.945 → 0.905, docs/entity-engine.md round 7), so here the page must say that the name
// is neither a team nor an organization. A span typed ORG that is word for word a place the
// gazetteer knows (city, country, region), or a compass word and such a place ("North India",
// "Southern California": a part of it), becomes a place when
//  - the article is no sports copy and neither is its sentence (`sports-copy.ts`);
//  - it stands in no table, results row or fixture list, and is no piece of a longer name
//    (`tableCell`: "Wigan 42", "Birmingham v Barnsley", "( Bastia )", "KANSAS CITY AT DETROIT",
//    "New York Energy Desk");
//  - no mention of the name on the page has organization context (`orgContext`: "X's
//    spokesman", "X Inc.", "the company X" …), no company on the page is named after it
//    ("Magna" beside "Magna International Inc"), and it is not the tail of an organization
//    cut at "of" ("Associations of the Philippines");
//  - it is no person's: not opening on a first name ("Mercedes"), not the surname of a person
//    on the page; and the gazetteer lists it neither as an organization nor as an ordinary
//    lowercase word ("Liberal", "Green", "Metro").
// Sports teams and organizations in general are other passes' work; this one only gives places
// back. Pure: token spans in and out.

import { COMMON_BIT, FIRST_BIT, GAZ_CATEGORIES, ORG_BIT, PLACE_BITS, type Gazetteer } from '../gazetteer';
import { orgContext } from './org-evidence';
import { ORG_SUFFIX_HEADS } from './org-shapes';
import { ORG_HEADS } from './span-rules';
import type { TokenSpan } from '../spans';
import { sportsCopy } from './sports-copy';
import type { Token } from '../tokenizer';

export interface MistypedPlaceContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** Words in a longer organization that make it a company named after a place. Written for Gloss. */
export const COMPANY_WORDS: ReadonlySet<string> = new Set(
  `inc inc. corp corp. corporation co co. ltd ltd. plc llc ag gmbh sa nv bv group holdings company international
  industries technologies systems enterprises brands foods motors airlines airways energy resources mining
  pharmaceuticals capital partners`.split(/\s+/),
);
/** Compass words that open the name of a part of a place ("North Africa", "Southern California"). */
export const COMPASS: ReadonlySet<string> = new Set(
  `north south east west northern southern eastern western central northeast northwest southeast
  southwest northeastern northwestern southeastern southwestern upper lower greater`.split(/\s+/),
);
/** Marks of a fixture between two sides. */
const FIXTURE = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);
/** A score, a standing, a time or a date: "42", ".560", "38:50.269", "1/2". */
const NUMBER = /^[\d.,:/-]*\d[\d.,:/-]*$/;
const CAPITALIZED = /^\p{Lu}\p{L}/u;

/**
 * True if span s stands in a table, a results row or a fixture list, or is a piece of a longer
 * name: a number or a fixture mark next to it ("Wigan 42", "Birmingham v Barnsley"), brackets
 * round it ("Anto Drobnjak ( Bastia )", a player's club), a capitalized word glued on inside
 * its sentence ("New York Energy Desk"), or a sentence with no lowercase letter ("KANSAS CITY
 * AT DETROIT"). There a city is as often a team, or no name of its own.
 */
export function tableCell(ctx: MistypedPlaceContext, s: TokenSpan): boolean {
  const { folded, tokens, sentenceOf } = ctx;
  const before = folded[s.start - 1] ?? '';
  const after = folded[s.end] ?? '';
  if (NUMBER.test(before) || NUMBER.test(after) || FIXTURE.has(before) || FIXTURE.has(after)) return true;
  if (before === '(' && after === ')') return true;
  const k = sentenceOf[s.start]!;
  const same = (i: number) => i >= 0 && i < tokens.length && sentenceOf[i] === k;
  if (same(s.end) && CAPITALIZED.test(tokens[s.end]!.text)) return true;
  // a capitalized word before the span, unless it opens the sentence ("In Perth, …")
  if (same(s.start - 2) && CAPITALIZED.test(tokens[s.start - 1]!.text)) return true;
  let first = s.start;
  while (same(first - 1)) first--;
  for (let i = first; same(i); i++) if (/\p{Ll}/u.test(tokens[i]!.text)) return false;
  return true;
}

/** Names that the page shows to be an organization's: a context of one, or a company named after it. */
function organizationNames(spans: readonly TokenSpan[], ctx: MistypedPlaceContext): Set<string> {
  const key = (a: number, b: number) => ctx.folded.slice(a, b).join(' ');
  const names = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'MISC' && orgContext(ctx, s)) names.add(key(s.start, s.end));
    // "Magna International Inc" makes "Magna" the company; "Lincolnshire Police" says nothing
    if (s.type !== 'ORG' || !ctx.folded.slice(s.start + 1, s.end).some((f) => COMPANY_WORDS.has(f))) continue;
    for (let b = s.start + 1; b < s.end; b++) names.add(key(s.start, b));
  }
  return names;
}

/** A country or a region: after a person's comma only these make a place ("Bellamy, Campbell." is a line-up). */
const AREA = PLACE_BITS & ~(1 << GAZ_CATEGORIES.indexOf('city'));
/** Heads of organizations' names that also head a building's, a place by the gold pages' convention. */
const FACILITY = new Set(['station', 'museum', 'church', 'hospital', 'court']);
/** Nouns of places before "of X": "the village of X", "the outskirts of X". Written for Gloss. */
const PLACE_OF = new Set(
  `town city village county suburb suburbs province state region district municipality parish capital outskirts
  borough hamlet island islands commune north south east west northeast northwest southeast southwest
  centre center heart streets`.split(/\s+/),
);
/** Kinds of place after "X is a (small) …". Written for Gloss. */
const PLACE_KIND = new Set(
  `town city village suburb hamlet commune municipality parish borough county district port island
  neighbourhood neighborhood`.split(/\s+/),
);

/**
 * True if the words around span i put it in a place's slot: "the village of X", "north of X",
 * "near X", "X, Lincolnshire," (a known place after the comma, then a mark), "X is a village".
 * Never for a name with an organization's head word in it ("University of California, Davis").
 * `after`: the gazetteer categories a place after the comma must have.
 */
export function placeSlot(
  spans: readonly TokenSpan[],
  i: number,
  ctx: MistypedPlaceContext,
  after = PLACE_BITS,
): boolean {
  const { folded, gazetteer } = ctx;
  const s = spans[i]!;
  for (let k = s.start; k < s.end; k++) {
    const f = folded[k]!;
    if ((ORG_HEADS.has(f) && !FACILITY.has(f)) || ORG_SUFFIX_HEADS.has(f)) return false;
  }
  const b1 = folded[s.start - 1] ?? '';
  if ((b1 === 'of' && PLACE_OF.has(folded[s.start - 2] ?? '')) || b1 === 'near') return true;
  const next = spans[i + 1];
  if (folded[s.end] === ',' && next && next.start === s.end + 1) {
    const known = ((gazetteer.phrases.get(folded.slice(next.start, next.end).join(' ')) ?? 0) & after) !== 0;
    if (known && /^[,.;:)]$/.test(folded[next.end] ?? '.')) return true;
  }
  let a = s.end;
  if (folded[a] !== 'is' && folded[a] !== 'was') return false;
  a++;
  if (folded[a] === 'a' || folded[a] === 'an') a++;
  for (let k = a; k < a + 3; k++) if (PLACE_KIND.has(folded[k] ?? '')) return true;
  return false;
}

/**
 * Organization spans that are a known place, or stand in a place's slot, outside sports copy and
 * tables and with nothing on the page making them an organization's or a person's name, become places.
 */
export function mistypedPlaces(spans: readonly TokenSpan[], ctx: MistypedPlaceContext): TokenSpan[] {
  const { sentence: sports, article } = sportsCopy(ctx.folded, ctx.sentenceOf);
  if (article) return [...spans];
  const { folded } = ctx;
  const bits = (k: string) => ctx.gazetteer.phrases.get(k) ?? 0;
  // a first name first ("Mercedes and Dan") or a person's surname makes the name a person's
  // as likely as a town's
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === 'PER') surnames.add(folded[s.end - 1]!);
  const personal = (s: TokenSpan, k: string) =>
    (bits(folded[s.start]!) & FIRST_BIT) !== 0 || (s.end - s.start === 1 && surnames.has(k));
  const known = (k: string) => (bits(k) & PLACE_BITS) !== 0 && (bits(k) & (ORG_BIT | COMMON_BIT)) === 0;
  // a compass word and a known place name a part of it ("North India", "Southern California");
  // the compass word is no first name there, though the gazetteer lists "North" as one
  const knownPart = (s: TokenSpan) =>
    s.end - s.start > 1 && COMPASS.has(folded[s.start]!) && known(folded.slice(s.start + 1, s.end).join(' '));
  const organizations = organizationNames(spans, ctx);
  // the tail of an organization cut at "of": "United Coconut Associations of the Philippines"
  const ofOrganization = (i: number) => {
    const at = folded[spans[i]!.start - 1] === 'the' ? spans[i]!.start - 1 : spans[i]!.start;
    const prev = spans[i - 1];
    return folded[at - 1] === 'of' && prev?.type === 'ORG' && prev.end === at - 1;
  };
  // a person span is a place only in a place's slot, and never the surname of a person named in full
  const fullSurnames = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.end - s.start > 1) fullSurnames.add(folded[s.end - 1]!);
  const kept = (s: TokenSpan, i: number) => sports[ctx.sentenceOf[s.start]!] || tableCell(ctx, s) || ofOrganization(i);
  return spans.map((s, i) => {
    if (s.type === 'PER' && !kept(s, i)) {
      const name = folded.slice(s.start, s.end).join(' ');
      if ((bits(folded[s.start]!) & FIRST_BIT) !== 0 || fullSurnames.has(name) || organizations.has(name)) return s;
      return placeSlot(spans, i, ctx, AREA) ? { ...s, type: 'LOC' } : s;
    }
    if (s.type !== 'ORG' || kept(s, i)) return s;
    const name = folded.slice(s.start, s.end).join(' ');
    if (organizations.has(name)) return s;
    if (knownPart(s)) return { ...s, type: 'LOC' };
    if (personal(s, name)) return s;
    return known(name) || placeSlot(spans, i, ctx) ? { ...s, type: 'LOC' } : s;
  });
}
