// Organizations named by the place they serve, which the tagger reads as the place alone:
//  - a newspaper named after its city ("San Jose Mercury News", "Kansas City Star", "San Diego
//    Union-Tribune"): a place, then a capitalized run that ends the name on a newspaper's head
//    word ("News", "Star", "Tribune"), is one organization, no place;
//  - a local body written with a lowercase head ("Forest Hill police", "Inner Mongolia health
//    authority", "Fort Worth P.D."): the place and the head are one organization.
// The place inside such a name is no mark of its own; where it is also written alone, that
// mention stays a place. Word lists are classes of words, written for Gloss.
// Pure: token spans in and out, sorted and non-overlapping.

import { GAZ_CATEGORIES, type Gazetteer, PLACE_BITS } from '../gazetteer';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';
import { ORG_HEADS } from './span-rules';

/** What the rule reads of the document. */
export interface PlaceBodyContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Last words of newspapers' names. */
export const NEWSPAPER_HEADS = words(`news times post herald tribune journal gazette chronicle examiner inquirer
  courier bee register globe dispatch observer telegraph mercury enquirer sentinel ledger courant star constitution`);
/** Words that stand between a city and a newspaper's head ("Detroit Free Press", "Daily News"). */
const NEWSPAPER_WORDS = words('daily morning evening free sunday union press');
/** Lowercase heads of local bodies, longest first per first word ("police department" before "police"). */
const LOCAL_HEADS: readonly string[][] = [
  'police department',
  'police force',
  'police service',
  'police',
  'fire department',
  'fire service',
  "sheriff 's office",
  "sheriff 's department",
  'health authority',
  'health department',
  'city council',
  'county council',
  'council',
].map((h) => h.split(' '));
/** First words of those heads, as written (lowercase), for a quick test. */
const LOCAL_FIRST = new Set(LOCAL_HEADS.map((h) => h[0]!));
/** Heads of local bodies an organization span may take: an organization is a place only before its police. */
const POLICE = 'police';
/** A country: its police is read as the country's ("Egypt police"), as wire copy writes it. */
const COUNTRY = 1 << GAZ_CATEGORIES.indexOf('country');

const capitalized = (t: string) => /^\p{Lu}/u.test(t) && /\p{L}/u.test(t);

/** The parts of a word for the head test: "Union-Tribune" is read as "union" and "tribune". */
const parts = (f: string) => f.split('-');

/** True if token i follows token i-1 after one space in the same sentence. */
function adjacent(ctx: PlaceBodyContext, i: number): boolean {
  const a = ctx.tokens[i - 1];
  const b = ctx.tokens[i];
  return !!a && !!b && b.start - a.end === 1 && ctx.sentenceOf[i] === ctx.sentenceOf[i - 1];
}

/** What the gazetteer knows of span s's words as one phrase. */
const gazetteerBits = (ctx: PlaceBodyContext, s: TokenSpan) =>
  ctx.gazetteer.phrases.get(ctx.folded.slice(s.start, s.end).join(' ')) ?? 0;

/** Span s as written. */
const surface = (ctx: PlaceBodyContext, s: TokenSpan) =>
  ctx.tokens
    .slice(s.start, s.end)
    .map((t) => t.text)
    .join(' ');

/** True if span s is a place: typed so, or words the gazetteer knows as a place. */
function placeSpan(ctx: PlaceBodyContext, s: TokenSpan): boolean {
  if (s.type === 'LOC') return true;
  return s.type === 'ORG' && (gazetteerBits(ctx, s) & PLACE_BITS) !== 0;
}

/**
 * The end of a newspaper's name after the place ending at p, or p: one or two capitalized words
 * (not in capitals) that are newspapers' words, the last a head, and no capitalized word after.
 */
function newspaperEnd(ctx: PlaceBodyContext, p: number): number {
  let e = p;
  let end = p;
  while (e < p + 3 && adjacent(ctx, e)) {
    const t = ctx.tokens[e]!.text;
    if (!capitalized(t) || t === t.toUpperCase()) break;
    const ps = parts(ctx.folded[e]!);
    if (!ps.every((x) => NEWSPAPER_HEADS.has(x) || NEWSPAPER_WORDS.has(x))) break;
    e++;
    if (NEWSPAPER_HEADS.has(ps[ps.length - 1]!)) end = e;
  }
  if (end === p || (adjacent(ctx, end) && capitalized(ctx.tokens[end]!.text))) return p;
  return end;
}

/** The end of a local body's lowercase head after the place ending at p, or p. */
function localHeadEnd(ctx: PlaceBodyContext, p: number, policeOnly: boolean): number {
  if (!adjacent(ctx, p)) return p;
  const t = ctx.tokens[p]!.text;
  if (t === 'P.D.' || t === 'PD') return p + 1;
  if (!LOCAL_FIRST.has(t)) return p;
  for (const head of LOCAL_HEADS) {
    if (policeOnly && head[0] !== POLICE) continue;
    let ok = true;
    for (let j = 0; j < head.length && ok; j++) {
      const tok = ctx.tokens[p + j]?.text ?? '';
      ok = ctx.folded[p + j] === head[j] && !capitalized(tok) && ctx.sentenceOf[p + j] === ctx.sentenceOf[p];
    }
    if (ok) return p + head.length;
  }
  return p;
}

/** True if an organization span holds an organization head ("Dallas County Sheriff"): no bare place. */
function headed(ctx: PlaceBodyContext, s: TokenSpan): boolean {
  for (let i = s.start; i < s.end; i++) if (ORG_HEADS.has(ctx.folded[i]!)) return true;
  return false;
}

/** Newspapers and local bodies named by their place are organizations (see the module comment). */
export function bodiesNamedByPlaces(spans: readonly TokenSpan[], ctx: PlaceBodyContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    let end = s.end;
    // most spans are followed by no capitalized word and no local head: nothing to read
    const after = ctx.tokens[s.end]?.text ?? '';
    if (!capitalized(after) && !LOCAL_FIRST.has(after)) {
      out.push(s);
      continue;
    }
    if (placeSpan(ctx, s)) end = newspaperEnd(ctx, s.end);
    if (end === s.end && (s.type === 'LOC' || (s.type === 'ORG' && !headed(ctx, s) && /\p{Ll}/u.test(surface(ctx, s)))))
      end = localHeadEnd(ctx, s.end, s.type === 'ORG');
    // a country's police is the country's, as wire copy reads it ("Egypt police"); its ministries are named otherwise
    if (end > s.end && ctx.folded[s.end] === POLICE && (gazetteerBits(ctx, s) & COUNTRY) !== 0) end = s.end;
    // the name may not cut into the spans after it: it takes them whole or stays as it was
    let last = k;
    while (end > s.end && spans[last + 1] && spans[last + 1]!.start < end) {
      const n = spans[last + 1]!;
      if (n.end > end || n.type === 'PER') end = s.end;
      else last++;
    }
    if (end > s.end) k = last;
    out.push(end > s.end ? { start: s.start, end, type: 'ORG' } : s);
  }
  return out;
}
