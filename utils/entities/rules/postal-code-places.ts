// Towns named with a US state's or Canadian province's two-letter postal code, the way tour
// dates, event listings, local news and addresses write them: "Jiffy Lube Live, Bristow, VA",
// "Toronto, ON", "Baltimore, MD 21202", "(Lawrence, KS)". The tagger has seen almost none of
// these (Reuters writes "Bristow, Virginia"), so it reads an unknown town as a person or an
// organization, folds "West Palm Beach, FL" into one organization and misses the code. The code
// in capitals after a comma and a capitalized name, closing its phrase (the end of the line or
// sentence, a comma, a dash, a bracket, a ZIP code), says that the name is a town and the code
// a state or province. Both become places: the span ending at the comma (unless it is an
// organization by its head word, "Stanford University, CA"), or else the capitalized run of one
// to three words there; a span across the comma that holds the code is cut in two. Not after a
// person named in full ("Peter Hotez, MD,": a degree), nor after a run of ordinary words ("Yes,
// OK."), nor when the name is written in capitals ("TP, TN,"). Pure: token spans in and out.

import { type Gazetteer, isFirstName, PLACE_BITS } from '../gazetteer';
import { ORG_KEYWORDS } from '../lexicon';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';
import { isOrdinaryWord } from './ordinary-spans';
import { FUNCTION_WORDS, MAX_TOWN_WORDS, townRunStart } from './state-abbreviations';

/** The 50 US states', DC's and Canada's provinces' and territories' postal codes. Written for Gloss. */
export const POSTAL_CODES: ReadonlySet<string> = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
  OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU ON PE QC SK YT`.split(/\s+/),
);
/** What may follow the code: a comma, a dash, a bracket, a full stop or a semicolon. */
const CLOSERS = new Set([',', '-', '–', '—', '--', '(', ')', '[', ']', '.', ';', '|', '/']);
/** A US ZIP code or ZIP+4 after the code, as addresses write it. */
const ZIP = /^\d{5}(?:-\d{4})?$/;
const CAPITALIZED = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export interface PostalCodeContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** True when token `i` is a postal code closing its phrase after ", ". */
function codeAt(ctx: PostalCodeContext, i: number): boolean {
  if (!POSTAL_CODES.has(ctx.tokens[i]!.text) || ctx.tokens[i - 1]?.text !== ',') return false;
  if (ctx.sentenceOf[i - 2] !== ctx.sentenceOf[i]) return false;
  const next = ctx.tokens[i + 1];
  if (!next || ctx.sentenceOf[i + 1] !== ctx.sentenceOf[i]) return true;
  return CLOSERS.has(next.text) || ZIP.test(next.text);
}

/** True when tokens start..end are a place the gazetteer knows. */
function knownPlace(ctx: PostalCodeContext, start: number, end: number): boolean {
  return ((ctx.gazetteer.phrases.get(ctx.folded.slice(start, end).join(' ')) ?? 0) & PLACE_BITS) !== 0;
}

/**
 * True when tokens start..end read as a town's name: a place the gazetteer knows, or a name whose
 * last word has a lowercase letter, with a word that is not ordinary, not a person's full name.
 */
function townShaped(ctx: PostalCodeContext, start: number, end: number, type: string | undefined): boolean {
  if (knownPlace(ctx, start, end)) return true;
  if (!LOWER.test(ctx.tokens[end - 1]!.text)) return false;
  // a first name before another capitalized word: a person named in full ("Peter Hotez, MD")
  if (type !== 'LOC')
    for (let j = start; j < end - 1; j++) if (isFirstName(ctx.gazetteer, ctx.folded[j]!)) return false;
  for (let j = start; j < end; j++) if (!isOrdinaryWord(ctx.folded[j]!, ctx.gazetteer)) return true;
  return false;
}

/**
 * The town before the comma at `comma` as a place (or the organization named there, cut at the
 * comma), or null when the name there is no town.
 */
function townBefore(ctx: PostalCodeContext, spans: readonly TokenSpan[], comma: number): TokenSpan | null {
  const s = spans.find((x) => x.end === comma || (x.start < comma && x.end > comma));
  const start = s ? townInSpan(ctx, spans, s, comma) : untaggedTown(ctx, spans, comma);
  if (start >= comma || !townShaped(ctx, start, comma, s?.type)) return null;
  for (let j = start; j < comma; j++)
    if (s && ORG_KEYWORDS.has(ctx.folded[j]!)) return { start, end: comma, type: 'ORG' };
  return { start, end: comma, type: 'LOC' };
}

/**
 * The town's first token in span `s` ending at (or running over) the comma: the capitalized words
 * that end the span before the comma ("Ste 500 Baltimore"), and an untagged capitalized word
 * before a span the tagger cut short ("Las" of "Las Vegas").
 */
function townInSpan(ctx: PostalCodeContext, spans: readonly TokenSpan[], s: TokenSpan, comma: number): number {
  let start = comma;
  while (start > s.start && CAPITALIZED.test(ctx.tokens[start - 1]!.text)) start--;
  if (start > s.start) return start;
  const k = spans.indexOf(s);
  const prevEnd = k > 0 ? spans[k - 1]!.end : 0;
  while (
    start > prevEnd &&
    comma - start < MAX_TOWN_WORDS &&
    ctx.sentenceOf[start - 1] === ctx.sentenceOf[comma] &&
    CAPITALIZED.test(ctx.tokens[start - 1]!.text) &&
    !FUNCTION_WORDS.has(ctx.folded[start - 1]!) &&
    !isOrdinaryWord(ctx.folded[start - 1]!, ctx.gazetteer)
  )
    start--;
  return start;
}

/** The first token of the untagged capitalized run before the comma, after any span, without an ordinary word opening it ("Said Harry Preuss, MD"). */
function untaggedTown(ctx: PostalCodeContext, spans: readonly TokenSpan[], comma: number): number {
  let start = townRunStart(ctx, comma - 1);
  for (const x of spans) if (x.end > start && x.start < comma) start = Math.max(start, x.end);
  while (start < comma - 1 && isOrdinaryWord(ctx.folded[start]!, ctx.gazetteer)) start++;
  return start;
}

/** Makes "<town>, <ST>" two places (above). */
export function postalCodePlaces(spans: readonly TokenSpan[], ctx: PostalCodeContext): TokenSpan[] {
  const made: TokenSpan[] = [];
  for (let i = 2; i < ctx.tokens.length; i++) {
    if (!codeAt(ctx, i)) continue;
    const town = townBefore(ctx, spans, i - 1);
    if (!town) continue;
    made.push(town);
    made.push({ start: i, end: i + 1, type: 'LOC' });
  }
  if (!made.length) return [...spans];
  const kept = spans.filter((s) => !made.some((m) => s.start < m.end && s.end > m.start));
  return [...kept, ...made].sort((a, b) => a.start - b.start);
}
