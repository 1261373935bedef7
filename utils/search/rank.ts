// Scoring, ordering, grouping and marking: the parts of search that the inverted index and
// the scan oracle must do identically. Keeping them in one module is what lets the
// property test demand equal results (same sets, same order, same scores) from both.
import type { Highlight } from '../model/types';
import { tokenize, type Token } from './normalize';
import type { Clause, ParsedQuery } from './query';
import {
  SEARCH_FIELDS,
  type MarkKey,
  type SearchGroup,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from './types';

/**
 * Weight of a match per field, indexed like SEARCH_FIELDS. The quote is what the reader
 * saved; entity names and tags are deliberate labels; the note is the reader's own words;
 * title and site are shared by every highlight of a page, so they say least about any one.
 */
export const FIELD_WEIGHTS: readonly number[] = [1, 0.9, 0.6, 0.4, 1.1, 1.2];

/** Quality of a prefix match lies in [PREFIX_BASE, PREFIX_BASE + PREFIX_SPAN); an exact word is 1. */
export const PREFIX_BASE = 0.4;
export const PREFIX_SPAN = 0.5;
/** Adjacent words matched as a phrase are worth more than the same words anywhere. */
export const PHRASE_BOOST = 1.5;

/**
 * Scores are whole points: `round(SCORE_SCALE × weight × quality)`. Integer clause values
 * add up exactly in any order, so the index may evaluate clauses cheapest-first and still
 * produce the very scores (and tie order) of the scan.
 */
export const SCORE_SCALE = 1000;

/** Points for a match value (weight × quality); rounding keeps sums order-independent. */
export function points(value: number): number {
  return Math.round(value * SCORE_SCALE);
}

/** Largest field weight of each 6-bit field mask, so a posting's value is one multiply. */
export const MASK_MAX_WEIGHT: readonly number[] = Array.from({ length: 1 << SEARCH_FIELDS.length }, (_, mask) => {
  let best = 0;
  for (let f = 0; f < SEARCH_FIELDS.length; f++)
    if (mask & (1 << f) && FIELD_WEIGHTS[f]! > best) best = FIELD_WEIGHTS[f]!;
  return best;
});

/**
 * How well a document term matches a query word: 1 for the exact word; for a prefix, more
 * the more of the word was typed ("erdoga" beats "e" on "erdogan"); 0 for no match.
 */
export function termQuality(word: string, term: string, prefix: boolean): number {
  if (term === word) return 1;
  if (prefix && term.length > word.length && term.startsWith(word)) {
    return PREFIX_BASE + (PREFIX_SPAN * word.length) / term.length;
  }
  return 0;
}

/** One searchable piece of a highlight: a field, or one element of a list field. */
export interface Segment {
  key: MarkKey;
  /** Index into SEARCH_FIELDS. */
  field: number;
  text: string;
}

/** The searchable segments of a highlight, empty ones left out. */
export function highlightSegments(h: Highlight): Segment[] {
  const out: Segment[] = [];
  if (h.quote) out.push({ key: 'quote', field: 0, text: h.quote });
  if (h.note) out.push({ key: 'note', field: 1, text: h.note });
  if (h.title) out.push({ key: 'title', field: 2, text: h.title });
  if (h.site) out.push({ key: 'site', field: 3, text: h.site });
  (h.tags ?? []).forEach((text, i) => {
    if (text) out.push({ key: `tags.${i}`, field: 4, text });
  });
  (h.entityNames ?? []).forEach((text, i) => {
    if (text) out.push({ key: `entityNames.${i}`, field: 5, text });
  });
  return out;
}

/** The original text that the ranges of `key` index into. */
export function markedText(h: Highlight, key: MarkKey): string {
  const dot = key.indexOf('.');
  if (dot < 0) return (h[key as 'quote' | 'note' | 'title' | 'site'] ?? '') as string;
  const list = key.slice(0, dot) === 'tags' ? h.tags : h.entityNames;
  return list?.[Number(key.slice(dot + 1))] ?? '';
}

/** A segment with its tokens (document tokens: compounds carry their aliases). */
export interface TokenizedSegment extends Segment {
  tokens: Token[];
}

/** Tokenizes every segment of a highlight, optionally only those whose field is in `mask`. */
export function tokenizeHighlight(h: Highlight, mask = -1): TokenizedSegment[] {
  const out: TokenizedSegment[] = [];
  for (const seg of highlightSegments(h)) {
    if (mask & (1 << seg.field)) out.push({ ...seg, tokens: tokenize(seg.text, { aliases: true }) });
  }
  return out;
}

/** Tokens of a segment indexed by position (aliases share their first part's slot). */
function byPosition(tokens: Token[]): Token[][] {
  const slots: Token[][] = [];
  for (const t of tokens) (slots[t.pos] ??= []).push(t);
  return slots;
}

/** Every occurrence of a phrase clause in a segment: its token span and quality sum. */
function phraseOccurrences(tokens: Token[], clause: Clause): Array<{ start: number; end: number; quality: number }> {
  const out: Array<{ start: number; end: number; quality: number }> = [];
  const { words, prefixLast } = clause;
  const last = words.length - 1;
  const slots = byPosition(tokens);
  for (const first of tokens) {
    let quality = termQuality(words[0]!, first.term, false);
    if (quality === 0) continue;
    let end = first.end;
    for (let k = 1; k <= last && quality > 0; k++) {
      let best = 0;
      for (const t of slots[first.pos + k] ?? []) {
        const q = termQuality(words[k]!, t.term, k === last && prefixLast);
        if (q > best) {
          best = q;
          end = t.end;
        }
      }
      quality = best === 0 ? 0 : quality + best;
    }
    if (quality > 0) out.push({ start: first.start, end, quality });
  }
  return out;
}

/**
 * The value of one clause for one highlight in points: the best, over its segments, of field
 * weight × match quality (× PHRASE_BOOST × summed word qualities for a phrase). 0 when it
 * does not match.
 */
export function clauseScore(segments: TokenizedSegment[], clause: Clause): number {
  let best = 0;
  if (clause.words.length === 1) {
    const word = clause.words[0]!;
    for (const seg of segments) {
      const w = FIELD_WEIGHTS[seg.field]!;
      for (const t of seg.tokens) {
        const q = termQuality(word, t.term, clause.prefixLast);
        if (q > 0 && q * w > best) best = q * w;
      }
    }
    return points(best);
  }
  for (const seg of segments) {
    const w = FIELD_WEIGHTS[seg.field]!;
    for (const occ of phraseOccurrences(seg.tokens, clause)) {
      const v = w * PHRASE_BOOST * occ.quality;
      if (v > best) best = v;
    }
  }
  return points(best);
}

/**
 * Scores a highlight against a parsed query: the sum of its clause values (integers), or -1
 * when a clause fails or a negative clause matches. An empty query scores 0.
 */
export function scoreSegments(segments: TokenizedSegment[], query: ParsedQuery): number {
  for (const neg of query.negatives) if (clauseScore(segments, neg) > 0) return -1;
  let score = 0;
  for (const clause of query.clauses) {
    const v = clauseScore(segments, clause);
    if (v === 0) return -1;
    score += v;
  }
  return score;
}

/** True when a highlight passes the query's filters. */
export function passesFilters(h: Highlight, filters: SearchQuery['filters']): boolean {
  if (filters.colors?.length && !filters.colors.includes(h.color)) return false;
  if (filters.sites?.length && !filters.sites.includes(h.site)) return false;
  if (filters.from !== undefined && h.createdAt < filters.from) return false;
  if (filters.to !== undefined && h.createdAt > filters.to) return false;
  if (filters.entityIds?.length && !(h.entityIds ?? []).some((id) => filters.entityIds!.includes(id))) return false;
  return true;
}

/** What ordering needs of a hit. */
export interface Rankable {
  id: string;
  createdAt: number;
  score: number;
}

/**
 * Hit order. Relevance: score, then newer first, then id (a total order, so pages never
 * shuffle between requests). Date: newer first, then score, then id.
 */
export function compareHits(a: Rankable, b: Rankable, sort: SearchQuery['sort']): number {
  if (sort === 'relevance') {
    if (a.score !== b.score) return b.score - a.score;
    if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  } else {
    if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
    if (a.score !== b.score) return b.score - a.score;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Merges sorted-or-not ranges into sorted, non-overlapping ones. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * The ranges to mark in each field: every word matching a word clause (the whole word,
 * so "erdog" marks "Erdoğan's" up to the apostrophe) and every phrase occurrence as one range.
 * Ranges index the original text, so the UI marks them as text, never as HTML.
 */
export function computeMarks(h: Highlight, query: ParsedQuery): SearchHit['marks'] {
  const marks: SearchHit['marks'] = {};
  if (query.clauses.length === 0) return marks;
  for (const seg of tokenizeHighlight(h)) {
    const ranges: Array<[number, number]> = [];
    for (const clause of query.clauses) {
      if (clause.words.length === 1) {
        for (const t of seg.tokens) {
          if (termQuality(clause.words[0]!, t.term, clause.prefixLast) > 0) ranges.push([t.start, t.end]);
        }
      } else {
        for (const occ of phraseOccurrences(seg.tokens, clause)) ranges.push([occ.start, occ.end]);
      }
    }
    if (ranges.length > 0) marks[seg.key] = mergeRanges(ranges);
  }
  return marks;
}

/**
 * Splits a text into marked and unmarked runs, for UIs that render with text nodes
 * (`<mark>{run}</mark>` in Preact): the text itself is never parsed as HTML.
 */
export function splitMarks(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): Array<{ text: string; marked: boolean }> {
  const out: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    if (e > s) out.push({ text: text.slice(s, e), marked: true });
    at = Math.max(at, e);
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** A matched highlight before paging. */
export interface ScoredHighlight {
  highlight: Highlight;
  score: number;
}

/**
 * Orders, groups and pages matches the simple way: sort everything, group by URL in order
 * of each page's best hit, cut `offset`/`limit` hits. The index reaches the same result
 * without sorting every match; this version is the reference.
 */
export function assembleResult(matches: ScoredHighlight[], query: SearchQuery, parsed: ParsedQuery): SearchResult {
  const ranked = matches.map((m) => ({ ...m, id: m.highlight.id, createdAt: m.highlight.createdAt }));
  ranked.sort((a, b) => compareHits(a, b, query.sort));
  const groups = new Map<string, typeof ranked>();
  for (const m of ranked) {
    const list = groups.get(m.highlight.url);
    if (list) list.push(m);
    else groups.set(m.highlight.url, [m]);
  }
  const flat: Array<{ m: ScoredHighlight; best: Highlight }> = [];
  for (const list of groups.values()) for (const m of list) flat.push({ m, best: list[0]!.highlight });
  const page = flat.slice(query.offset, query.offset + query.limit);
  return { total: matches.length, groups: groupPage(page, parsed) };
}

/** Turns a run of hits (already in grouped order) into groups, computing marks. */
export function groupPage(page: Array<{ m: ScoredHighlight; best: Highlight }>, parsed: ParsedQuery): SearchGroup[] {
  const out: SearchGroup[] = [];
  let current: SearchGroup | undefined;
  for (const { m, best } of page) {
    if (!current || current.url !== m.highlight.url) {
      current = { url: best.url, title: best.title, site: best.site, hits: [] };
      out.push(current);
    }
    current.hits.push({ highlight: m.highlight, score: m.score, marks: computeMarks(m.highlight, parsed) });
  }
  return out;
}
