// The naive full scan: tokenizes every highlight on every query. It is the baseline the
// benchmark compares the index against and the oracle the property test checks it with,
// so it is written for obviousness, not speed, and shares all scoring with the index.
import type { Highlight } from '../model/types';
import { parseQuery } from './query';
import { assembleResult, passesFilters, scoreSegments, tokenizeHighlight, type ScoredHighlight } from './rank';
import type { SearchQuery, SearchResult } from './types';

/** Searches highlights by scanning them all. Same semantics as `HighlightIndex.search`. */
export function scanSearch(highlights: Iterable<Highlight>, query: SearchQuery): SearchResult {
  const parsed = parseQuery(query.text);
  const matches: ScoredHighlight[] = [];
  for (const h of highlights) {
    if (!passesFilters(h, query.filters)) continue;
    const score = scoreSegments(tokenizeHighlight(h), parsed);
    if (score >= 0) matches.push({ highlight: h, score });
  }
  return assembleResult(matches, query, parsed);
}
