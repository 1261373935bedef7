// Organizations told by the shape of their name, after the tagger and the context rules. The
// tagger learnt 1996 wire text; on today's pages an organization's name often looks to it like
// a person or a place ("Dick Clark" + "Productions"), while fragments ("Rt. Hon."), events
// ("ATP Finals") and labels ("Post Comment") look to it like organizations. Each rule is about
// a class of words, never about a particular name. Applied in this order (organizationShapes):
//  - honorifics, sentence-opening function words and role modifiers are cut off names ("Rt. Hon.",
//    "If Lucasfilm", "Interim BART Police");
//  - "and"/"&" between two ordinary capitalized words joins one name ("Pacific Gas and Electric"),
//    and so does an Arabic article after an organization ("Maghawir al Thawra");
//  - head words: a name followed by a capitalized word that only ends organization names
//    ("Productions", "Interactive", "Herald", "Police", "Sheriff’s Department") is one
//    organization with it, and a grown head goes on over "of" ("Department of Conservation");
//  - "in" a city splits an organization from the city ("Force Headquarters in Abuja");
//  - events and plans ending an organization span are MISC ("ATP Finals", "Energy Plan");
//  - labels of ordinary words outside running text, and ordinary words in capitals, are no
//    organization ("Post Comment", "GREAT");
//  - an organization span that is a person named in full elsewhere is that person;
//  - addresses ("Polygraph.info"), public bodies of a place ("the Government of Syria") and the
//    run after a kind of organization ("rescue group Project Jonah") are organizations;
//  - a name just before a lowercase noun of places is a place ("the South Taranaki coast").
// Pure: token spans in and out, sorted and non-overlapping.

import { BRAND_NAMES } from '../brand-names';
import { GAZ_CATEGORIES, type Gazetteer, FIRST_BIT, ORG_BIT, isFirstName } from '../gazetteer';
import { CALENDAR, ORG_KEYWORDS } from '../lexicon';
import { ordinary } from './ordinary-spans';
import { ORG_HEADS } from './span-rules';
import { ownerIndex, type TokenSpan } from '../spans';
import { applyInOrder, type SpanRule } from './in-order';
import { isPossessive, type Token } from '../tokenizer';

const CITY = 1 << GAZ_CATEGORIES.indexOf('city');
const WIDER_PLACE = (1 << GAZ_CATEGORIES.indexOf('country')) | (1 << GAZ_CATEGORIES.indexOf('region'));

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Capitalized words that end organization names and hardly ever a person's or a place's:
 * corporate heads, the media's own names for themselves, and public bodies. Written for Gloss.
 */
export const ORG_SUFFIX_HEADS = words(`productions studios entertainment animation aerospace robotics
  interactive holdings pictures records films industries enterprises technologies pharmaceuticals
  airlines airways motors observatory laboratories labs brewery brewing ventures
  herald tribune courant chronicle gazette inquirer examiner dispatch
  police department ministry
  media partners capital networks systems solutions brands foods therapeutics biosciences semiconductor
  electronics communications telecom insurance online multimedia`);

/** Forms of address written out: never a name, nor the edge of one. Written for Gloss. */
const HONORIFICS = words('honourable honorable');
/** Their abbreviations, which count only with their full stop ("Hon.", not "Hon Hai"). */
const HONORIFIC_ABBREVIATIONS = words('hon rt rev revd');

/** Function words that open a sentence capitalized and are never the first word of a name. */
const FUNCTION_WORDS = words(`if but and or when while after before although though because since unless
  until whether so yet as then also once`);

/** Last words of events and documents: such a span is an event or a work, not an organization. */
export const EVENT_HEADS = words(`finals final championship championships tournament festival olympics
  marathon playoffs playoff derby regatta expo summit plan roadmap strategy treaty accord awards prize`);

export interface OrgShapeContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

const capitalized = (t: string) => /^\p{Lu}/u.test(t);

/** True if token i directly follows token i-1 after one space, in the same sentence. */
function adjacent(ctx: OrgShapeContext, i: number): boolean {
  const a = ctx.tokens[i - 1];
  const b = ctx.tokens[i];
  return !!a && !!b && b.start - a.end === 1 && ctx.sentenceOf[i] === ctx.sentenceOf[i - 1];
}

/** A head word as written in a name: capitalized, not all caps ("POLICE" in a kicker). */
function headAt(ctx: OrgShapeContext, i: number): boolean {
  const t = ctx.tokens[i]?.text ?? '';
  return ORG_SUFFIX_HEADS.has(ctx.folded[i] ?? '') && capitalized(t) && t !== t.toUpperCase();
}

/**
 * After a grown head ("New Zealand Department" + "of Conservation"): the end of the capitalized
 * run after "of"/"for" (spans inside it, never a person, join), or `j` when there is none.
 */
function nameAfterJoiner(
  ctx: OrgShapeContext,
  spans: readonly TokenSpan[],
  starts: ReadonlyMap<number, number>,
  swallowed: Set<number>,
  j: number,
): number {
  let e = j + 1;
  const taken: number[] = [];
  while (e < ctx.tokens.length && ctx.sentenceOf[e] === ctx.sentenceOf[j] && capitalized(ctx.tokens[e]!.text)) {
    const k = starts.get(e);
    if (k !== undefined) {
      if (spans[k]!.type === 'PER') break;
      taken.push(k);
      e = spans[k]!.end;
    } else e++;
  }
  if (e === j + 1) return j;
  for (const k of taken) swallowed.add(k);
  return e;
}

/**
 * "Bartholomew County" + "Sheriff’s Department": an office's holder in the possessive, then a
 * head word, continue the name before them. Returns the new end, or `j` when the shape is not there.
 */
function possessiveHeadEnd(
  ctx: OrgShapeContext,
  spans: readonly TokenSpan[],
  starts: ReadonlyMap<number, number>,
  swallowed: Set<number>,
  j: number,
): number {
  const holder = ctx.tokens[j]?.text ?? '';
  if (!adjacent(ctx, j) || !capitalized(holder) || holder === holder.toUpperCase()) return j;
  if (!isPossessive(ctx.tokens[j + 1]?.text ?? '') || ctx.tokens[j + 1]!.start !== ctx.tokens[j]!.end) return j;
  const head = ctx.tokens[j + 2]?.text ?? '';
  const f = ctx.folded[j + 2] ?? '';
  if (!adjacent(ctx, j + 2) || !capitalized(head) || !(ORG_HEADS.has(f) || ORG_SUFFIX_HEADS.has(f))) return j;
  const taken: number[] = [];
  for (const i of [j, j + 1, j + 2]) {
    const k = starts.get(i);
    if (k === undefined) continue;
    if (spans[k]!.end > j + 3) return j;
    taken.push(k);
  }
  for (const k of taken) swallowed.add(k);
  return j + 3;
}

/**
 * A name followed by organization head words is one organization with them: the span grows
 * over the heads (untagged, or tagged as spans of head words only) and becomes ORG. A span that
 * already ends on a head word is an organization as well; a head word alone, tagged as a
 * person or place, is dropped.
 */
export function organizationHeads(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  const starts = new Map<number, number>();
  for (let k = 0; k < spans.length; k++) starts.set(spans[k]!.start, k);
  const swallowed = new Set<number>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (swallowed.has(k)) continue;
    // a span that opens on a possessive ending is a broken piece of a name, left as it is
    if (isPossessive(ctx.tokens[s.start]!.text)) {
      out.push(s);
      continue;
    }
    // a head word alone is no one's name ("the Sheriff's Department" read as a person)
    if (s.end - s.start === 1 && s.type !== 'ORG' && headAt(ctx, s.start)) continue;
    let end = s.end;
    for (;;) {
      if (!adjacent(ctx, end) || !headAt(ctx, end)) break;
      const k2 = starts.get(end);
      if (k2 !== undefined) {
        const t = spans[k2]!;
        let heads = true;
        for (let i = t.start; i < t.end && heads; i++) heads = headAt(ctx, i);
        if (!heads) break;
        swallowed.add(k2);
        end = t.end;
      } else end++;
    }
    if (end === s.end) end = possessiveHeadEnd(ctx, spans, starts, swallowed, end);
    const grew = end > s.end;
    if (grew && (ctx.folded[end] === 'of' || ctx.folded[end] === 'for'))
      end = nameAfterJoiner(ctx, spans, starts, swallowed, end);
    if (grew || (s.type !== 'ORG' && s.end - s.start >= 2 && headAt(ctx, s.end - 1)))
      out.push({ start: s.start, end, type: 'ORG' });
    else out.push(s);
  }
  return out;
}

/** Honorifics are cut off a span's edges; a span of honorifics only is dropped. */
export function honorificsOutOfNames(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  const honor = (i: number) => {
    const f = ctx.folded[i]!;
    if (HONORIFICS.has(f) || f === '.') return true;
    if (f.endsWith('.')) return HONORIFIC_ABBREVIATIONS.has(f.slice(0, -1));
    return (
      HONORIFIC_ABBREVIATIONS.has(f) && ctx.folded[i + 1] === '.' && ctx.tokens[i + 1]!.start === ctx.tokens[i]!.end
    );
  };
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && (honor(start) || isPossessive(ctx.tokens[start]!.text))) start++;
    while (end > start && honor(end - 1)) end--;
    if (end > start) out.push(start === s.start && end === s.end ? s : { start, end, type: s.type });
  }
  return out;
}

/** A capitalized function word at the start of a span is cut off it ("If Lucasfilm"). */
export function functionWordsOutOfNames(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let start = s.start;
    while (
      start < s.end - 1 &&
      FUNCTION_WORDS.has(ctx.folded[start]!) &&
      ctx.tokens[start]!.text !== ctx.tokens[start]!.text.toUpperCase()
    )
      start++;
    out.push(start === s.start ? s : { start, end: s.end, type: s.type });
  }
  return out;
}

/**
 * An organization span ending on an event or document word is an event or a work (MISC), one
 * word too ("Roadmap"); so is a person span of two or more words that opens on no first name
 * ("Music Awards"; "Sam Derby" stays a person).
 */
export function eventsNotOrganizations(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const person = (s: TokenSpan) =>
    s.type === 'PER' && s.end - s.start >= 2 && !isFirstName(ctx.gazetteer, ctx.folded[s.start]!);
  return spans.map((s) =>
    (s.type === 'ORG' || person(s)) && EVENT_HEADS.has(ctx.folded[s.end - 1]!) ? { ...s, type: 'MISC' } : s,
  );
}

/** "X in Y" tagged as one organization, Y a known city: the organization X, then the city Y. */
export function organizationsInPlaces(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let cut = -1;
    if (s.type === 'ORG') {
      for (let i = s.end - 2; i > s.start; i--) {
        if (ctx.folded[i] !== 'in') continue;
        const place = ctx.folded.slice(i + 1, s.end).join(' ');
        const bits = ctx.gazetteer.phrases.get(place) ?? 0;
        if (bits & CITY && !(bits & WIDER_PLACE)) cut = i;
        break;
      }
    }
    if (cut < 0) out.push(s);
    else out.push({ start: s.start, end: cut, type: 'ORG' }, { start: cut + 1, end: s.end, type: 'LOC' });
  }
  return out;
}

/**
 * An organization span of two or more words that are all ordinary English words, with no head
 * word of an organization, is a heading, a label or a title ("Post Comment", "Case Reports"),
 * unless the gazetteer or the brand list knows it whole.
 */
export function ordinaryOrganizations(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  return spans.filter((s) => {
    if (s.type !== 'ORG' || s.end - s.start < 2) return true;
    if (/^\p{Ll}/u.test(ctx.tokens[s.start - 1]?.text ?? '') && ctx.sentenceOf[s.start - 1] === ctx.sentenceOf[s.start])
      return true;
    if (ctx.gazetteer.phrases.get(ctx.folded.slice(s.start, s.end).join(' '))) return true;
    if (
      BRAND_NAMES.has(
        ctx.tokens
          .slice(s.start, s.end)
          .map((t) => t.text)
          .join(' '),
      )
    )
      return true;
    for (let i = s.start; i < s.end; i++) {
      if (!/\p{L}/u.test(ctx.tokens[i]!.text)) continue;
      if (ORG_SUFFIX_HEADS.has(ctx.folded[i]!) || !ordinary(ctx, i)) return true;
    }
    return false;
  });
}

const KNOWN_NAME = ORG_BIT | CITY | WIDER_PLACE;

/**
 * An ordinary English word in capitals alone is shouting, not an acronym ("The answer is YES!",
 * "GREAT"), unless the gazetteer knows it as an organization or place ("WHO").
 */
export function shoutedWords(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  return spans.filter((s) => {
    if (s.type !== 'ORG' || s.end - s.start !== 1) return true;
    const t = ctx.tokens[s.start]!.text;
    if (t.length < 3 || t !== t.toUpperCase() || !/^\p{Lu}+$/u.test(t)) return true;
    if ((ctx.gazetteer.phrases.get(ctx.folded[s.start]!) ?? 0) & KNOWN_NAME || BRAND_NAMES.has(t)) return true;
    return !ordinary(ctx, s.start);
  });
}

/** True if span s holds a word that heads an organization's name or is a corporate suffix. */
function hasOrgWord(ctx: OrgShapeContext, s: TokenSpan): boolean {
  for (let i = s.start; i < s.end; i++) {
    const f = ctx.folded[i]!;
    if (ORG_SUFFIX_HEADS.has(f) || ORG_HEADS.has(f) || ORG_KEYWORDS.has(f)) return true;
  }
  return false;
}

/**
 * An organization span with no organization word that is a person's name elsewhere in the
 * article is that person: the same words tagged as a person, the start or the end of a person
 * named in full ("Forrest Jones" beside "Michael Forrest Jones", "Laden" beside "Osama bin
 * Laden"); a first name alone is not enough. A name of three words or more that holds a first
 * name or an initial and ends on such a person's surname is a person too ("Te Kaurinui Robert
 * Parata" beside "Hori Parata"). Never for a name the gazetteer or the brand list knows as an organization.
 */
export function peopleNotOrganizations(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const words = (s: TokenSpan) => ctx.folded.slice(s.start, s.end);
  const surface = (s: TokenSpan) =>
    ctx.tokens
      .slice(s.start, s.end)
      .map((t) => t.text)
      .join(' ');
  // a first name or an initial inside the name ("Elizabeth A. Burton", "Te Kaurinui Robert Parata")
  const givenName = (x: string) => /^\p{L}\.$/u.test(x) || ((ctx.gazetteer.phrases.get(x) ?? 0) & FIRST_BIT) !== 0;
  let out = [...spans];
  // twice: a name retyped as a person is evidence for its own parts ("Te Kaurinui" after "Te
  // Kaurinui Robert Parata")
  for (let pass = 0; pass < 2; pass++) {
    // a one-word person span is weak evidence: the tagger reads clubs and firms so too
    const people = out.filter((s) => s.type === 'PER' && s.end - s.start >= 2).map(words);
    if (!people.length) return out;
    const surnames = new Set(people.map((p) => p[p.length - 1]!));
    const personal = (w: readonly string[]) =>
      // a longer name ending on a person's surname ("... Robert Parata" beside "Hori Parata")
      (w.length > 2 && surnames.has(w[w.length - 1]!) && w.slice(1, -1).some(givenName)) ||
      people.some((p) => {
        if (w.length > p.length) return false;
        // a first name alone is no evidence ("Chelsea" the club beside "Chelsea Clinton")
        if (w.length > 1 && w.every((x, i) => p[i] === x)) return true;
        return w.every((x, i) => p[p.length - w.length + i] === x);
      });
    out = out.map((s) => {
      if (s.type !== 'ORG' || hasOrgWord(ctx, s)) return s;
      const w = words(s);
      // "Hope and Victor N. Burton": names joined by a connector are no one person
      if (
        w.some(
          (x, i) =>
            i > 0 &&
            /^\p{Ll}/u.test(ctx.tokens[s.start + i]!.text) &&
            !/^(?:van|von|de|der|den|da|di|bin|al|la|le)$/.test(x),
        )
      )
        return s;
      if ((ctx.gazetteer.phrases.get(w.join(' ')) ?? 0) & ORG_BIT || BRAND_NAMES.has(surface(s))) return s;
      return personal(w) ? { ...s, type: 'PER' } : s;
    });
  }
  return out;
}

/** Heads of public bodies named by the place they serve ("the Government of Syria"). Written for Gloss. */
const BODY_HEADS = words('government embassy consulate ministry department office parliament');

/**
 * "Government of Syria", "Embassy of France": an untagged, capitalized head of a public body,
 * then "of" and a place span, is one organization. A head that opens a sentence (a headline's
 * capital) or follows another capitalized word (part of a longer name) does not count.
 */
export function bodiesOfPlaces(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const h = s.start - 2;
    const prev = out[out.length - 1];
    const ok =
      s.type === 'LOC' &&
      h >= 0 &&
      ctx.folded[s.start - 1] === 'of' &&
      BODY_HEADS.has(ctx.folded[h]!) &&
      capitalized(ctx.tokens[h]!.text) &&
      ctx.tokens[h]!.text !== ctx.tokens[h]!.text.toUpperCase() &&
      ctx.sentenceOf[h] === ctx.sentenceOf[s.start] &&
      (!prev || prev.end <= h) &&
      (h > 0 && ctx.sentenceOf[h - 1] === ctx.sentenceOf[h] ? !/^\p{Lu}/u.test(ctx.tokens[h - 1]!.text) : false);
    out.push(ok ? { start: h, end: s.end, type: 'ORG' } : s);
  }
  return out;
}

/** Kinds of organization that, in lowercase, introduce one's name ("rescue group Project Jonah"). Written for Gloss. */
const KIND_NOUNS = words(`group charity organization organisation nonprofit non-profit startup start-up firm company
  agency outlet magazine newspaper publication broadcaster website studio label developer publisher retailer
  carrier airline automaker carmaker chipmaker`);
const PLACE_OR_FIRST = CITY | WIDER_PLACE | (1 << GAZ_CATEGORIES.indexOf('first'));

/**
 * The capitalized run after a lowercase kind of organization ("whale rescue group Project
 * Jonah", "the startup Hotelied") is that organization, whatever pieces the tagger made of it;
 * never a run that opens on a first name ("developer John Smith") or that is a known place.
 */
export function namesAfterKinds(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const owner = ownerIndex(spans, ctx.tokens.length);
  const dead = new Set<number>();
  const added: TokenSpan[] = [];
  for (let i = 1; i + 1 < ctx.tokens.length; i++) {
    if (!KIND_NOUNS.has(ctx.folded[i]!) || !/^\p{Ll}/u.test(ctx.tokens[i]!.text) || owner[i] !== -1) continue;
    const a = i + 1;
    if (!adjacent(ctx, a) || !capitalized(ctx.tokens[a]!.text) || !/\p{L}/u.test(ctx.tokens[a]!.text)) continue;
    if ((ctx.gazetteer.phrases.get(ctx.folded[a]!) ?? 0) & PLACE_OR_FIRST) continue;
    if (owner[a] !== -1 && spans[owner[a]!]!.start !== a) continue;
    let e = a;
    while (e < ctx.tokens.length && e - a < 4 && adjacent(ctx, e) && capitalized(ctx.tokens[e]!.text)) {
      const k = owner[e]!;
      e = k === -1 ? e + 1 : spans[k]!.end;
    }
    const inside = new Set<number>();
    for (let t = a; t < e; t++) if (owner[t] !== -1) inside.add(owner[t]!);
    if ([...inside].some((k) => spans[k]!.end > e || spans[k]!.type === 'ORG')) continue;
    if ((ctx.gazetteer.phrases.get(ctx.folded.slice(a, e).join(' ')) ?? 0) & PLACE_OR_FIRST) continue;
    // "the company Saturday said": a day, a month or another ordinary word alone is no name
    if (e - a === 1 && (CALENDAR.has(ctx.folded[a]!) || ordinary(ctx, a))) continue;
    for (const k of inside) dead.add(k);
    added.push({ start: a, end: e, type: 'ORG' });
    i = e - 1;
  }
  if (!added.length) return [...spans];
  return [...spans.filter((_, k) => !dead.has(k)), ...added].sort((x, y) => x.start - y.start);
}

/** Words that qualify a holder of an office, never an organization ("Interim BART Police Chief"). */
const ROLE_MODIFIERS = words('interim acting former outgoing incoming retired then-');

/** An organization span that opens on a role modifier starts after it ("Interim BART Police"). */
export function roleModifiersOff(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  return spans.map((s) =>
    s.type === 'ORG' && s.end - s.start >= 2 && ROLE_MODIFIERS.has(ctx.folded[s.start]!)
      ? { ...s, start: s.start + 1 }
      : s,
  );
}

/** An ordinary capitalized word that heads no organization: the kind that names join over "and". */
function plainWord(ctx: OrgShapeContext, i: number): boolean {
  const t = ctx.tokens[i]?.text ?? '';
  const f = ctx.folded[i] ?? '';
  if (!capitalized(t) || t === t.toUpperCase() || ORG_HEADS.has(f) || ORG_KEYWORDS.has(f)) return false;
  return ordinary(ctx, i);
}

/**
 * A name split at "and" or "&" between two ordinary words is one organization ("Pacific Gas" +
 * "Electric", "Rock" + "Roll Hall of Fame", "Arts" + "Sciences"): the word before the joiner ends
 * a span, the word after it is ordinary and either starts a span (taken whole) or is untagged.
 * Two names ("Google and Apple"), two bodies ("Senate and House") and known places stay apart.
 */
export function joinAcrossAnd(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const j = s.end;
    const joiner = ctx.folded[j];
    if ((joiner !== 'and' && joiner !== '&') || !adjacent(ctx, j) || !adjacent(ctx, j + 1)) {
      out.push(s);
      continue;
    }
    if (!plainWord(ctx, j - 1) || !plainWord(ctx, j + 1) || s.type === 'PER') {
      out.push(s);
      continue;
    }
    const next = spans[k + 1];
    let end = j + 2;
    if (next && next.start === j + 1) {
      if (next.type === 'PER') {
        out.push(s);
        continue;
      }
      end = next.end;
      k++;
    } else if ((next && next.start < end) || (adjacent(ctx, j + 2) && capitalized(ctx.tokens[j + 2]!.text))) {
      // an untagged word that opens a longer capitalized run opens another name ("Banc One and First Chicago")
      out.push(s);
      continue;
    }
    // a name that goes on into a phrase ("Clones and Revenge of the Sith") is a pair of titles
    if (/^(?:of|the|for|in|on|to)$/.test(ctx.folded[end] ?? '')) {
      out.push(s);
      if (end > j + 2 || next?.start === j + 1) out.push(next!);
      continue;
    }
    if ((ctx.gazetteer.phrases.get(ctx.folded.slice(s.start, end).join(' ')) ?? 0) & (CITY | WIDER_PLACE)) {
      out.push(s);
      if (end > j + 2 || (next && next.start === j + 1)) out.push(next!);
      continue;
    }
    out.push({ start: s.start, end, type: 'ORG' });
  }
  return out;
}

/** Lowercase nouns of places that a place's name stands before ("the South Taranaki coast"). Written for Gloss. */
const PLACE_NOUNS = words(`coast coastline district region province county area border town city village suburb
  neighbourhood neighborhood island islands peninsula valley state`);

/**
 * A name just before a lowercase noun of places is a place ("the South Taranaki coast", "the
 * commander of Kowloon West district"): an organization or person span there becomes a place,
 * unless it holds an organization word or the brand list or gazetteer knows it as an organization.
 */
export function placesBeforePlaceNouns(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  return spans.map((s) => {
    if (s.type !== 'ORG' && s.type !== 'PER') return s;
    if (!PLACE_NOUNS.has(ctx.folded[s.end] ?? '') || !/^\p{Ll}/u.test(ctx.tokens[s.end]!.text) || !adjacent(ctx, s.end))
      return s;
    if (hasOrgWord(ctx, s) || (ctx.gazetteer.phrases.get(ctx.folded.slice(s.start, s.end).join(' ')) ?? 0) & ORG_BIT)
      return s;
    const surface = ctx.tokens
      .slice(s.start, s.end)
      .map((t) => t.text)
      .join(' ');
    return BRAND_NAMES.has(surface) ? s : { ...s, type: 'LOC' };
  });
}

/** Lowercase articles and particles inside Arabic names of groups ("Maghawir al Thawra"). */
const ARABIC_PARTICLES = words('al el');

/**
 * An organization, an Arabic article, then a capitalized name: one organization ("Maghawir" +
 * "al" + "Thawra"), whatever the tagger called the second part (not a person).
 */
export function arabicParticleNames(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const j = s.end;
    const next = spans[k + 1];
    const ok =
      s.type === 'ORG' &&
      ARABIC_PARTICLES.has(ctx.tokens[j]?.text ?? '') &&
      adjacent(ctx, j) &&
      adjacent(ctx, j + 1) &&
      capitalized(ctx.tokens[j + 1]?.text ?? '');
    if (!ok) {
      out.push(s);
      continue;
    }
    if (next && next.start === j + 1) {
      if (next.type === 'PER') {
        out.push(s);
        continue;
      }
      out.push({ start: s.start, end: next.end, type: 'ORG' });
      k++;
    } else if (next && next.start <= j + 1) out.push(s);
    else out.push({ start: s.start, end: j + 2, type: 'ORG' });
  }
  return out;
}

/** Top-level domains that end a site's name written as its address. */
const DOMAINS = words('com net org info io news tv');

/**
 * A site named by its address is an organization, address and all: "Polygraph" + ".info",
 * "MakingStarWars" + ".net" (a capitalized name glued to a dot and a top-level domain). The
 * span before it grows over the address; an untagged name gets a new span.
 */
export function siteNames(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  const glued = (i: number) => ctx.tokens[i]!.start === ctx.tokens[i - 1]!.end;
  const site = (i: number) =>
    i + 2 < ctx.tokens.length &&
    ctx.tokens[i + 1]!.text === '.' &&
    glued(i + 1) &&
    DOMAINS.has(ctx.folded[i + 2]!) &&
    glued(i + 2) &&
    !(i > 0 && glued(i) && ctx.tokens[i - 1]!.text === '.');
  const out: TokenSpan[] = [];
  let next = 0;
  for (const s of spans) {
    for (let i = next; i < s.start; i++) {
      if (capitalized(ctx.tokens[i]!.text) && /\p{L}/u.test(ctx.tokens[i]!.text) && site(i) && i + 3 <= s.start) {
        out.push({ start: i, end: i + 3, type: 'ORG' });
        i += 2;
      }
    }
    const last = out[out.length - 1];
    if (last && last.end > s.start) continue;
    out.push(site(s.end - 1) ? { start: s.start, end: s.end + 2, type: 'ORG' } : s);
    next = out[out.length - 1]!.end;
  }
  for (let i = next; i < ctx.tokens.length; i++) {
    if (capitalized(ctx.tokens[i]!.text) && /\p{L}/u.test(ctx.tokens[i]!.text) && site(i)) {
      out.push({ start: i, end: i + 3, type: 'ORG' });
      i += 2;
    }
  }
  return out;
}

/** The shape rules, in order. */
const SHAPE_RULES: readonly SpanRule<OrgShapeContext>[] = [
  honorificsOutOfNames,
  functionWordsOutOfNames,
  roleModifiersOff,
  joinAcrossAnd,
  arabicParticleNames,
  organizationHeads,
  organizationsInPlaces,
  eventsNotOrganizations,
  ordinaryOrganizations,
  shoutedWords,
  peopleNotOrganizations,
  siteNames,
  bodiesOfPlaces,
  namesAfterKinds,
  placesBeforePlaceNouns,
];

/** Applies the shape rules in order. */
export function organizationShapes(spans: readonly TokenSpan[], ctx: OrgShapeContext): TokenSpan[] {
  return applyInOrder(SHAPE_RULES, spans, ctx);
}
