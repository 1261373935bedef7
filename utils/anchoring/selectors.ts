// Selectors: how a highlight's place on a page is written down (W3C Web Annotation model).
//
// Two selectors per highlight, as Hypothesis stores them: a TextPositionSelector (cheap,
// exact, but broken by any change earlier on the page) and a TextQuoteSelector (the quote
// with 32 characters of context each side, which survives layout changes and lets
// anchoring tell duplicates apart). Both are defined on the text of `buildTextIndex`.

import type { Highlight } from '../model/types';
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

/** Both selectors for text offsets [start, end) of an index; null for an empty span. */
export function describeOffsets(
  index: TextIndex,
  start: number,
  end: number,
  contextLength = CONTEXT_LENGTH,
): Selectors | null {
  if (start < 0 || end > index.text.length || start >= end) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: index.text.slice(start, end),
      prefix: contextBefore(index.text, start, contextLength),
      suffix: contextAfter(index.text, end, contextLength),
    },
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
export function selectorsFromHighlight(
  h: Pick<Highlight, 'quote' | 'prefix' | 'suffix' | 'start' | 'end'>,
): Selectors {
  const valid = Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end > h.start;
  return {
    quote: { type: 'TextQuoteSelector', exact: h.quote, prefix: h.prefix, suffix: h.suffix },
    position: valid ? { type: 'TextPositionSelector', start: h.start, end: h.end } : undefined,
  };
}
