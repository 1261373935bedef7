// Organizations in headlines. Links to related stories, section titles and headlines are
// written in title case with the small words left lowercase ("The 15 Weirdest Galaxies in
// Our Universe", "Physicists Just Created the Most Detailed Simulation of the Universe in
// History"), and there the tagger reads runs of capitalized ordinary words as organizations.
// The case rule (case-evidence.ts) sees such a line only when nearly every word is
// capitalized, and keeps a span that is part of a name found in plain text ("Case Reports" of
// "BMJ Case Reports"). Here a headline is a sentence whose words other than the small ones
// are capitalized, and an organization span in it stays only when it is a name on its own:
// the same words are a span in the article's plain sentences, the gazetteer or the brand list
// knows it, it holds a word that heads organization names ("Society", "Productions"), or
// none of its words is an ordinary English word ("IllustrisTNG"). A short line that is no
// sentence (two to six words, no closing full stop or other mark, no number: a link, a label, a
// caption) is read the same way. Pure.

import { BRAND_NAMES } from '../brand-names';
import { type Gazetteer, ORG_BIT, PLACE_BITS } from '../gazetteer';
import { ORG_KEYWORDS } from '../lexicon';
import { ordinary } from './ordinary-spans';
import { ORG_SUFFIX_HEADS } from './org-shapes';
import { ORG_HEADS } from './span-rules';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** What the headline rule reads of the document. */
export interface HeadlineContext {
  tokens: readonly Token[];
  folded: readonly string[];
  /** Each token's sentence number, counted from 0 in text order. */
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** Words a title leaves in lowercase. Written for Gloss. */
const SMALL_WORDS = new Set(
  `a an the and or nor but of in on at to for from by with as via vs vs. into onto over per than
  up off out is are was be 's 're 've 'll 'd 'm n't`.split(/\s+/),
);
const WORD = /\p{L}/u;
const CAPITALIZED = /^\p{Lu}/u;
const LOWERCASE = /^\p{Ll}/u;
/** Marks that close a sentence of running text. */
const CLOSING = /^[.!?:;,"”’)…]+$/u;
const DIGIT = /\d/;

/**
 * True if tokens [start, end), holding `words` words beside the small ones, are a short line
 * that is no sentence. Lines with a number are left out: tables of results and contact lines
 * ("East Fife 2 0 1 1 0", "-- Bucharest Newsroom 40-1 3120264") name real organizations there.
 */
function fragmentLine(ctx: HeadlineContext, start: number, end: number, words: number): boolean {
  if (words < 2 || words > 6 || CLOSING.test(ctx.tokens[end - 1]!.text)) return false;
  for (let i = start; i < end; i++) if (DIGIT.test(ctx.tokens[i]!.text)) return false;
  return true;
}

/**
 * Per sentence: true if it is written as a headline, or is a short line that is no sentence
 * (`fragmentLine`). Only the words outside names count for the case (a short sentence around a
 * long name, "It is part of the Coleman Federal Correctional Complex", is no headline): four
 * or more words beside the small ones, two of them capitalized ordinary words, and at least 80%
 * of those outside the spans capitalized.
 */
export function headlineSentences(spans: readonly TokenSpan[], ctx: HeadlineContext): boolean[] {
  const inSpan = new Uint8Array(ctx.tokens.length);
  for (const s of spans) inSpan.fill(1, s.start, s.end);
  const sentences: Array<{ start: number; end: number }> = [];
  ctx.sentenceOf.forEach((k, i) => {
    sentences[k] ??= { start: i, end: i };
    sentences[k].end = i + 1;
  });
  return Array.from(sentences, (s) => {
    if (!s) return false;
    let words = 0;
    let outside = 0;
    let capitalizedOutside = 0;
    // Enough words outside the spans not capitalized settle it early: seven make the line no
    // fragment, and more than a fifth of the sentence's tokens fail the 80% test whatever follows.
    const settled = Math.max(7, 0.2 * (s.end - s.start));
    for (let i = s.start; i < s.end; i++) {
      const t = ctx.tokens[i]!.text;
      if (!WORD.test(t) || (SMALL_WORDS.has(ctx.folded[i]!) && i > s.start)) continue;
      words++;
      if (inSpan[i]) continue;
      outside++;
      if (CAPITALIZED.test(t)) capitalizedOutside++;
      else if (outside - capitalizedOutside > settled) return false;
    }
    if (fragmentLine(ctx, s.start, s.end, words)) return true;
    if (words < 4 || capitalizedOutside < 0.8 * outside) return false;
    // the word lists are read only for the few sentences that pass the cheap test
    let ordinaryCapitalized = 0;
    for (let i = s.start + 1; i < s.end && ordinaryCapitalized < 2; i++) {
      const t = ctx.tokens[i]!.text;
      if (WORD.test(t) && !SMALL_WORDS.has(ctx.folded[i]!) && CAPITALIZED.test(t) && ordinary(ctx, i))
        ordinaryCapitalized++;
    }
    return ordinaryCapitalized >= 2;
  });
}

/** True if the span's own words say it is an organization's name. */
function nameOnItsOwn(ctx: HeadlineContext, s: TokenSpan, plain: ReadonlySet<string>): boolean {
  const key = ctx.folded.slice(s.start, s.end).join(' ');
  if (plain.has(key) || (ctx.gazetteer.phrases.get(key) ?? 0) & (ORG_BIT | PLACE_BITS)) return true;
  const surface = ctx.tokens
    .slice(s.start, s.end)
    .map((t) => t.text)
    .join(' ');
  if (BRAND_NAMES.has(surface)) return true;
  let anyOrdinary = false;
  for (let i = s.start; i < s.end; i++) {
    const f = ctx.folded[i]!;
    if (ORG_HEADS.has(f) || ORG_SUFFIX_HEADS.has(f) || ORG_KEYWORDS.has(f)) return true;
    if (WORD.test(ctx.tokens[i]!.text) && !SMALL_WORDS.has(f) && ordinary(ctx, i)) anyOrdinary = true;
  }
  if (anyOrdinary) return false;
  // a one-word name the article writes in lowercase elsewhere ("Our Universe" beside "the universe")
  return s.end - s.start > 1 || !ctx.tokens.some((t, i) => ctx.folded[i] === key && LOWERCASE.test(t.text));
}

/** What the headline checks read of a document: which spans stand in headlines, and the names of its plain sentences. */
export interface HeadlineView {
  inHeadline(s: TokenSpan): boolean;
  /** Folded words of every span outside headline sentences. */
  plain: ReadonlySet<string>;
}

/** Reads the headline sentences (`headlineSentences`) and the plain sentences' names once. */
export function headlineView(spans: readonly TokenSpan[], ctx: HeadlineContext): HeadlineView {
  const headline = headlineSentences(spans, ctx);
  const inHeadline = (s: TokenSpan) => headline[ctx.sentenceOf[s.start]!] === true;
  const plain = new Set<string>();
  for (const s of spans) if (!inHeadline(s)) plain.add(ctx.folded.slice(s.start, s.end).join(' '));
  return { inHeadline, plain };
}

/**
 * Drops organization spans in headline sentences that are no name on their own (see the module
 * comment); `view` is read from `spans` unless given.
 */
export function headlineOrganizations(
  spans: readonly TokenSpan[],
  ctx: HeadlineContext,
  view?: HeadlineView,
): TokenSpan[] {
  if (!spans.some((s) => s.type === 'ORG')) return [...spans];
  const { inHeadline, plain } = view ?? headlineView(spans, ctx);
  return spans.filter((s) => s.type !== 'ORG' || !inHeadline(s) || nameOnItsOwn(ctx, s, plain));
}
