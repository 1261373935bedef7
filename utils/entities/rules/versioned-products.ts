// Products named by their version or model. Technology and games copy names a product by a
// word and a number or model code: "PlayStation 4", "Thunderbolt 3", "Wi-Fi 6", "Destiny 2",
// "GTX 1080", "Intel Core i7". The tagger learnt no products from 1996 news and reads the words
// before the number as an organization. An organization span is a product when the token right
// after it is a version (a number of one or two digits, a model code of letters and digits such
// as "i7", "5500M", "S10", or a three- or four-digit number that is no year) and what follows the
// version goes on the product's noun phrase: a lowercase word ("4 games", "3 ports"), a
// possessive, a product line word ("4 Pro") or another model code ("i7 4790k"). Then every
// organization span of the same words on the page is the product too ("Sony's PlayStation").
// A brand before the product's own words keeps its mark ("Intel" of "Intel Core i7"). Never in
// sports copy, where a team and its score read alike ("Somerset 83 and 174"), and never when
// the lowercase word after the number is a unit or a count ("2 years ago", "3 goals"), or the
// version is a quarter or half ("Q2 net rises"). Pure: token spans in and out.

import { BRAND_NAMES } from '../brand-names';
import { COMMON_BIT } from '../gazetteer';
import type { TokenSpan } from '../spans';
import { LINE_WORDS } from './product-lines';
import type { SpanContext } from './span-rules';
import { sportsCopy } from './sports-copy';
import { isPossessive } from '../tokenizer';

const SMALL_NUMBER = /^\d{1,2}$/;
const THREE_OR_FOUR_DIGITS = /^\d{3,4}$/;
/**
 * Digits with one or two letters, up to 6 characters: "i7", "5500M", "S10", "4790k" (an instrument
 * code has more letters: "CMAL3").
 */
const MODEL_CODE = /^(?=[a-z\d]*\d)(?:\d*[a-z]){1,2}\d*$/;
/** Codes that are periods or ordinals, not models: "Q2", "H1", "FY19", "50th". */
const NOT_A_MODEL = /^(?:q[1-4]|h[12]|fy\d{2,4}|\d+(?:st|nd|rd|th))$/;
/**
 * Words after a number that make it an amount, not a version: units and counts ("2 years",
 * "37 laps"), and the function words that end a noun phrase there ("Halo 3 and …", where a
 * team's score reads alike). Written for Gloss.
 */
const UNITS = new Set(
  `year years month months week weeks day days hour hours minute minutes second seconds percent pct per
  million billion trillion thousand hundred points point goals goal runs run games wins losses laps seats votes
  people times members cents dollars pounds euros yen miles kilometres kilometers km feet metres meters
  and or to of in on at by from for with than`.split(/\s+/),
);

/** Whether folded token `t` is a version or model after a name. */
function isVersion(t: string): boolean {
  if (SMALL_NUMBER.test(t)) return true;
  if (THREE_OR_FOUR_DIGITS.test(t)) {
    const n = Number(t);
    return n < 1800 || n > 2099;
  }
  return t.length <= 6 && MODEL_CODE.test(t) && !NOT_A_MODEL.test(t);
}

/** Whether the span's name is followed by a version that goes on as a product's noun phrase. */
function versionFollows(s: TokenSpan, ctx: SpanContext): boolean {
  const v = s.end;
  const sentence = ctx.sentenceOf[s.start];
  if (v + 1 >= ctx.tokens.length || ctx.sentenceOf[v] !== sentence || ctx.sentenceOf[v + 1] !== sentence) return false;
  // one space between: "PS4" glued or "2," apart are other things
  if (ctx.tokens[v]!.start - ctx.tokens[v - 1]!.end !== 1 || !isVersion(ctx.folded[v]!)) return false;
  const next = ctx.tokens[v + 1]!.text;
  const folded = ctx.folded[v + 1]!;
  if (isPossessive(folded)) return true;
  // a model code after the version ("i7 4790k"); a number after it is a table's next column
  if (LINE_WORDS.has(folded) || (isVersion(folded) && !/^\d+$/.test(folded))) return true;
  return /^\p{Ll}/u.test(next) && !UNITS.has(folded);
}

/** The brand word a product span opens with, if the span has more words ("Intel" of "Intel Core"). */
function leadingBrand(s: TokenSpan, ctx: SpanContext): boolean {
  if (s.end - s.start < 2) return false;
  // "Red" of "Red Dead Redemption" is a listed brand and an ordinary word: the product's own
  const bits = ctx.gazetteer.phrases.get(ctx.folded[s.start]!) ?? 0;
  return BRAND_NAMES.has(ctx.tokens[s.start]!.text) && (bits & COMMON_BIT) === 0;
}

/** Takes products named by version or model out of the organizations (module comment). */
export function versionedProducts(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  const named = spans.filter((s) => s.type === 'ORG' && versionFollows(s, ctx));
  // sports copy is read only when a name with a version was seen: most pages have none
  if (named.length === 0) return [...spans];
  const copy = sportsCopy(ctx.folded, ctx.sentenceOf);
  if (copy.article) return [...spans];
  const key = (s: TokenSpan) => ctx.folded.slice(s.start, s.end).join(' ');
  const products = new Set(named.filter((s) => !copy.sentence[ctx.sentenceOf[s.start]!]).map(key));
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'ORG' || !products.has(key(s))) out.push(s);
    else if (leadingBrand(s, ctx)) out.push({ start: s.start, end: s.start + 1, type: 'ORG' });
  }
  return out;
}
