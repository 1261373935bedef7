// Span repairs after decoding, for names as news pages write them (the tagger learnt from
// Reuters 1996 text, where most of these shapes are rare). Each rule is general, about
// the shape of a span, never about a particular name:
//  - edges: a span never starts or ends on punctuation or a quote ("Dreamliner," "Creek’");
//  - lowercase words: a person or place never holds an ordinary lowercase word ("Louisiana
//    Democrats re-elected Governor John"), an organization only its connectors ("Bank of
//    America", "Council on Foreign Relations");
//  - connectors: an organization continues over "and", "&", "of", "for" into the rest of its
//    name ("Pacific Gas and Electric", "Academy of Motion Picture Arts and Sciences",
//    "Department of Justice");
//  - known places: a country, region or city the gazetteer knows as several words is one
//    span ("United Arab" + "Emirates");
//  - datelines: the all-caps place that opens a wire story ("KHAN YOUNIS, Gaza Strip (AP) —")
//    is a place, never a person; not the paper titles of a press digest ("AN-NAHAR - …") nor
//    a headline's topic ("RUGBY UNION - …").
// Pure: token spans in, token spans out.

import { GAZ_CATEGORIES, type Gazetteer, COMMON_BIT, PLACE_BITS } from '../gazetteer';
import { TITLE_MODIFIERS, TITLES } from '../lexicon';
import { ownerIndex, type TokenSpan } from '../spans';
import { applyInOrder, type SpanRule } from './in-order';
import { isPossessive, type Sentence, type Token } from '../tokenizer';

const CITY = 1 << GAZ_CATEGORIES.indexOf('city');
const COUNTRY = 1 << GAZ_CATEGORIES.indexOf('country');
const REGION = 1 << GAZ_CATEGORIES.indexOf('region');

/** Lowercase words that sit inside organization names. */
const ORG_CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'the',
  'on',
  'in',
  'at',
  'to',
  '&',
  'de',
  'du',
  'des',
  'la',
  'le',
  'y',
]);
/** Lowercase particles inside personal and place names ("Ludwig van Beethoven", "Rio de Janeiro"). */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'du',
  'des',
  'la',
  'le',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'dos',
  'das',
  'y',
  'e',
  'of',
  'upon',
  'on',
]);
/** Particles that open a name ("de Blasio", "van Gogh"); "of", "on", "upon", "y", "e" only join two parts of one. */
const OPENING_PARTICLES = new Set([...NAME_PARTICLES].filter((p) => !['of', 'on', 'upon', 'y', 'e'].includes(p)));
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
/** Connectors across which an organization's name continues. */
const JOINERS = new Set(['and', '&', 'of', 'for']);

/**
 * Last words of organization names that "of"/"for" continues ("Department of Justice",
 * "University of Chicago", "Office for National Statistics"). Written for Gloss.
 */
export const ORG_HEADS = new Set(
  `department ministry office university college school institute academy council board
  commission committee association society federation union league museum center centre
  agency bureau court church party foundation corporation company authority service services
  administration organization organisation coalition chamber fund laboratory hospital conference
  alliance bank club federation institution trust group secretariat assembly parliament senate
  congregation order guild cabinet tribunal force forces command corps army navy division
  directorate network station`.split(/\s+/),
);

const LETTER = /[\p{L}\p{N}]/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}]*(?:[-'’]\p{Ll}+)*$/u;
const CAPITALIZED = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{M}'’.-]+$/u;

export interface SpanContext {
  tokens: readonly Token[];
  /** Lowercase, accent-free token texts. */
  folded: readonly string[];
  sentences: readonly Sentence[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** The repairs, in order (function declarations, hoisted: defined below). */
const REPAIRS: readonly SpanRule<SpanContext>[] = [
  cutAtLowercase,
  trimEdges,
  joinOrganizations,
  joinKnownPlaces,
  datelinePlaces,
  facilityPlaces,
  titlesOutOfNames,
  knownPlacesNotPeople,
];

/** Applies every repair in order; spans stay sorted and non-overlapping. */
export function repairSpans(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  return applyInOrder(REPAIRS, spans, ctx);
}

/** A person or place is cut at an ordinary lowercase word; an organization at one that is not a connector. */
export function cutAtLowercase(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const allowed = s.type === 'ORG' || s.type === 'MISC' ? ORG_CONNECTORS : NAME_PARTICLES;
    let start = s.start;
    for (let i = s.start; i <= s.end; i++) {
      const cut = i < s.end && LOWER_WORD.test(ctx.tokens[i]!.text) && !allowed.has(ctx.folded[i]!);
      if (i === s.end || cut) {
        if (i > start) out.push({ start, end: i, type: s.type });
        start = i + 1;
      }
    }
  }
  return out;
}

/**
 * Words that open a sentence or clause and never a person's or place's name, written capitalized
 * at a sentence start ("A Washington lawyer", "Like Walmart, …"). In the NER corpora of
 * ../shared/data/ner no person or place starts on one ("An" does: Vietnamese and Chinese names).
 */
const CLAUSE_OPENERS = new Set(['A', 'Like', 'Unlike', 'If', 'When', 'But', 'So', 'As']);

/** No span starts or ends on a token without a letter or digit, or on a dangling connector. */
export function trimEdges(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  const bare = (i: number) => {
    const t = ctx.tokens[i]!.text;
    return !LETTER.test(t) || isPossessive(t);
  };
  // no name starts or ends on a lowercase word ("at the 2019 American Music Awards"), but a
  // person or place may start on a particle ("de Blasio"), never on a joining one ("of
  // Hotelied"); nor does an organization end on a
  // capitalized connector ("Toulouse Street and The")
  const edge = (s: TokenSpan, i: number, atStart: boolean) => {
    if (bare(i)) return true;
    const t = ctx.tokens[i]!.text;
    const f = ctx.folded[i]!;
    if (LOWER_WORD.test(t)) return !(atStart && s.type !== 'ORG' && OPENING_PARTICLES.has(f));
    if (atStart && (s.type === 'PER' || s.type === 'LOC') && CLAUSE_OPENERS.has(t)) return true;
    return s.type === 'ORG' && (JOINERS.has(f) || (!atStart && f === 'the'));
  };
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && edge(s, start, true)) start++;
    while (end > start && edge(s, end - 1, false)) end--;
    if (end > start) out.push({ start, end, type: s.type });
  }
  return out;
}

/** A capitalized token that may continue a name (not a sentence's first word after a break). */
function nameWord(ctx: SpanContext, i: number): boolean {
  const t = ctx.tokens[i]?.text ?? '';
  return CAPITALIZED.test(t) && LETTER.test(t);
}

/**
 * An organization continues over "and", "&", "of", "for" when what follows is the rest of
 * its name, not a second name: after "&", any capitalized run ("Procter & Gamble"); after
 * "and", a run of ordinary words written capitalized ("Gas and Electric", "Arts and
 * Sciences"), never another name ("Google and Apple"); after "of"/"for", a capitalized run
 * when the organization ends on a head word ("Department of Justice").
 */
export function joinOrganizations(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  const out = spans.map((s) => ({ ...s }));
  const owner = ownerIndex(out, ctx.tokens.length);
  const dead = new Set<number>();
  const common = (i: number) => ((ctx.gazetteer.phrases.get(ctx.folded[i]!) ?? 0) & COMMON_BIT) !== 0;
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    if (dead.has(k)) continue;
    for (;;) {
      const j = s.end;
      const joiner = ctx.folded[j];
      if (!joiner || !JOINERS.has(joiner) || owner[j] !== -1) break;
      if (ctx.sentenceOf[j] !== ctx.sentenceOf[s.start]) break;
      const headOrg = s.type === 'ORG' || ORG_HEADS.has(ctx.folded[s.end - 1]!);
      if (!headOrg) break;
      if ((joiner === 'of' || joiner === 'for') && !ORG_HEADS.has(ctx.folded[s.end - 1]!)) break;
      // the run of capitalized words after the joiner (tagged or not), within the sentence
      // (a person's name or a title ends it: "Bank of England Governor Mark Carney")
      let e = j + 1;
      while (
        e < ctx.tokens.length &&
        ctx.sentenceOf[e] === ctx.sentenceOf[j] &&
        nameWord(ctx, e) &&
        !(TITLES.has(ctx.folded[e]!) && nameWord(ctx, e + 1)) &&
        !(owner[e] !== -1 && out[owner[e]!]!.type === 'PER')
      )
        e++;
      if (e === j + 1) break;
      // spans in the run must lie wholly inside it
      const touched = new Set<number>();
      let partial = false;
      for (let i = j + 1; i < e; i++) {
        const o = owner[i]!;
        if (o === -1) continue;
        touched.add(o);
        if (out[o]!.end > e || out[o]!.start < j + 1) partial = true;
      }
      if (partial || DETERMINERS.has(ctx.folded[j + 1]!)) break;
      if (joiner === 'and') {
        // "Touch Bar and Escape Key": the other side was tagged as something else
        for (const o of touched) if (out[o]!.type !== 'ORG') partial = true;
        if (partial) break;
        // only ordinary words continue a name over "and", and only a short run
        let ordinary = e - (j + 1) <= 3;
        for (let i = j + 1; i < e && ordinary; i++) if (!common(i)) ordinary = false;
        if (!ordinary || !common(s.end - 1)) break;
      }
      for (const o of touched) dead.add(o);
      for (let i = s.start; i < e; i++) owner[i] = k;
      s.end = e;
      s.type = 'ORG';
    }
  }
  return out.filter((_, k) => !dead.has(k));
}

/**
 * A place the gazetteer knows by several words is one span: the longest country, region or
 * city phrase that starts on a span's first token and runs past its end over capitalized
 * tokens takes the spans it covers whole ("United Arab" + "Emirates").
 */
export function joinKnownPlaces(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  const out = spans.map((s) => ({ ...s }));
  const owner = ownerIndex(out, ctx.tokens.length);
  const dead = new Set<number>();
  const gaz = ctx.gazetteer;
  const PLACE = CITY | COUNTRY | REGION;
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    if (dead.has(k)) continue;
    // from the span's first token, or (for an organization) from just after its last "of",
    // "in" or "for": "Federal Reserve Bank of New" + "York"
    let from = s.start;
    if (s.type === 'ORG')
      for (let i = s.end - 1; i > s.start; i--)
        if (ORG_CONNECTORS.has(ctx.folded[i - 1]!) && ctx.folded[i - 1] !== 'the') {
          from = i;
          break;
        }
    let key = '';
    let best = -1;
    for (let n = 0; n < gaz.maxLen && from + n < ctx.tokens.length; n++) {
      const i = from + n;
      if (ctx.sentenceOf[i] !== ctx.sentenceOf[s.start]) break;
      key = n === 0 ? ctx.folded[i]! : `${key} ${ctx.folded[i]}`;
      if (((gaz.phrases.get(key) ?? 0) & PLACE) !== 0) best = i + 1;
      if (!gaz.prefixes.has(key)) break;
    }
    if (best <= s.end) continue;
    const touched = new Set<number>();
    let ok = true;
    for (let i = s.end; i < best && ok; i++) {
      const t = ctx.tokens[i]!.text;
      if (!CAPITALIZED.test(t) && !NAME_PARTICLES.has(ctx.folded[i]!)) ok = false;
      const o = owner[i]!;
      if (o !== -1) {
        touched.add(o);
        if (out[o]!.end > best) ok = false;
      }
    }
    if (!ok) continue;
    for (const o of touched) dead.add(o);
    for (let i = s.start; i < best; i++) owner[i] = k;
    s.end = best;
    if (from === s.start) s.type = 'LOC';
  }
  return out.filter((_, k) => !dead.has(k));
}

/**
 * A person span that is, word for word, a country or region the gazetteer knows, or a city
 * of several words ("North Africa", "Pakistan", "Los Angeles"), is that place: people are
 * not named so. One-word cities stay as tagged: many are surnames ("Jackson", "Lincoln").
 */
export function knownPlacesNotPeople(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  return spans.map((s) => {
    if (s.type !== 'PER') return s;
    const bits = ctx.gazetteer.phrases.get(ctx.folded.slice(s.start, s.end).join(' ')) ?? 0;
    const place = bits & (COUNTRY | REGION) || (s.end - s.start > 1 && bits & CITY);
    return place ? { ...s, type: 'LOC' } : s;
  });
}

/**
 * A dateline opens a wire story: a place in capitals at the very start of a paragraph line,
 * then perhaps ", Region", perhaps "(Agency)", then a dash ("KHAN YOUNIS, Gaza Strip (AP) —").
 * Spans inside its place part are places; the agency in brackets is an organization. A press
 * digest writes each of its items in that shape too, under the title of the paper it quotes
 * ("AN-NAHAR - Confrontation is escalating …", "JERUSALEM POST - …"): where a document holds
 * two or more such lines, a bare one (no region, no agency) is a dateline only when the
 * gazetteer knows its words as a place. Capitals ending on an organization's head word that
 * the gazetteer does not know as a place are a headline's topic ("RUGBY UNION - …").
 */
export function datelinePlaces(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  const out = spans.map((s) => ({ ...s }));
  const lines: Array<{ sent: Sentence; line: DatelineLine }> = [];
  for (const sent of ctx.sentences) {
    const line = datelineLine(ctx, sent);
    if (line) lines.push({ sent, line });
  }
  const digest = lines.length >= 2;
  for (const { sent, line } of lines) {
    const known = (knownBits(ctx, sent.start, line.capsEnd) & PLACE_BITS) !== 0;
    if (digest && line.bare && !known) continue;
    // a headline's topic ("RUGBY UNION - All Blacks relive …"), no place
    if (!known && ORG_HEADS.has(ctx.folded[line.capsEnd - 1]!)) continue;
    for (const s of out) if (s.start >= sent.start && s.end <= line.placeEnd && s.type !== 'LOC') s.type = 'LOC';
  }
  return out;
}

/** The gazetteer's bits for the words from `start` to `end`. */
function knownBits(ctx: SpanContext, start: number, end: number): number {
  return ctx.gazetteer.phrases.get(ctx.folded.slice(start, end).join(' ')) ?? 0;
}

/** A dateline's shape: where its capitals end, where its place part ends, and whether it has neither region nor agency. */
interface DatelineLine {
  capsEnd: number;
  placeEnd: number;
  bare: boolean;
}

/** The dateline that opens the sentence, or null. */
function datelineLine(ctx: SpanContext, sent: Sentence): DatelineLine | null {
  const t = (i: number) => ctx.tokens[i]?.text ?? '';
  let i = sent.start;
  // the place: one to four words in capitals
  let words = 0;
  while (i < sent.end && ALL_CAPS.test(t(i)) && /\p{Lu}{2}/u.test(t(i))) {
    i++;
    words++;
  }
  if (words === 0 || words > 4) return null;
  const capsEnd = i;
  // ", Region" or ", REGION" (one to three capitalized words)
  if (t(i) === ',') {
    let j = i + 1;
    let n = 0;
    while (j < sent.end && nameWord(ctx, j) && n < 3) {
      j++;
      n++;
    }
    if (n === 0) return null;
    i = j;
  }
  const placeEnd = i;
  // "(AP)" or "(Reuters)"
  if (t(i) === '(') {
    let j = i + 1;
    while (j < sent.end && t(j) !== ')' && j - i < 5) j++;
    if (t(j) !== ')') return null;
    i = j + 1;
  }
  const dash = t(i);
  if (dash !== '—' && dash !== '–' && dash !== '-' && dash !== '--') return null;
  return { capsEnd, placeEnd, bare: i === capsEnd };
}

/**
 * Last words of names of places: roads, venues, buildings, waters ("Gladstone Avenue", "Coral
 * Sky Amphitheatre", "Bartholomew County Jail", "White River"). A span ending on one is a
 * place, never a person; an organization ending on one of the unambiguous ones is a place too
 * ("Pepsi Center" stays an organization as tagged: research centers are organizations).
 */
export const PLACE_HEADS = new Set(
  `amphitheatre amphitheater arena stadium pavilion auditorium coliseum colosseum avenue ave ave. street st
  road rd rd. drive boulevard blvd blvd. lane highway freeway expressway parkway bridge square plaza airport
  beach river lake creek bay mountain mountains island islands peninsula valley county jail prison hotel inn suites
  motel resort casino`.split(/\s+/),
);
/** Last words of buildings and grounds that a person's name never ends on, though an organization's may. */
export const PERSON_ONLY_PLACE_HEADS: ReadonlySet<string> = new Set([
  'park',
  'center',
  'centre',
  'hall',
  'theatre',
  'theater',
  'garden',
  'gardens',
]);

export function facilityPlaces(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  return spans.map((s) => {
    if (s.end - s.start < 2 || (s.type !== 'PER' && s.type !== 'ORG')) return s;
    const head = ctx.folded[s.end - 1]!;
    if (PLACE_HEADS.has(head) || (s.type === 'PER' && PERSON_ONLY_PLACE_HEADS.has(head))) return { ...s, type: 'LOC' };
    return s;
  });
}

/** Honorifics that open a person's name, dotted or not. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mr. mrs mrs. ms ms. dr dr. prof prof. rev rev. sir dame lord lady'.split(' '),
);
/** Clock and zone words: "PM EST", "AM ET" are times, never names. */
const TIME_WORDS = new Set('am pm a.m. p.m. est edt cst cdt mst mdt pst pdt gmt bst utc et ct pt'.split(' '));
/**
 * Titles that name a person's office and never end or sit inside an organization's own name
 * (unlike "General", "Justice", "Trade", "Major", "Crown", which do: "General Motors").
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set(
  `minister president vice-president chairman chairwoman chairperson spokesman spokeswoman spokesperson speaker
  ceo founder co-founder governor mayor senator commissioner superintendent sheriff chief secretary ambassador envoy
  director-general secretary-general`.split(/\s+/),
);
const isTitleWord = (f: string) => OFFICE_TITLES.has(f);

/**
 * Titles are not part of organization or place names: "Interior Minister" is no
 * organization, "House of Representatives Speaker" ends before "Speaker", and in "Interim
 * BART Police Chief Ed Alvarez" the name after the title is a person. A span that opens
 * with an honorific ("Mr Mugabe") is a person. A span that opens on a clock word ("PM EST")
 * is a time.
 */
export function titlesOutOfNames(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const f = (i: number) => ctx.folded[i]!;
    if (TIME_WORDS.has(f(s.start))) continue;
    if (HONORIFICS.has(f(s.start)) && s.end - s.start >= 2 && s.type !== 'PER') {
      out.push({ ...s, type: 'PER' });
      continue;
    }
    if (s.type !== 'ORG' && s.type !== 'LOC') {
      out.push(s);
      continue;
    }
    // the first title word that is not the organization's own first word run of modifiers
    let k = s.start;
    while (k < s.end && !isTitleWord(f(k))) k++;
    if (k === s.end) {
      out.push(s);
      continue;
    }
    // modifiers before the title belong to it ("Interior Minister")
    let titleStart = k;
    while (titleStart > s.start && TITLE_MODIFIERS.has(f(titleStart - 1))) titleStart--;
    let after = k + 1;
    while (after < s.end && (isTitleWord(f(after)) || TITLE_MODIFIERS.has(f(after)))) after++;
    if (titleStart > s.start) out.push({ start: s.start, end: titleStart, type: s.type });
    if (after < s.end) out.push({ start: after, end: s.end, type: 'PER' });
  }
  return out;
}
