// Long organization names the tagger cut into pieces. A body's name opens on a head word
// ("Academy", "Society", "Committee", "Journal") and goes on over "of", "for", "on" ("Joint
// Committee on Intelligence and Security"), then over more "of"/"for"/"to" phrases ("National
// Society for the Prevention of Cruelty to Children") and ends on a field list joined by "and"
// ("American Academy of Allergy, Asthma and Immunology", "Center for Food and Allergy
// Research"). The tagger, trained on short wire names, reads the fragments as organizations,
// people ("Medicine") or places. Here the whole run after such a head, when every word of it is
// capitalized or a joining word, is one organization and swallows the fragments.
// What ends the run: a word in lowercase, a day or a month ("the Committee on Monday"), an office
// title before a name ("… of Justice Secretary"), a person's name, a span running past it.
// After "and", "&", "," and "to" only ordinary words go on (a field, never a second name:
// "Department of Justice and Google"), and no second body ("… and House Committee").
// Pure: token spans in and out, sorted and non-overlapping.

import { COMMON_BIT, type Gazetteer, isFirstName, ORG_BIT, PLACE_BITS } from '../gazetteer';
import { CALENDAR } from '../lexicon';
import { ownerIndex, type TokenSpan } from '../spans';
import type { Token } from '../tokenizer';
import { isOrdinaryWord } from './ordinary-spans';
import { ORG_HEADS } from './span-rules';

/** What the rule reads of the document. */
export interface NameRunContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Head words after which a body's name goes on over "of"/"for"/"on": ORG_HEADS and a journal;
 * not a conference, which names an event ("World Conference on Women").
 */
const HEADS = new Set([...ORG_HEADS, 'journal'].filter((h) => h !== 'conference'));
/** Heads that open a second body's or journal's name ("… and House Committee", "… and Applied Physics Letters"). */
const BODY_HEADS = new Set([...HEADS, 'letters', 'review'].filter((h) => h !== 'service' && h !== 'services'));
/** Words that open the rest of a name after a head. */
const OPENERS = words('of for on');
/**
 * Office titles and their first words: before a capitalized word they open a person's name
 * ("Department of Justice Secretary X", "Awami League of Prime Minister X").
 */
const TITLES = words(`minister president chairman chairwoman chair spokesman spokeswoman spokesperson speaker ceo
  governor mayor senator commissioner director secretary chief professor dean ambassador head prime deputy vice`);
/** Small words that open a sentence capitalized and never a name or a field ("The Committee on …"). Written for Gloss. */
const SMALL = words(`the a an and but or nor if when while as at in on of for to by from with this that these those
  its his her their our my your`);
/** Joining words a span may hold inside ("Prevention of Cruelty", "Intelligence and Security"). */
const INNER = words('of and & for the');
/** Endings of abstract nouns, the fields bodies are named for ("Immunology", "Cruelty", "Agriculture"). */
const FIELD_ENDING = /(?:ology|ics|ity|ism|ment|tion|sion|ence|ance|ness|ure|ship|try|phy|cy|sciences?)$/;
/** The longest field after "and", in words ("Motion Picture Arts and Sciences"). */
const MAX_FIELD = 3;
/** Known places and organizations: after "for"/"on"/"to" they are a second name ("League for the St. Louis Eagles"). */
const KNOWN = PLACE_BITS | ORG_BIT;

const capitalized = (t: string) => /^\p{Lu}/u.test(t) && /\p{L}/u.test(t);

/** How the words after a joiner may go on: a name's phrase after "of", after "for"/"on"/"to", or a field. */
type Part = 'of' | 'phrase' | 'field';

/**
 * True if a word may be a field in a name's closing list: an ordinary word, the plural of one
 * ("Arts", "Sciences"), or a word the gazetteer does not know with an abstract noun's ending;
 * never a body's head ("… and House Committee"), a first name or a known name ("… and Google").
 */
function fieldWord(ctx: NameRunContext, f: string): boolean {
  if (BODY_HEADS.has(f) || isFirstName(ctx.gazetteer, f)) return false;
  if (isOrdinaryWord(f, ctx.gazetteer)) return true;
  if (f.endsWith('s') && isOrdinaryWord(f.slice(0, -1), ctx.gazetteer)) return true;
  return !ctx.gazetteer.phrases.get(f) && FIELD_ENDING.test(f);
}

/** True if a person span is ordinary words only, no first name ("Medicine"): a fragment, no one. */
function fragmentPerson(ctx: NameRunContext, s: TokenSpan): boolean {
  for (let i = s.start; i < s.end; i++) {
    const f = ctx.folded[i]!;
    if (isFirstName(ctx.gazetteer, f) || !isOrdinaryWord(f, ctx.gazetteer)) return false;
  }
  return true;
}

/** True if token i may stand in a part of the name of kind `part` (see segmentEnd). */
function partWord(ctx: NameRunContext, i: number, part: Part, later: boolean): boolean {
  const t = ctx.tokens[i]!.text;
  const f = ctx.folded[i]!;
  if (!capitalized(t) || SMALL.has(f) || CALENDAR.has(f)) return false;
  if (TITLES.has(f) && capitalized(ctx.tokens[i + 1]?.text ?? '') && ctx.sentenceOf[i + 1] === ctx.sentenceOf[i])
    return false;
  if (part === 'field') return fieldWord(ctx, f);
  if ((later || part === 'phrase') && BODY_HEADS.has(f)) return false;
  const bits = ctx.gazetteer.phrases.get(f) ?? 0;
  return part === 'of' || !(bits & KNOWN) || (bits & COMMON_BIT) !== 0;
}

/** True if span s opens on a name the gazetteer knows as a place or organization ("St. Louis Eagles"). */
function opensOnKnownName(ctx: NameRunContext, s: TokenSpan): boolean {
  let key = '';
  for (let i = s.start; i < s.end && i - s.start < ctx.gazetteer.maxLen; i++) {
    key = i === s.start ? ctx.folded[i]! : `${key} ${ctx.folded[i]}`;
    const bits = ctx.gazetteer.phrases.get(key) ?? 0;
    if (bits & KNOWN && !(bits & COMMON_BIT)) return true;
  }
  return false;
}

/**
 * The end of the words from p on that continue a name (p when none): capitalized words, spans
 * taken whole (a person only when it is a fragment, a place only after "of", never a span
 * reaching back over the joiner). A field is ordinary words only, at most MAX_FIELD, and must end the capitalized
 * run ("… and Democratic Unionist Party" is a second name). A phrase after "for"/"on"/"to", or a
 * later one, with a body's head in it is a second body ("Board of Trustees of the Society",
 * "Parliament on the House Economics Committee").
 */
function segmentEnd(
  ctx: NameRunContext,
  spans: readonly TokenSpan[],
  owner: Int32Array,
  p: number,
  part: Part,
  later: boolean,
): number {
  const sentence = ctx.sentenceOf[p - 1];
  let e = p;
  while (e < ctx.tokens.length && ctx.sentenceOf[e] === sentence) {
    const k = owner[e]!;
    if (k === -1) {
      if (!partWord(ctx, e, part, later)) break;
      e++;
      continue;
    }
    const s = spans[k]!;
    if (s.start < p || (s.type === 'PER' && !fragmentPerson(ctx, s))) return p;
    // a place only after "of"; a work or an event only in a field ("for the Green Progressive Accord")
    if ((s.type === 'LOC' && part !== 'of') || (s.type === 'MISC' && part === 'phrase')) return p;
    for (let i = s.start; i < s.end; i++)
      if (!(i > s.start && INNER.has(ctx.tokens[i]!.text)) && !partWord(ctx, i, part, later)) return p;
    if (part === 'phrase' && opensOnKnownName(ctx, s)) return p;
    e = s.end;
  }
  if (part !== 'field' || e === p) return e;
  const next = ctx.tokens[e];
  if (e - p > MAX_FIELD || (next && ctx.sentenceOf[e] === sentence && capitalized(next.text))) return p;
  return e;
}

/**
 * A field list closing a name: ", W, W and W" or "and W" / "& W", ordinary words only. Returns the
 * end of the list, or `from` when there is none.
 */
function fieldListEnd(ctx: NameRunContext, spans: readonly TokenSpan[], owner: Int32Array, from: number): number {
  let e = from;
  for (let items = 0; items < 6; items++) {
    const joiner = ctx.folded[e];
    if (joiner !== ',' && joiner !== 'and' && joiner !== '&') return from;
    if (owner[e] !== -1) return from;
    const end = segmentEnd(ctx, spans, owner, e + 1, 'field', true);
    if (end === e + 1) return from;
    if (joiner !== ',') return end;
    e = end;
  }
  return from;
}

/** True if the words before e, back to an "of" (and "the"), are a place the gazetteer knows ("… of Russia"). */
function endsOnPlace(ctx: NameRunContext, e: number): boolean {
  for (let i = e - 1; i > 0 && e - i <= ctx.gazetteer.maxLen; i--) {
    if (ctx.folded[i - 1] !== 'of' && ctx.folded[i - 1] !== 'the') continue;
    return ((ctx.gazetteer.phrases.get(ctx.folded.slice(i, e).join(' ')) ?? 0) & PLACE_BITS) !== 0;
  }
  return false;
}

/**
 * The end of a body's name whose head ends at `from` (the head's own span, if any, ends there
 * too), or -1 when no "of"/"for"/"on" phrase follows; `opened` when the head's span already
 * holds its first phrase.
 */
function runEnd(
  ctx: NameRunContext,
  spans: readonly TokenSpan[],
  owner: Int32Array,
  from: number,
  opened: boolean,
): number {
  let e = from;
  let phrases = opened ? 1 : 0;
  let place = false;
  for (;;) {
    const joiner = ctx.folded[e];
    const to = phrases > 0 && joiner === 'to';
    if (!joiner || !(OPENERS.has(joiner) || to) || owner[e] !== -1 || ctx.tokens[e]!.text !== joiner) break;
    if (ctx.sentenceOf[e] !== ctx.sentenceOf[e - 1]) break;
    // past an article: "… of the Treasury", "Committee for a Responsible Federal Budget"
    const article = ctx.tokens[e + 1]?.text;
    const p = article === 'the' || (joiner === 'for' && (article === 'a' || article === 'an')) ? e + 2 : e + 1;
    const end = segmentEnd(ctx, spans, owner, p, joiner === 'of' ? 'of' : 'phrase', phrases > 0);
    if (end === p) break;
    place = spans[owner[end - 1]!]?.type === 'LOC';
    e = end;
    phrases++;
  }
  if (phrases === 0) return -1;
  // after a place, "and" joins a second name ("Agrarian Party of Russia and Civilian Power")
  return place || endsOnPlace(ctx, e) ? e : fieldListEnd(ctx, spans, owner, e);
}

/**
 * Where a head's own span leaves its name open: at its end when it ends on the head, or when
 * the head is followed inside it by "of"/"for"/"on" ("American Academy of Allergy" + ", Asthma
 * and Immunology"); -1 otherwise ("Academy Award" + "for Best Picture" is an award).
 */
function openEnd(ctx: NameRunContext, s: TokenSpan, h: number): number {
  if (h === s.end - 1) return s.end;
  return OPENERS.has(ctx.folded[h + 1]!) ? s.end : -1;
}

/**
 * The first token of a name whose head h is untagged: the capitalized words and the spans (no
 * person, no hyphenated word: "New York-based") just before it.
 */
function nameStart(ctx: NameRunContext, spans: readonly TokenSpan[], owner: Int32Array, h: number): number {
  let start = h;
  while (start > 0 && ctx.sentenceOf[start - 1] === ctx.sentenceOf[h]) {
    const i = start - 1;
    if (!capitalized(ctx.tokens[i]!.text) || SMALL.has(ctx.folded[i]!)) break;
    const o = owner[i]!;
    if (o === -1) start = i;
    else if (spans[o]!.type !== 'PER' && !ctx.folded.slice(spans[o]!.start, i + 1).some((f) => f.includes('-')))
      start = spans[o]!.start;
    else break;
  }
  return start;
}

/** Mends organization names split after a head word (see the module comment). */
export function organizationNameRuns(spans: readonly TokenSpan[], ctx: NameRunContext): TokenSpan[] {
  const owner = ownerIndex(spans, ctx.tokens.length);
  const dead = new Set<number>();
  const added: TokenSpan[] = [];
  for (let h = 0; h < ctx.tokens.length; h++) {
    const t = ctx.tokens[h]!.text;
    if (!HEADS.has(ctx.folded[h]!) || !capitalized(t) || t === t.toUpperCase()) continue;
    const k = owner[h]!;
    const own = k === -1 ? undefined : spans[k];
    if (own && own.type !== 'ORG' && own.type !== 'LOC') continue;
    const from = own ? openEnd(ctx, own, h) : h + 1;
    if (from < 0) continue;
    const start = own ? own.start : nameStart(ctx, spans, owner, h);
    const end = runEnd(ctx, spans, owner, from, !!own && from > h + 1);
    if (end <= from) continue;
    for (let i = start; i < end; i++) if (owner[i] !== -1) dead.add(owner[i]!);
    added.push({ start, end, type: 'ORG' });
    h = end - 1;
  }
  if (!added.length) return [...spans];
  return [...spans.filter((_, k) => !dead.has(k)), ...added].sort((a, b) => a.start - b.start);
}
