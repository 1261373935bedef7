// Public API of Gloss's highlight anchoring: describe a selection as W3C-style selectors,
// and anchor stored selectors back to live ranges (or report an orphan).

export {
  anchor,
  anchorInIndex,
  anchorMany,
  contextHolds,
  isTrustworthy,
  type AnchorMethod,
  type AnchorOptions,
  type AnchorResult,
  type AnchoredResult,
  type OrphanReason,
  type OrphanResult,
} from './anchor';
export { matchQuote, type QuoteContext, type QuoteMatch } from './match-quote';
export {
  CONTEXT_LENGTH,
  describe,
  describeOffsets,
  selectorsFromHighlight,
  type DescribeOptions,
  type Selectors,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './selectors';
export { buildTextIndex, fold, TextIndex, type TextIndexOptions, type TextPoint } from './text-index';
