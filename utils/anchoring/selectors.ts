// Selectors: how a highlight's place on a page is written down (W3C Web Annotation model).
//
// Two selectors per highlight, as Hypothesis stores them: a TextPositionSelector (cheap,
// exact, but broken by any change earlier on the page) and a TextQuoteSelector (the quote
// with 32 characters of context each side, which survives layout changes and lets
// anchoring tell duplicates apart). Both are defined on the text of `buildTextIndex`.

import type { Highlight } from '../model/types';
import { CONTEXT_WINDOW, similarity } from './match-quote';
import { buildTextIndex, collapseWhitespace, type TextIndex, type TextIndexOptions } from './text-index';

/** Characters of context kept on each side of a quote (Hypothesis uses 32 too). */
export const CONTEXT_LENGTH = 32;

/** W3C TextQuoteSelector: the exact quote and the text just before and after it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: [start, end) offsets into the root's text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Everything anchoring needs to find a highlight again. The position is optional. */
export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Options for {@link describe}. */
export interface DescribeOptions extends TextIndexOptions {
  /** A prebuilt index of the same root (reuse it when describing many ranges). */
  index?: TextIndex;
  /** Context length; defaults to {@link CONTEXT_LENGTH}. */
  contextLength?: number;
}

/**
 * Context before `start`: the last `length` characters of the preceding text with
 * whitespace runs collapsed. Collapsing first means the context holds 32 characters of
 * words, not a page's indentation (raw context before a paragraph is often all spaces).
 */
function contextBefore(text: string, start: number, length: number): string {
  // Take enough raw text to yield `length` collapsed characters in ordinary prose, then
  // widen if the page is whitespace-heavy there.
  let width = length * 2;
  for (;;) {
    const from = Math.max(0, start - width);
    const collapsed = collapseWhitespace(text.slice(from, start));
    if (collapsed.length > length || from === 0) return collapsed.slice(-length);
    width *= 4;
  }
}

function contextAfter(text: string, end: number, length: number): string {
  let width = length * 2;
  for (;;) {
    const to = Math.min(text.length, end + width);
    const collapsed = collapseWhitespace(text.slice(end, to));
    if (collapsed.length > length || to === text.length) return collapsed.slice(0, length);
    width *= 4;
  }
}

/** Longest context kept when extending it to tell copies apart (folded characters). */
export const MAX_CONTEXT_LENGTH = 256;

/** Copies examined when checking whether a quote is unique (bounds work for "the"). */
const MAX_COPIES = 2000;

/** Length of the common run of `a` and `b` going backwards from `i` and `j` (exclusive). */
function commonBefore(f: string, i: number, j: number, cap: number): number {
  let n = 0;
  while (n < cap && i - n > 0 && j - n > 0 && f.charCodeAt(i - n - 1) === f.charCodeAt(j - n - 1)) n++;
  return n;
}

function commonAfter(f: string, i: number, j: number, cap: number): number {
  let n = 0;
  while (n < cap && i + n < f.length && j + n < f.length && f.charCodeAt(i + n) === f.charCodeAt(j + n)) n++;
  return n;
}

/**
 * How far to extend each side's context (in folded characters; 0 = keep the default) so
 * that the highlight at folded [fs, fe) can be told apart from every other copy of its
 * quote on the page. News pages repeat text (teasers, captions, pull quotes, footers),
 * and with only 32 characters of context a copy may look identical: when the original
 * is edited or not loaded yet, anchoring would land on the copy. For each copy the side
 * where it diverges sooner is extended until its outermost window differs clearly;
 * anchoring then requires that window to agree (match-quote.ts `sideScore`).
 */
function extensionsForCopies(folded: string, fs: number, fe: number, window: number): [number, number] {
  const quote = folded.slice(fs, fe);
  let needBefore = 0;
  let needAfter = 0;
  let copies = 0;
  for (let at = folded.indexOf(quote); at !== -1 && copies < MAX_COPIES; at = folded.indexOf(quote, at + 1)) {
    if (at === fs) continue;
    copies++;
    const before = commonBefore(folded, fs, at, MAX_CONTEXT_LENGTH);
    const after = commonAfter(folded, fe, at + quote.length, MAX_CONTEXT_LENGTH);
    // A copy whose default context already differs on both sides needs nothing.
    if (before < window / 2 && after < window / 2) continue;
    const distinguish = (side: 'before' | 'after', common: number): number => {
      for (let n = Math.max(common + window, window + 1); n <= MAX_CONTEXT_LENGTH; n += window / 2) {
        // Our context ran into the edge of the text: this side cannot be extended further.
        // (The copy running out first is fine: its clamped, shorter window differs.)
        if (side === 'before' ? fs - n < 0 : fe + n > folded.length) return 0;
        const ours = side === 'before' ? folded.slice(fs - n, fs - n + window) : folded.slice(fe + n - window, fe + n);
        const theirs =
          side === 'before'
            ? folded.slice(Math.max(0, at - n), Math.max(0, at - n + window))
            : folded.slice(at + quote.length + n - window, at + quote.length + n);
        if (similarity(ours, theirs) < 0.5) return n;
      }
      return 0;
    };
    const first: 'before' | 'after' = before <= after ? 'before' : 'after';
    const n1 = distinguish(first, first === 'before' ? before : after);
    const n2 = n1 ? 0 : distinguish(first === 'before' ? 'after' : 'before', first === 'before' ? after : before);
    const side = n1 ? first : first === 'before' ? 'after' : 'before';
    const n = n1 || n2;
    // Identical for MAX_CONTEXT_LENGTH on both sides: not separable; position decides.
    if (!n) continue;
    if (side === 'before') needBefore = Math.max(needBefore, n);
    else needAfter = Math.max(needAfter, n);
  }
  return [needBefore, needAfter];
}

/** Both selectors for text offsets [start, end) of an index; null for an empty span. */
export function describeOffsets(
  index: TextIndex,
  start: number,
  end: number,
  contextLength = CONTEXT_LENGTH,
): Selectors | null {
  if (start < 0 || end > index.text.length || start >= end) return null;
  let prefix = contextBefore(index.text, start, contextLength);
  let suffix = contextAfter(index.text, end, contextLength);
  const { text: folded, toRaw } = index.folded;
  const fs = index.rawToFolded(start);
  const fe = index.rawToFolded(end);
  if (fe > fs) {
    const [before, after] = extensionsForCopies(folded, fs, fe, CONTEXT_WINDOW);
    // Extended context is stored whitespace-collapsed, like the default one.
    if (before) prefix = collapseWhitespace(index.text.slice(toRaw[fs - before], start));
    if (after) suffix = collapseWhitespace(index.text.slice(end, toRaw[fe + after - 1] + 1));
  }
  return {
    quote: { type: 'TextQuoteSelector', exact: index.text.slice(start, end), prefix, suffix },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Describes a DOM range inside `root` with both selectors. Returns null when the range
 * covers no page text (collapsed, or only inside skipped or excluded elements).
 */
export function describe(root: Element, range: Range, opts: DescribeOptions = {}): Selectors | null {
  const index = opts.index ?? buildTextIndex(root, opts);
  const { start, end } = index.rangeToOffsets(range);
  return describeOffsets(index, start, end, opts.contextLength);
}

/** The selectors stored in a saved {@link Highlight}. */
export function selectorsFromHighlight(h: Pick<Highlight, 'quote' | 'prefix' | 'suffix' | 'start' | 'end'>): Selectors {
  const valid = Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end > h.start;
  return {
    quote: { type: 'TextQuoteSelector', exact: h.quote, prefix: h.prefix, suffix: h.suffix },
    position: valid ? { type: 'TextPositionSelector', start: h.start, end: h.end } : undefined,
  };
}
