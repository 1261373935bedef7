// People the tagger reads into organization and place spans, or leaves as MISC (issue 11). The
// tagger learnt from Reuters 1996 that a run of capitalized words is one name, and that a word
// the gazetteer lists as a place or a brand types the name it stands in, so on news pages
//  - a role, an organization or a place is glued before a person into one span: "National
//    Security Adviser John Bolton", "European Union Gordon Sondland" (after "Ambassador to
//    the"), "BBC’s Emily Maitlis", "Ukraine Marie Yovanovitch". When the span ends on a
//    person's name (a known first name and one or two capitalized words) right after an office
//    title, a possessive, an organization's head word or a place the gazetteer knows, the name
//    is cut out as a person; the part before keeps its type (a place the gazetteer knows is a
//    place), and a title with the words that qualify it goes;
//  - a name after a lowercase office title is a person ("Chinese vice-premier Liu He");
//  - a span opening on a player's position in capitals after a colon, as AP game notes write
//    them ("Thunder: F Hamidou Diallo missed …"), is the player without the position;
//  - one capitalized word typed MISC is a person before a speech verb ("Schiff asked"), before
//    "administration" ("Biden administration officials") or after a person's title written with
//    a capital; one the tagger left out is a person after such a title ("Vice President Pence
//    on …"), when the gazetteer knows it as no place or organization, and an ordinary word
//    only after an office ("President", not "General Meeting", "Mr Clean").
// And the other way, organizations the tagger types as people:
//  - "the X Brothers", "The X Dolls": a person span after "the" that ends on the plural of an
//    ordinary word is a band or a firm;
//  - a person span followed by a capitalized ensemble word is the band: "Dave Matthews Band";
//  - a one-word person name that the page also writes as the first word of an organization
//    ending on an organization word ("Goddard" beside "Goddard Space Flight Center") is that
//    organization, unless a title stands before it or it is the surname of a person the page
//    names in full.
// Typing every organization or place span that opens on a first name as a person was tried and
// not kept: the gazetteer's first names are many (8,413), and on CoNLL train it turned clubs
// ("Gloria Bistrita", "Sheffield Wednesday") and companies named after people ("Merrill
// Lynch", "Eli Lilly", "Philip Morris") into people, while on the pages it fixed nothing.
// Pure: token spans in and out.

import { COMMON_BIT, isFirstName, ORG_BIT, PLACE_BITS, type Gazetteer } from '../gazetteer';
import { CALENDAR, DEMONYMS, HINT_TITLES, ORG_KEYWORDS, TITLE_MODIFIERS, TITLES } from '../lexicon';
import type { TokenSpan } from '../spans';
import { isPossessive, type Token } from '../tokenizer';
import { isOrdinaryWord } from './ordinary-spans';
import { OFFICE_TITLES, ORG_HEADS, PLACE_HEADS } from './span-rules';

export interface PeopleInSpansContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/**
 * Office titles after which a capitalized name is the holder's (written for Gloss): the
 * offices of `titlesOutOfNames` and the roles news copy puts before a name.
 */
const OFFICES: ReadonlySet<string> = new Set([
  ...OFFICE_TITLES,
  ...`premier vice-premier chair adviser advisor leader counsel attorney-general congressman congresswoman
  representative correspondent editor anchor reporter columnist host`.split(/\s+/),
]);

/** Verbs of speech that follow a person's name ("Schiff asked"). Written for Gloss. */
const SPEECH = new Set('said says asked asks told tells added adds replied replies wrote writes testified'.split(' '));

const CAPITALIZED_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const ALL_CAPS = /^[^\p{Ll}]+$/u;

/**
 * Last words of buildings, grounds and ways that are named after people ("Ellis Park",
 * "Forbes Field", "Palmer House"): a name ending on one is no person. Written for Gloss.
 */
const FACILITIES = new Set(
  `park center centre hall theatre theater garden gardens field fields house tower mall railway railroad
  reservoir playfield playground station museum library palace pier dam canal chapel cathedral temple mosque
  way trail memorial tech`.split(/\s+/),
);

/** Words that open place and organization names, never a person's first name ("El Al", "San Jose"). */
const PARTICLES = new Set('el al la le les de du da di del della van von der den los las san santa st st.'.split(' '));

/** A party's members, written after a place as a person's description ("the Virginia Democrat"). */
const PARTY_MEMBERS = new Set(
  'democrat democrats republican republicans tory tories labour labor liberal conservative'.split(' '),
);

/** Name suffixes that may end a person's name of three words ("Al Unser Jr"). */
const SUFFIXES = new Set('jr jr. sr sr. ii iii iv'.split(' '));

/** True if the folded word heads, ends or types an organization or place name. */
function nameHead(f: string): boolean {
  return ORG_KEYWORDS.has(f) || ORG_HEADS.has(f) || PLACE_HEADS.has(f) || FACILITIES.has(f);
}

/** True if the folded word is the plural of an ordinary word ("Traders", "Eagles"). */
function pluralOfWord(f: string, gazetteer: Gazetteer): boolean {
  if (!/[^s]s$/.test(f)) return false;
  const stem = f.slice(0, -1);
  return (
    ((gazetteer.phrases.get(stem) ?? 0) & COMMON_BIT) !== 0 ||
    isOrdinaryWord(stem, gazetteer) ||
    DEMONYMS.has(stem) ||
    DEMONYMS.has(f)
  );
}

/**
 * True if tokens [k, end) are a person's name: a known first name that is no ordinary word, no
 * particle and no demonym, then one or two capitalized words that are no head of a name. An
 * ordinary word may only be the surname of a two-word name ("Buddy Rich"), and after a first
 * name that is also a place ("Jackson Hole", "Crystal Palace") none may be an ordinary word,
 * a place or a plural.
 */
function personName(ctx: PeopleInSpansContext, k: number, end: number, afterTitle = false): boolean {
  const n = end - k;
  if (n < 2 || n > 3) return false;
  const first = ctx.tokens[k]!.text;
  const f0 = ctx.folded[k]!;
  if (!CAPITALIZED_WORD.test(first) || ALL_CAPS.test(first) || !isFirstName(ctx.gazetteer, f0)) return false;
  const bits0 = ctx.gazetteer.phrases.get(f0) ?? 0;
  // after an office title an ordinary first name is the holder's ("Leader Bill Shorten")
  if ((bits0 & COMMON_BIT && !afterTitle) || bits0 & ORG_BIT) return false;
  if (PARTICLES.has(f0) || DEMONYMS.has(f0) || PARTY_MEMBERS.has(f0) || nameHead(f0)) return false;
  const firstIsPlace = (bits0 & PLACE_BITS) !== 0;
  for (let i = k + 1; i < end; i++) {
    const t = ctx.tokens[i]!.text;
    const f = ctx.folded[i]!;
    const last = i === end - 1;
    if (!CAPITALIZED_WORD.test(t) || nameHead(f) || OFFICES.has(f) || TITLES.has(f)) return false;
    if (DEMONYMS.has(f) || PARTY_MEMBERS.has(f)) return false;
    if (/^\p{Lu}\.?$/u.test(t)) {
      if (last) return false;
      continue;
    }
    if (last && n === 3 && SUFFIXES.has(f)) continue;
    const bits = ctx.gazetteer.phrases.get(f) ?? 0;
    const common = (bits & COMMON_BIT) !== 0;
    if (firstIsPlace && (common || bits & PLACE_BITS || /s$/.test(f))) return false;
    if (common && !(last && n === 2)) return false;
    if (pluralOfWord(f, ctx.gazetteer)) return false;
  }
  return true;
}

/** Bits the gazetteer gives tokens [start, end) read as one name. */
function phraseBits(ctx: PeopleInSpansContext, start: number, end: number): number {
  return ctx.gazetteer.phrases.get(ctx.folded.slice(start, end).join(' ')) ?? 0;
}

/**
 * Cuts the person's name out of the end of an organization or place span, when what stands
 * before it in the span is an office title, a possessive, an organization's head or a known
 * place. Returns the spans to write instead of `s`, or undefined.
 */
function splitPerson(s: TokenSpan, ctx: PeopleInSpansContext): TokenSpan[] | undefined {
  for (let k = Math.max(s.start + 1, s.end - 3); k <= s.end - 2; k++) {
    const before = ctx.folded[k - 1]!;
    const title = OFFICES.has(before) || HINT_TITLES.has(before);
    if (!personName(ctx, k, s.end, title)) continue;
    const person: TokenSpan = { start: k, end: s.end, type: 'PER' };
    if (title) {
      // the title and the words that qualify it ("National Security Adviser") go; an
      // organization or place before them stays ("Labour Party Leader"), other words go
      let t = k - 1;
      while (t > s.start && (OFFICES.has(ctx.folded[t - 1]!) || TITLE_MODIFIERS.has(ctx.folded[t - 1]!))) t--;
      const kept =
        t > s.start && (nameHead(ctx.folded[t - 1]!) || phraseBits(ctx, s.start, t) & (PLACE_BITS | ORG_BIT));
      return kept ? [{ start: s.start, end: t, type: s.type }, person] : [person];
    }
    if (isPossessive(before) && k - 1 > s.start) return [{ start: s.start, end: k - 1, type: s.type }, person];
    if (ORG_KEYWORDS.has(before) || ORG_HEADS.has(before)) return [{ start: s.start, end: k, type: s.type }, person];
    const bits = phraseBits(ctx, s.start, k);
    // "San Diego Padres": the place goes on over the first name
    const placeGoesOn = ctx.gazetteer.prefixes.has(ctx.folded.slice(s.start, k + 1).join(' '));
    if (bits & PLACE_BITS && !(bits & ORG_BIT) && !placeGoesOn && !phraseBits(ctx, s.start, k + 1))
      return [{ start: s.start, end: k, type: 'LOC' }, person];
  }
  return undefined;
}

/** True if s (organization or place, 2–3 words) follows a lowercase office title: "vice-premier Liu He". */
function afterLowercaseOffice(s: TokenSpan, ctx: PeopleInSpansContext): boolean {
  const n = s.end - s.start;
  if (n < 2 || n > 3 || s.start === 0) return false;
  const t = ctx.tokens[s.start - 1]!.text;
  if (!/^\p{Ll}/u.test(t) || !OFFICES.has(ctx.folded[s.start - 1]!)) return false;
  for (let i = s.start; i < s.end; i++)
    if (!CAPITALIZED_WORD.test(ctx.tokens[i]!.text) || nameHead(ctx.folded[i]!)) return false;
  return !(phraseBits(ctx, s.start, s.end) & (PLACE_BITS | ORG_BIT));
}

/** True if the one-word MISC span s is a person by the words around it. */
function miscPerson(s: TokenSpan, ctx: PeopleInSpansContext): boolean {
  if (s.end - s.start !== 1) return false;
  const t = ctx.tokens[s.start]!.text;
  const f = ctx.folded[s.start]!;
  if (!/^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(t) || DEMONYMS.has(f) || PARTY_MEMBERS.has(f) || /s$/.test(f)) return false;
  if (ctx.folded[s.start - 1] === 'the') return false;
  const bits = ctx.gazetteer.phrases.get(f) ?? 0;
  if (bits & (PLACE_BITS | ORG_BIT) || CALENDAR.has(f)) return false;
  const tf = ctx.folded[s.start - 1] ?? '';
  // an ordinary word ("Pence", "Swift") only after an office
  if (bits && !OFFICES.has(tf)) return false;
  if (SPEECH.has(ctx.folded[s.end] ?? '') && ctx.sentenceOf[s.end] === ctx.sentenceOf[s.start]) return true;
  // "Biden administration officials": a government named by the person who leads it
  if (ctx.folded[s.end] === 'administration' && ctx.tokens[s.end]!.text === 'administration') return true;
  const title = ctx.tokens[s.start - 1]?.text ?? '';
  return (
    (TITLES.has(tf) || HINT_TITLES.has(tf)) &&
    !TITLE_MODIFIERS.has(tf) &&
    /^\p{Lu}\p{Ll}/u.test(title) &&
    ctx.sentenceOf[s.start - 1] === ctx.sentenceOf[s.start]
  );
}

/**
 * Untagged one-word names after a person's title written with a capital ("Vice President Pence
 * on …"): a capitalized word the gazetteer does not know, not followed by another capitalized word.
 */
function namesAfterTitles(spans: readonly TokenSpan[], ctx: PeopleInSpansContext): TokenSpan[] {
  const taken = new Uint8Array(ctx.folded.length);
  for (const s of spans) taken.fill(1, s.start, s.end);
  const found: TokenSpan[] = [];
  for (let i = 1; i < ctx.folded.length; i++) {
    if (taken[i] || taken[i - 1] || ctx.sentenceOf[i] !== ctx.sentenceOf[i - 1]) continue;
    const tf = ctx.folded[i - 1]!;
    if (!(TITLES.has(tf) || HINT_TITLES.has(tf)) || TITLE_MODIFIERS.has(tf)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(ctx.tokens[i - 1]!.text) || !/^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(ctx.tokens[i]!.text))
      continue;
    const f = ctx.folded[i]!;
    // an ordinary word may be a surname here ("Pence"), a place, an organization or a day may not
    if ((ctx.gazetteer.phrases.get(f) ?? 0) & (PLACE_BITS | ORG_BIT) || CALENDAR.has(f) || DEMONYMS.has(f)) continue;
    if (nameHead(f) || OFFICES.has(f) || TITLES.has(f) || PARTY_MEMBERS.has(f)) continue;
    // an ordinary word only after an office ("President Pence"), not a rank or address ("General
    // Meeting", "Mr Clean", "King Nothing")
    if (isOrdinaryWord(f, ctx.gazetteer) && !OFFICES.has(tf)) continue;
    if (/^\p{Lu}/u.test(ctx.tokens[i + 1]?.text ?? '')) continue;
    found.push({ start: i, end: i + 1, type: 'PER' });
  }
  if (!found.length) return spans as TokenSpan[];
  return [...spans, ...found].sort((a, b) => a.start - b.start);
}

/** Players' positions as AP game notes write them before a name ("Thunder: F Hamidou Diallo"). */
const POSITIONS = new Set('f g c pg sg sf pf qb rb wr te lb cb de dt ol ot og lhp rhp ss dh'.split(' '));

/** "Thunder: F Hamidou Diallo": a span opening on a position in capitals after a colon is the player. */
function playerAfterPosition(s: TokenSpan, ctx: PeopleInSpansContext): TokenSpan | undefined {
  const n = s.end - s.start;
  if (n < 3 || n > 4 || ctx.folded[s.start - 1] !== ':') return undefined;
  const pos = ctx.tokens[s.start]!.text;
  if (!POSITIONS.has(ctx.folded[s.start]!) || pos !== pos.toUpperCase()) return undefined;
  for (let i = s.start + 1; i < s.end; i++)
    if (!/^\p{Lu}\p{Ll}/u.test(ctx.tokens[i]!.text) || nameHead(ctx.folded[i]!)) return undefined;
  return { start: s.start + 1, end: s.end, type: 'PER' };
}

/** Words that make a person's name the name of their band: "Dave Matthews Band". Written for Gloss. */
const ENSEMBLES = new Set('band orchestra quartet quintet trio ensemble experience'.split(' '));

/** A person span followed by a capitalized ensemble word, grown over it: the band. */
function bandOfPerson(s: TokenSpan, ctx: PeopleInSpansContext): TokenSpan | undefined {
  const next = ctx.tokens[s.end]?.text ?? '';
  if (!ENSEMBLES.has(ctx.folded[s.end] ?? '') || !/^\p{Lu}\p{Ll}/u.test(next)) return undefined;
  if (ctx.sentenceOf[s.end] !== ctx.sentenceOf[s.start]) return undefined;
  return { start: s.start, end: s.end + 1, type: 'ORG' };
}

/** "the Doobie Brothers": a person span after "the", ending on the plural of an ordinary word. */
function pluralAfterThe(s: TokenSpan, ctx: PeopleInSpansContext): boolean {
  if (ctx.folded[s.start - 1] !== 'the') return false;
  const f = ctx.folded[s.end - 1]!;
  return /^\p{Lu}/u.test(ctx.tokens[s.end - 1]!.text) && pluralOfWord(f, ctx.gazetteer);
}

/**
 * Folded one-word names that open a page organization ending on an organization word
 * ("goddard" of "Goddard Space Flight Center"), less the surnames of the page's people named in
 * full.
 */
function organizationFirstWords(spans: readonly TokenSpan[], ctx: PeopleInSpansContext): Set<string> {
  const firsts = new Set<string>();
  const surnames = new Set<string>();
  for (const s of spans) {
    if (s.end - s.start < 2) continue;
    if (s.type === 'PER') surnames.add(ctx.folded[s.end - 1]!);
    else if (s.type === 'ORG' && ORG_KEYWORDS.has(ctx.folded[s.end - 1]!)) firsts.add(ctx.folded[s.start]!);
  }
  for (const f of firsts) if (surnames.has(f)) firsts.delete(f);
  return firsts;
}

/** A one-word person span that opens a page organization, with no title before it ("Miss Universe"). */
function oneWordOrganization(s: TokenSpan, ctx: PeopleInSpansContext, orgFirsts: ReadonlySet<string>): boolean {
  const title = ctx.folded[s.start - 1] ?? '';
  return s.end - s.start === 1 && orgFirsts.has(ctx.folded[s.start]!) && !TITLES.has(title) && !HINT_TITLES.has(title);
}

/**
 * Cuts people out of the ends of organization and place spans, types as people the names after a
 * lowercase office title and the MISC words a person's context surrounds, and as organizations
 * the bands and the one-word names of page organizations typed as people.
 */
export function peopleInSpans(spans: readonly TokenSpan[], ctx: PeopleInSpansContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  const orgFirsts = organizationFirstWords(spans, ctx);
  for (const s of namesAfterTitles(spans, ctx)) {
    const player = playerAfterPosition(s, ctx);
    if (player) {
      out.push(player);
      continue;
    }
    if (s.type === 'PER') {
      const band = bandOfPerson(s, ctx);
      if (band && !spans.some((o) => o.start === s.end)) {
        out.push(band);
        continue;
      }
      const org = pluralAfterThe(s, ctx) || oneWordOrganization(s, ctx, orgFirsts);
      out.push(org ? { ...s, type: 'ORG' } : s);
      continue;
    }
    if (s.type === 'MISC') {
      out.push(miscPerson(s, ctx) ? { ...s, type: 'PER' } : s);
      continue;
    }
    if (s.type !== 'ORG' && s.type !== 'LOC') {
      out.push(s);
      continue;
    }
    const split = s.end - s.start >= 3 ? splitPerson(s, ctx) : undefined;
    if (split) {
      out.push(...split);
      continue;
    }
    out.push(afterLowercaseOffice(s, ctx) ? { ...s, type: 'PER' } : s);
  }
  return out;
}
