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
//  - a full name opening on a known first name is typed as an organization or place ("Taylor
//    Swift" ORG: "Swift" is a brand): a span of two or three words opening on a first name,
//    with no organization or place word in it, that the gazetteer does not know as a name of
//    its own, is a person unless the page gives the name an organization cue (a suffix, "X's
//    shares", "the company X": `orgContext`), which companies named after their founders have
//    ("Walt Disney Co.");
//  - a name after a lowercase office title is a person ("Chinese vice-premier Liu He");
//  - one capitalized word typed MISC is a person before a speech verb ("Schiff asked") or after
//    a person's title written with a capital ("Vice President Pence").
// Pure: token spans in and out.

import { COMMON_BIT, isFirstName, ORG_BIT, PLACE_BITS, type Gazetteer } from '../gazetteer';
import { DEMONYMS, HINT_TITLES, ORG_KEYWORDS, TITLE_MODIFIERS, TITLES } from '../lexicon';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';
import { orgContext } from './org-evidence';
import { isOrdinaryWord } from './ordinary-spans';
import { ORG_HEADS, PLACE_HEADS } from './span-rules';

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
const OFFICES = new Set(
  `minister president vice-president premier vice-premier chairman chairwoman chairperson chair spokesman
  spokeswoman spokesperson speaker ceo founder co-founder governor mayor senator commissioner superintendent
  sheriff secretary ambassador envoy director-general secretary-general adviser advisor leader
  counsel attorney-general congressman congresswoman representative correspondent editor anchor
  reporter columnist host`.split(/\s+/),
);

/** Verbs of speech that follow a person's name ("Schiff asked"). Written for Gloss. */
const SPEECH = new Set('said says asked asks told tells added adds replied replies wrote writes testified'.split(' '));

const CAPITALIZED_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const ALL_CAPS = /^[^\p{Ll}]+$/u;
const POSSESSIVE = /^['’]s$/;

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
    if (POSSESSIVE.test(before) && k - 1 > s.start) return [{ start: s.start, end: k - 1, type: s.type }, person];
    if (ORG_KEYWORDS.has(before) || ORG_HEADS.has(before)) return [{ start: s.start, end: k, type: s.type }, person];
    const bits = phraseBits(ctx, s.start, k);
    // "San Diego Padres": the place goes on over the first name
    const placeGoesOn = ctx.gazetteer.prefixes.has(ctx.folded.slice(s.start, k + 1).join(' '));
    if (bits & PLACE_BITS && !(bits & ORG_BIT) && !placeGoesOn && !phraseBits(ctx, s.start, k + 1))
      return [{ start: s.start, end: k, type: 'LOC' }, person];
  }
  return undefined;
}

/** Folded names the page gives an organization cue: by context, or written with a suffix or head. */
function organizationNames(spans: readonly TokenSpan[], ctx: PeopleInSpansContext): Set<string> {
  const names = new Set<string>();
  const key = (a: number, b: number) => ctx.folded.slice(a, b).join(' ');
  for (const s of spans) {
    if (s.type === 'MISC') continue;
    if (orgContext(ctx, s) || ORG_KEYWORDS.has(ctx.folded[s.end] ?? '')) names.add(key(s.start, s.end));
    if (s.end - s.start >= 2 && nameHead(ctx.folded[s.end - 1]!)) names.add(key(s.start, s.end - 1));
  }
  return names;
}

/** True if the organization or place span s is a person's full name by its shape. */
function fullNameShape(s: TokenSpan, ctx: PeopleInSpansContext): boolean {
  return personName(ctx, s.start, s.end) && !(phraseBits(ctx, s.start, s.end) & (PLACE_BITS | ORG_BIT));
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
  if (!/^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(t) || DEMONYMS.has(f) || /s$/.test(f)) return false;
  if (ctx.gazetteer.phrases.get(f)) return false;
  if (SPEECH.has(ctx.folded[s.end] ?? '') && ctx.sentenceOf[s.end] === ctx.sentenceOf[s.start]) return true;
  const title = ctx.tokens[s.start - 1]?.text ?? '';
  const tf = ctx.folded[s.start - 1] ?? '';
  return (
    (TITLES.has(tf) || HINT_TITLES.has(tf)) &&
    !TITLE_MODIFIERS.has(tf) &&
    /^\p{Lu}\p{Ll}/u.test(title) &&
    ctx.sentenceOf[s.start - 1] === ctx.sentenceOf[s.start]
  );
}

/** Cuts people out of organization and place spans, and types as people the names shaped or placed as theirs. */
export function peopleInSpans(spans: readonly TokenSpan[], ctx: PeopleInSpansContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  let orgNames: Set<string> | undefined;
  for (const s of spans) {
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
    if (fullNameShape(s, ctx)) {
      orgNames ??= organizationNames(spans, ctx);
      if (!orgNames.has(ctx.folded.slice(s.start, s.end).join(' '))) {
        out.push({ ...s, type: 'PER' });
        continue;
      }
    }
    out.push(afterLowercaseOffice(s, ctx) ? { ...s, type: 'PER' } : s);
  }
  return out;
}
