// Highlight search: public surface. The popup's background handler builds a HighlightIndex
// from the highlights table (or restores it from a snapshot), keeps it in step with every
// write, and answers SearchQuery messages with SearchResult.
export { fold, tokenize, terms, type Token, type TokenizeOptions } from './normalize';
export { parseQuery, isEmptyQuery, type Clause, type ParsedQuery } from './query';
export { HighlightIndex, INDEX_VERSION, marksFor, type SearchSnapshot } from './highlight-index';
export { scanSearch } from './scan';
export { compareHits, FIELD_WEIGHTS, markedText, splitMarks } from './rank';
export {
  SEARCH_FIELDS,
  type MarkKey,
  type SearchField,
  type SearchFilters,
  type SearchGroup,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from './types';
