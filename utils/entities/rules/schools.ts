// Schools and universities named short. Readers meet a university by its short name
// ("a graduate of Mount Holyoke", "Yale", "Florida State"), which the tagger, having learnt
// 1996 news, reads as a person or a place. Three classes:
//  - a name in an education context is the school: after "graduate(s) of", "alumnus/alumna/
//    alumni of", "studied at", "educated at", "enrolled at", "degree(s) from", "dropped out of",
//    "graduated from", "undergraduate(s) at" (with or without "the"). The cues are the phrases by which English says that someone went
//    to a school (a general definition, not a list of names); on CoNLL train/dev, wikigold,
//    UNER EWT dev and CrossNER dev/train no such cue precedes a name the gold calls a place.
//    "students at", "attended" and "professor at" are left out: "students at Beijing" is a
//    place in CoNLL's gold, one attends meetings in cities, and roles at a place are org-evidence.ts's.
//    One such context retypes every person mention of the same name in the article; a place the
//    gazetteer knows ("studied at Oxford") is retyped at that mention only, since the city goes
//    on being a city elsewhere;
//  - "<US state> State" as a whole span ("Florida State", "Ohio State", "Penn State") names
//    the state's university (its teams), since a state's own name needs no "State" after it.
//    Not for New York and Washington, whose "State" tells the state from its namesake city;
//  - a university's campus: "University of California" + "," + a city ("San Diego") is one
//    organization, "University of Texas" + "at" + a city too, unless the city goes on into a
//    list ("…, Berkeley, and Stanford"). Pure: token spans in and out.

import { CITY_BIT, type Gazetteer, PLACE_BITS } from '../gazetteer';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** Phrases that say someone went to a school, ending on the word before the school's name. Written for Gloss. */
const EDUCATION_CUES: readonly (readonly string[])[] = [
  'graduate of',
  'graduates of',
  'alumnus of',
  'alumna of',
  'alumni of',
  'alumnae of',
  'studied at',
  'educated at',
  'enrolled at',
  'degree from',
  'degrees from',
  'dropped out of',
  'graduated from',
  'undergraduate at',
  'undergraduates at',
].map((c) => c.split(' '));

/** The fifty US states (a general definition), folded; "penn" is Pennsylvania's short form in school names. */
const US_STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania penn tennessee texas utah
  vermont virginia wisconsin wyoming`
    .split(/\s+/)
    .filter(Boolean)
    .concat(['new jersey', 'new mexico', 'new hampshire', 'north carolina', 'south carolina'])
    .concat(['north dakota', 'south dakota', 'west virginia', 'rhode island']),
);

export interface SchoolContext {
  tokens: readonly Token[];
  folded: readonly string[];
  gazetteer: Gazetteer;
}

/** True when the words just before token `i` (with an optional "the") are an education cue. */
export function educationCueBefore(folded: readonly string[], i: number): boolean {
  const end = folded[i - 1] === 'the' ? i - 1 : i;
  return EDUCATION_CUES.some((cue) => cue.every((w, k) => folded[end - cue.length + k] === w));
}

const key = (ctx: SchoolContext, s: TokenSpan) => ctx.folded.slice(s.start, s.end).join(' ');
const named = (s: TokenSpan) => s.type === 'PER' || s.type === 'LOC';

/** Retypes as ORG the person and place names an education cue points at (see the header). */
export function schoolsByContext(spans: readonly TokenSpan[], ctx: SchoolContext): TokenSpan[] {
  const schools = new Set<string>();
  const here = new Set<TokenSpan>();
  for (const s of spans) {
    if (!named(s) || !educationCueBefore(ctx.folded, s.start)) continue;
    if ((ctx.gazetteer.phrases.get(key(ctx, s)) ?? 0) & PLACE_BITS) here.add(s);
    else schools.add(key(ctx, s));
  }
  if (!schools.size && !here.size) return [...spans];
  return spans.map((s) => (named(s) && (here.has(s) || schools.has(key(ctx, s))) ? { ...s, type: 'ORG' } : s));
}

/** True when span s is exactly "<US state> State", not run on into a longer capitalized name. */
function stateSchool(ctx: SchoolContext, s: TokenSpan): boolean {
  if (s.end - s.start < 2 || ctx.tokens[s.end - 1]!.text !== 'State') return false;
  if (!US_STATES.has(ctx.folded.slice(s.start, s.end - 1).join(' '))) return false;
  const next = ctx.tokens[s.end]?.text ?? '';
  return !/^\p{Lu}/u.test(next);
}

/** "Florida State", "Penn State": a state's university, ORG whatever the tagger said. */
export function stateSchools(spans: readonly TokenSpan[], ctx: SchoolContext): TokenSpan[] {
  return spans.map((s) => (s.type !== 'ORG' && stateSchool(ctx, s) ? { ...s, type: 'ORG' } : s));
}

/** True when span `org` is a university named for a place: "University of California". */
function universityOfPlace(ctx: SchoolContext, org: TokenSpan): boolean {
  return org.type === 'ORG' && ctx.folded[org.start] === 'university' && ctx.folded[org.start + 1] === 'of';
}

/** True when the city span `city` goes on into a list: "…, Berkeley, and …", "…, Berkeley and …". */
function runsIntoList(ctx: SchoolContext, spans: readonly TokenSpan[], k: number): boolean {
  const city = spans[k]!;
  const f = ctx.folded;
  if (f[city.end] === 'and' || f[city.end] === 'or') return true;
  if (f[city.end] !== ',') return false;
  if (f[city.end + 1] === 'and' || f[city.end + 1] === 'or') return true;
  const next = spans[k + 1];
  return !!next && next.start === city.end + 1 && (f[next.end] === ',' || f[next.end] === 'and');
}

/** Joins "University of <X>" + ", <city>" or "at <city>" into one organization: the campus. */
export function universityCampuses(spans: readonly TokenSpan[], ctx: SchoolContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const org = spans[k]!;
    const city = spans[k + 1];
    const link = ctx.folded[org.end];
    if (
      city &&
      city.type === 'LOC' &&
      city.start === org.end + 1 &&
      (link === ',' || link === 'at') &&
      universityOfPlace(ctx, org) &&
      (ctx.gazetteer.phrases.get(key(ctx, city)) ?? 0) & CITY_BIT &&
      !runsIntoList(ctx, spans, k + 1)
    ) {
      out.push({ start: org.start, end: city.end, type: 'ORG' });
      k++;
    } else out.push(org);
  }
  return out;
}
