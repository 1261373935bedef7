// Public types of highlight search: the query the popup sends and the result it renders.
// Shared by the inverted index, the scan oracle and the UI; pure data.
import type { Highlight } from '../model/types';

/** Fields of a highlight that search looks into, in the order their bits are assigned. */
export const SEARCH_FIELDS = ['quote', 'note', 'title', 'site', 'tags', 'entityNames'] as const;

/** One searchable field. `tags` and `entityNames` are lists; each element is searched alone. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * Where a mark lies: a plain field ("quote") or one element of a list field ("tags.0",
 * "entityNames.2"). {@link markedText} returns the text the ranges index into.
 */
export type MarkKey = 'quote' | 'note' | 'title' | 'site' | `tags.${number}` | `entityNames.${number}`;

/** Filters narrow the result; each given filter must hold (an empty list means no filter). */
export interface SearchFilters {
  /** Highlight colors, any of. */
  colors?: string[];
  /** Sites (`Highlight.site`, exact), any of. */
  sites?: string[];
  /** Earliest `createdAt` (ms since epoch), inclusive. */
  from?: number;
  /** Latest `createdAt` (ms since epoch), inclusive. */
  to?: number;
  /** Entity keys: the highlight mentions at least one of them. */
  entityIds?: string[];
}

/** What the popup asks for. `text` uses the syntax of `parseQuery` (words, "phrases", -not). */
export interface SearchQuery {
  text: string;
  filters: SearchFilters;
  /** `relevance`: match quality then recency; `date`: newest first. */
  sort: 'relevance' | 'date';
  /** Number of hits (not groups) to skip in the grouped order. */
  offset: number;
  /** Maximum number of hits to return. */
  limit: number;
}

/** One matching highlight with its score and the ranges to mark, per field. */
export interface SearchHit {
  highlight: Highlight;
  score: number;
  /** `[start, end)` UTF-16 ranges into the field's original text, sorted, non-overlapping. */
  marks: Partial<Record<MarkKey, Array<[number, number]>>>;
}

/** The hits of one page, in rank order. */
export interface SearchGroup {
  url: string;
  title: string;
  site: string;
  hits: SearchHit[];
}

/**
 * One page of results. Hits are ranked, then grouped by page (a page's group sits where
 * its best hit ranks), then `offset`/`limit` cut that grouped sequence of hits; a page's
 * hits may therefore continue on the next result page.
 */
export interface SearchResult {
  /** Number of matching highlights in all. */
  total: number;
  groups: SearchGroup[];
}
