// Anchoring: turn stored selectors back into a live Range, or say plainly that we can't.
//
// Order (design.md, fixed decision 7; Hypothesis's html.ts does the same): the position
// selector first, trusted only when the text there *is* the quote; then the quote found
// exactly (duplicates told apart by context and position); then the quote found fuzzily.
// A highlight that passes none of these is an orphan: the caller keeps it and lists it,
// it is never deleted.
//
// The rule above all: never silently anchor to the wrong text. A wrong highlight is worse
// than an orphan (the reader trusts it and the note under it), so every path, even the
// exact ones, must pass `isTrustworthy`: short quotes need their context to agree, a
// fuzzy match needs intact context on both sides, and a quote that has copies elsewhere
// on the page needs the (extended) context that tells the copies apart. An exact match
// must also pass `contextHolds`: context that no longer borders the quote may have been
// pushed away by inserted text, but must not have vanished (then the quote's edge may
// have vanished with it, and look-alike words now stand in its place).

import {
  approxCandidates,
  contextCandidates,
  contextNearby,
  exactCandidates,
  isRequiredSide,
  rankCandidates,
  type QuoteContext,
  type QuoteMatch,
} from './match-quote';
import type { Selectors } from './selectors';
import { buildTextIndex, fold, type TextIndex, type TextIndexOptions } from './text-index';

/** How a highlight was found. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Why a highlight could not be anchored. */
export type OrphanReason =
  /** The stored quote has no visible characters. */
  | 'empty-quote'
  /** Nothing on the page resembles the quote. */
  | 'not-found'
  /** Something resembles it, but not closely enough (or its context disagrees) to trust. */
  | 'low-similarity'
  /** Several places match equally well and nothing tells them apart. */
  | 'ambiguous';

export interface AnchoredResult {
  status: 'anchored';
  range: Range;
  /** [start, end) in the current page text (store them back as the new position). */
  start: number;
  end: number;
  method: AnchorMethod;
  /** Match score in [0, 1] (1 = same text, same context). */
  score: number;
}

export interface OrphanResult {
  status: 'orphan';
  reason: OrphanReason;
}

export type AnchorResult = AnchoredResult | OrphanResult;

/** Options for {@link anchor} and {@link anchorMany}. */
export interface AnchorOptions extends TextIndexOptions {
  /** A prebuilt index of the root (anchorMany builds one and shares it). */
  index?: TextIndex;
}

// Folded quote lengths (whitespace removed; ~5 characters per English word).
/** From this length (about a dozen words) an exact quote is distinctive on its own. */
export const LONG_QUOTE = 64;
/** Context similarity that counts as roughly agreeing. Unrelated English text scores ~0.3–0.5. */
export const CONTEXT_AGREES = 0.7;
/** Context similarity that counts as intact (about 3 characters changed in 32). */
export const CONTEXT_INTACT = 0.9;
/** Error rate tolerated in a quote whose context is intact on both sides (a reworded word). */
export const MAX_EDITED = 0.6;
/**
 * Folded characters a fuzzy match may be shorter or longer than the quote: a reworded
 * word changes the length a little, a lost sentence changes it a lot.
 */
export const MAX_LENGTH_CHANGE = 16;
/**
 * Folded characters of inserted text (ads, embeds, pull quotes) a quote's context may have
 * been pushed away by and still count as its context (~400 words).
 */
export const MAX_CONTEXT_GAP = 2048;
/** Two different places scoring within this margin are indistinguishable. */
const AMBIGUITY_MARGIN = 0.02;

/**
 * Whether a match may be shown.
 * - A side whose stored context was extended (the quote has look-alike copies on the
 *   page, see selectors.ts) must agree, whatever else holds: it is what tells copies apart.
 * - Exact text: a long quote is distinctive on its own; a shorter one needs one side of
 *   its context intact or both roughly agreeing (a lone "the" or "Biden" could be
 *   anywhere, and teasers paraphrase the sentence around it).
 * - Edited text: both sides must be intact and the length about the same. An edit
 *   *inside* a quote leaves its surroundings alone, whereas a quote that lost a piece
 *   (paragraph removed, article not loaded yet) or a paraphrase elsewhere (teaser,
 *   caption) has a foreign or reworded side, or is much shorter. Approximate matching
 *   pads a missing piece with whatever text lies next to it, so without these checks a
 *   half-deleted quote would be drawn over its neighbour's words.
 */
export function isTrustworthy(m: QuoteMatch, quoteLength: number, ctx: QuoteContext = {}): boolean {
  const p = m.prefixScore ?? 0;
  const s = m.suffixScore ?? 0;
  if (isRequiredSide(ctx.prefix) && p < CONTEXT_AGREES) return false;
  if (isRequiredSide(ctx.suffix) && s < CONTEXT_AGREES) return false;
  if (m.errors === 0) {
    return quoteLength >= LONG_QUOTE || Math.max(p, s) >= CONTEXT_INTACT || Math.min(p, s) >= CONTEXT_AGREES;
  }
  const lengthChange = Math.abs(m.end - m.start - quoteLength);
  return (
    m.errors / Math.max(1, quoteLength) <= MAX_EDITED &&
    lengthChange <= Math.max(MAX_LENGTH_CHANGE, quoteLength * 0.15) &&
    Math.min(p, s) >= CONTEXT_INTACT
  );
}

/**
 * Whether each side of an exact match still has its context: bordering the quote
 * (agreeing), or pushed away by inserted text but still close by ({@link contextNearby}).
 * A side whose context has vanished from the page means the text at that edge of the
 * quote was removed or rewritten, and the quote's edge words may have gone with it: when
 * the removed text ended in the same words as the text now before it (lists of "~12 hours
 * ago", "Read more", bylines), the quote is found again, exactly, but its first words are
 * the neighbour's. Text alone cannot tell that from a removal that left the quote whole,
 * so both are orphaned: an orphan is kept and listed, a wrong highlight is believed.
 */
export function contextHolds(folded: string, m: QuoteMatch, ctx: QuoteContext): boolean {
  const rate = 1 - CONTEXT_AGREES;
  const holds = (score: number | null, stored: string | undefined, edge: number, before: boolean) =>
    score === null || score >= CONTEXT_AGREES || contextNearby(folded, stored, edge, before, MAX_CONTEXT_GAP, rate);
  return holds(m.prefixScore, ctx.prefix, m.start, true) && holds(m.suffixScore, ctx.suffix, m.end, false);
}

function anchored(index: TextIndex, m: QuoteMatch, method: AnchorMethod): AnchorResult {
  const { toRaw } = index.folded;
  const start = toRaw[m.start];
  const end = toRaw[m.end - 1] + 1;
  const range = index.toRange(start, end);
  if (!range) return { status: 'orphan', reason: 'not-found' };
  return { status: 'anchored', range, start, end, method, score: m.score };
}

function overlaps(a: QuoteMatch, b: QuoteMatch): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Anchors one highlight in a prebuilt index. The core of {@link anchor}; exported for
 * callers that keep an index across many calls.
 */
export function anchorInIndex(index: TextIndex, selectors: Selectors): AnchorResult {
  const exact = selectors.quote.exact;
  const quote = fold(exact);
  if (!quote) return { status: 'orphan', reason: 'empty-quote' };
  const folded = index.folded.text;
  const pos = selectors.position;
  const ctx: QuoteContext = {
    prefix: fold(selectors.quote.prefix ?? ''),
    suffix: fold(selectors.quote.suffix ?? ''),
    hint: pos ? index.rawToFolded(pos.start) : undefined,
  };

  // 1. Position: free when the page has not changed above the highlight.
  if (pos && pos.start >= 0 && pos.end <= index.text.length && index.text.slice(pos.start, pos.end) === exact) {
    const start = index.rawToFolded(pos.start);
    const [m] = rankCandidates(folded, quote, [{ start, end: start + quote.length, errors: 0 }], ctx);
    if (isTrustworthy(m, quote.length, ctx) && contextHolds(folded, m, ctx)) return anchored(index, m, 'position');
  }

  // 2. Exact quote (modulo whitespace): the best-placed occurrence.
  const exacts = exactCandidates(folded, quote);
  if (exacts.length > 0) {
    const [best] = rankCandidates(folded, quote, exacts, ctx);
    // Identical text with identical context cannot be told apart any better than by
    // position, which the score already includes; so no ambiguity check here.
    if (isTrustworthy(best, quote.length, ctx) && contextHolds(folded, best, ctx))
      return anchored(index, best, 'quote');
  }

  // 3. Fuzzy: quote-only approximate matches plus matches located through the context.
  const fuzzy = [
    ...(exacts.length > 0 ? [] : approxCandidates(folded, quote, Math.min(256, quote.length * 0.5))),
    ...contextCandidates(folded, quote, ctx),
  ];
  // Zero-error candidates are the exact occurrences already judged (and rejected) above.
  const ranked = rankCandidates(folded, quote, fuzzy, ctx).filter((m) => m.errors > 0);
  const trusted = ranked.filter((m) => isTrustworthy(m, quote.length, ctx));
  const best = trusted[0];
  if (!best)
    return { status: 'orphan', reason: ranked.length > 0 || exacts.length > 0 ? 'low-similarity' : 'not-found' };
  const rival = trusted.find((m) => !overlaps(m, best) && best.score - m.score < AMBIGUITY_MARGIN);
  if (rival) return { status: 'orphan', reason: 'ambiguous' };
  return anchored(index, best, 'fuzzy');
}

/**
 * Anchors a highlight's selectors in `root`. Builds a text index unless `opts.index` is
 * given; to anchor many highlights use {@link anchorMany}, which builds it once.
 */
export function anchor(root: Element, selectors: Selectors, opts: AnchorOptions = {}): AnchorResult {
  const index = opts.index ?? buildTextIndex(root, opts);
  return anchorInIndex(index, selectors);
}

/**
 * Anchors many highlights against one text index. Returns one result per input, in
 * order: a highlight is never dropped, only reported as an orphan.
 */
export function anchorMany(root: Element, list: readonly Selectors[], opts: AnchorOptions = {}): AnchorResult[] {
  const index = opts.index ?? buildTextIndex(root, opts);
  return list.map((selectors) => anchorInIndex(index, selectors));
}
