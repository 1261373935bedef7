// Codes are not names. News pages write market and stats codes in capitals next to the
// names they stand for, and the tagger reads a short all-caps word as an organization or
// place. A one-word span in capitals is dropped when its shape says it is a code:
//  - glued to an instrument marker: ".DJI", "EUR=", "US10YT=RR" (a dot before it or an
//    equals sign beside it, with no space);
//  - a ticker after an exchange: "(NYSE: WORK)", "(Nasdaq:AAPL)";
//  - a unit or a stat after a number: "8.69 GW", "2 QH", "1 TFL";
//  - a plural of capitals, a common noun: "CEOs", "PDAs", "MPs", "SUVs" (CoNLL train and
//    dev, UNER, wikigold and BTC write such words outside names in all but one case);
//  - an acronym Wikipedia uses as a common noun: "CEO", "LCD", "GDP" (COMMON_ACRONYMS,
//    built from Wikipedia's uses by build-lexicons.ts: plurals, modifiers, lowercase
//    expansions, and rarely a possessive or a "said"), or one the page itself writes as a
//    common noun ("two GPUs", "a GPU,", "an SSD and"; never "an FBI agent"), unless a longer
//    span on the page spells it by its initials ("People Power Party … the PPP": there it is
//    that name).
// A name the gazetteer knows ("3 NBA titles" keeps "NBA" if it is in the org list) stays.
// A ticker after an exchange is also evidence that the name before the parentheses is an
// organization ("WeWork (NYSE: WE)"), which this pass sets. Pure: token spans in and out.

import { GAZ_CATEGORIES, type Gazetteer } from '../gazetteer';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';
import { ACRONYM_SHAPE as ACRONYM, initials } from '../acronyms';
import { COMMON_ACRONYMS } from '../common-acronyms';

const KNOWN =
  (1 << GAZ_CATEGORIES.indexOf('org')) |
  (1 << GAZ_CATEGORIES.indexOf('country')) |
  (1 << GAZ_CATEGORIES.indexOf('city')) |
  (1 << GAZ_CATEGORIES.indexOf('region'));
const CODE = /^[\p{Lu}\d]{1,6}$/u;
const NUMBER = /^[\d.,]*\d[\d.,]*%?$/;
/** Stock exchanges whose name, then a colon, introduces a ticker. Written for Gloss. */
const EXCHANGES = new Set(['nyse', 'nasdaq', 'amex', 'lse', 'tsx', 'asx', 'otc', 'nysearca', 'hkex', 'sgx', 'bats']);

export interface CodeContext {
  tokens: readonly Token[];
  folded: readonly string[];
  gazetteer: Gazetteer;
}

const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** Index of the exchange token if token i is a ticker after "EXCHANGE:" (or -1). */
function exchangeBefore(ctx: CodeContext, i: number): number {
  const colon = ctx.tokens[i - 1]?.text;
  if (colon !== ':') return -1;
  return EXCHANGES.has(ctx.folded[i - 2] ?? '') ? i - 2 : -1;
}

const PLURAL_OF_CAPITALS = /^\p{Lu}{2,5}s$/u;

/** The initials of the spans of two or more words ("PPP" for "People Power Party"). */
function spelledAcronyms(spans: readonly TokenSpan[], ctx: CodeContext): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    if (s.end - s.start < 2) continue;
    const raw = ctx.tokens.slice(s.start, s.end).map((t) => t.text);
    out.add(initials(ctx.folded.slice(s.start, s.end), raw));
  }
  return out;
}

const NONE: ReadonlySet<string> = new Set();
/** A token that may be a plural of capitals or an acronym: its first two characters are capitals (ASCII or not). */
const TWO_CAPITALS = /^\p{Lu}\p{Lu}/u;
/** Words after "a CPU" that end its noun phrase: "a CPU and", "an SSD with", "a TV." */
const AFTER_NOUN = new Set(['and', 'or', 'of', 'in', 'on', 'with', 'for', 'to', 'that', 'which', 'is', 'was', 'from']);

/**
 * Acronyms the page itself writes as common nouns: in the plural ("two GPUs": "GPU"), or after
 * "a"/"an" at the end of its noun phrase ("a GPU,", "an SSD and"); "an FBI agent" says nothing.
 */
function pageCommonAcronyms(ctx: CodeContext): Set<string> {
  const out = new Set<string>();
  ctx.tokens.forEach((t, i) => {
    if (!TWO_CAPITALS.test(t.text)) return;
    if (PLURAL_OF_CAPITALS.test(t.text)) out.add(t.text.slice(0, -1));
    else if (ACRONYM.test(t.text) && (ctx.folded[i - 1] === 'a' || ctx.folded[i - 1] === 'an')) {
      const next = ctx.tokens[i + 1]?.text ?? '.';
      if (!/\p{L}/u.test(next) || AFTER_NOUN.has(next)) out.add(t.text);
    }
  });
  return out;
}

/**
 * True if token i, a one-word span, is a code by its shape and neighbours; `common` holds the
 * acronyms the page writes as common nouns, `spelled` the initials of the page's longer spans (a
 * common acronym one of them spells is that name).
 */
function isCode(ctx: CodeContext, i: number, common: ReadonlySet<string>, spelled: ReadonlySet<string>): boolean {
  const t = ctx.tokens[i]!;
  const commonNoun = COMMON_ACRONYMS.has(t.text) || common.has(t.text);
  if (commonNoun && spelled.has(t.text)) return false;
  if (PLURAL_OF_CAPITALS.test(t.text) || commonNoun)
    return ((ctx.gazetteer.phrases.get(ctx.folded[i]!) ?? 0) & KNOWN) === 0;
  if (!CODE.test(t.text) || !/\p{Lu}/u.test(t.text)) return false;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if ((prev?.text === '.' || prev?.text === '=') && glued(prev, t)) return true;
  if (next?.text.startsWith('=') && glued(t, next)) return true;
  if (exchangeBefore(ctx, i) >= 0) return true;
  if (prev && NUMBER.test(prev.text)) return ((ctx.gazetteer.phrases.get(ctx.folded[i]!) ?? 0) & KNOWN) === 0;
  return false;
}

/** Drops one-word code spans; a name right before "(EXCHANGE: CODE)" becomes an organization. */
export function dropCodes(spans: readonly TokenSpan[], ctx: CodeContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  // the page-wide sets cost a pass over every token and span: only when a one-word span is in capitals
  const capitals = spans.some((s) => s.end - s.start === 1 && ACRONYM.test(ctx.tokens[s.start]!.text));
  const spelled = capitals ? spelledAcronyms(spans, ctx) : NONE;
  const common = capitals ? pageCommonAcronyms(ctx) : NONE;
  for (const s of spans) {
    if (s.end - s.start === 1 && isCode(ctx, s.start, common, spelled)) continue;
    out.push(s);
  }
  // "(NYSE: WE)" right after a span: that span is the company
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    if (ctx.tokens[s.end]?.text !== '(') continue;
    const ex = s.end + 1;
    if (EXCHANGES.has(ctx.folded[ex] ?? '') && ctx.tokens[ex + 1]?.text === ':' && s.type !== 'ORG')
      out[k] = { ...s, type: 'ORG' };
  }
  return out;
}
