// Quote matching: find where a (possibly edited) quote sits in a text, and how sure we are.
//
// Follows Hypothesis's match-quote.ts: candidates come from exact search, else from
// approx-string-match (Myers' bit-parallel edit-distance search), and each candidate is
// scored on the quote itself (weight 50), the 32 characters before (20) and after (20)
// and closeness to the old position (2). Two additions:
// - context scores compare the stored context with the text *adjacent* to the candidate
//   (same length, aligned at the quote's edge), not anywhere nearby, so context only
//   counts when it really borders the quote;
// - `contextCandidates` searches for prefix + quote + suffix as one pattern, which finds
//   a quote whose words were edited too much for the quote-only search to rank it first,
//   as long as its surroundings are intact.
// Deciding whether a match is good enough to show is anchor.ts's job, not this module's.
//
// All inputs here are folded strings (text-index.ts `fold`): whitespace already removed.

import approxSearch from 'approx-string-match';

/** Context used to rank candidates. Strings are folded; `hint` is a folded offset. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  hint?: number;
}

/** A raw candidate: [start, end) in the text and its edit distance to the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** A scored candidate. Scores are in [0, 1]; context scores are null when no context was stored. */
export interface QuoteMatch extends Candidate {
  /** 1 - errors / quote length, floored at 0. */
  quoteScore: number;
  prefixScore: number | null;
  suffixScore: number | null;
  /** Weighted score (quote 50, prefix 20, suffix 20, position 2), normalized to [0, 1]. */
  score: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Upper bound on candidates scored per quote, so a one-letter quote cannot stall a page. */
export const MAX_CANDIDATES = 5000;

let rowA = new Int32Array(128);
let rowB = new Int32Array(128);

/** Levenshtein distance (two-row DP). Used on context (<= 32 chars) and single quotes. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Reused rows: this runs for every candidate's context, and fresh arrays showed up as GC time.
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 1);
    rowB = new Int32Array(b.length * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? Math.min(sub, ins) : Math.min(del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Similarity of `actual` to `expected` in [0, 1]: 1 - edit distance / expected length. */
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

/** All exact occurrences of `quote` (indexOf; cheap, tried before any fuzzy search). */
export function exactCandidates(text: string, quote: string, limit = MAX_CANDIDATES): Candidate[] {
  const out: Candidate[] = [];
  if (!quote) return out;
  let at = text.indexOf(quote);
  while (at !== -1 && out.length < limit) {
    out.push({ start: at, end: at + quote.length, errors: 0 });
    at = text.indexOf(quote, at + 1);
  }
  return out;
}

/**
 * Lowest-error approximate occurrences of `quote` with at most `maxErrors` edits.
 * approx-string-match only reports the matches tied at the lowest error count.
 */
export function approxCandidates(text: string, quote: string, maxErrors: number): Candidate[] {
  if (!quote || !text) return [];
  const matches = approxSearch(text, quote, Math.max(0, Math.floor(maxErrors)));
  return dedupe(matches).slice(0, MAX_CANDIDATES);
}

function dedupe(list: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const m of list) {
    const key = `${m.start}:${m.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(m);
    }
  }
  return out;
}

/** Best (lowest errors, then leftmost-ending) approximate match of `pattern` in `text`. */
function bestApprox(text: string, pattern: string, maxErrors: number, prefer: 'first' | 'last'): Candidate | null {
  const ms = approxCandidates(text, pattern, maxErrors);
  if (ms.length === 0) return null;
  // All returned matches share the lowest error count; pick the one nearest the quote.
  return ms.reduce((a, b) => (prefer === 'last' ? (b.end > a.end ? b : a) : b.start < a.start ? b : a));
}

/**
 * Candidates found through the quote's surroundings: search prefix + quote + suffix as
 * one pattern (tolerating up to half its length in edits), then place the quote between
 * where the prefix ends and the suffix begins. Finds a heavily edited quote whose
 * context is intact; returns [] when there is no context to search with.
 */
export function contextCandidates(text: string, quote: string, ctx: QuoteContext, limit = 8): Candidate[] {
  const prefix = ctx.prefix ?? '';
  const suffix = ctx.suffix ?? '';
  if (!prefix && !suffix) return [];
  const pattern = prefix + quote + suffix;
  const windows = approxCandidates(text, pattern, pattern.length * 0.5).slice(0, limit);
  const out: Candidate[] = [];
  for (const w of windows) {
    // Slack either side: the window's own edges are approximate too.
    const from = Math.max(0, w.start - 4);
    const to = Math.min(text.length, w.end + 4);
    const region = text.slice(from, to);
    let qs = w.start;
    let qe = w.end;
    if (prefix) {
      const pm = bestApprox(region, prefix, prefix.length * 0.3, 'first');
      if (!pm) continue;
      qs = from + pm.end;
    }
    if (suffix) {
      const rest = text.slice(qs, to);
      const sm = bestApprox(rest, suffix, suffix.length * 0.3, 'first');
      if (!sm) continue;
      qe = qs + sm.start;
    }
    // A quote squeezed to nothing or blown up to many times its size is not this quote.
    if (qe <= qs || qe - qs > quote.length * 3 + 16) continue;
    out.push({ start: qs, end: qe, errors: editDistance(quote, text.slice(qs, qe)) });
  }
  return dedupe(out);
}

/** Folded characters of context compared at a time (the stored context is ~32 collapsed characters). */
export const CONTEXT_WINDOW = 32;

/**
 * Similarity of one side's stored context to the text bordering a candidate.
 * - Empty stored context means the quote sat at the edge of the text: it agrees when
 *   the candidate is at that edge too and is no evidence either way otherwise (null).
 * - Context longer than one window was extended at describe time because the quote and
 *   its ordinary context also occur elsewhere on the page (selectors.ts). Then the
 *   outermost window, where the copies differ, must agree as well as the nearest one:
 *   the side scores the lower of the two.
 * `before` selects the side: prefix (text before the candidate) or suffix.
 */
function sideScore(text: string, stored: string | undefined, edge: number, before: boolean): number | null {
  if (stored === undefined) return null;
  if (stored === '') return (before ? edge === 0 : edge === text.length) ? 1 : null;
  const n = stored.length;
  if (n <= CONTEXT_WINDOW) {
    return similarity(stored, before ? text.slice(Math.max(0, edge - n), edge) : text.slice(edge, edge + n));
  }
  const w = CONTEXT_WINDOW;
  if (before) {
    const near = similarity(stored.slice(n - w), text.slice(Math.max(0, edge - w), edge));
    const outer = similarity(stored.slice(0, w), text.slice(Math.max(0, edge - n), Math.max(0, edge - n + w)));
    return Math.min(near, outer);
  }
  const near = similarity(stored.slice(0, w), text.slice(edge, edge + w));
  const outer = similarity(stored.slice(n - w), text.slice(edge + n - w, edge + n));
  return Math.min(near, outer);
}

/** Whether a side's stored context was extended to tell copies apart, so must agree. */
export function isRequiredSide(stored: string | undefined): boolean {
  return (stored?.length ?? 0) > CONTEXT_WINDOW;
}

/** Scores one candidate on quote, adjacent context and position (Hypothesis weights). */
export function scoreCandidate(text: string, quote: string, m: Candidate, ctx: QuoteContext): QuoteMatch {
  const quoteScore = Math.max(0, 1 - m.errors / Math.max(1, quote.length));
  const prefixScore = sideScore(text, ctx.prefix, m.start, true);
  const suffixScore = sideScore(text, ctx.suffix, m.end, false);
  const posScore =
    typeof ctx.hint === 'number' && text.length > 0 ? Math.max(0, 1 - Math.abs(m.start - ctx.hint) / text.length) : 1;
  // Missing context counts as neutral (1), as in Hypothesis: it cannot separate candidates.
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * (prefixScore ?? 1) +
    SUFFIX_WEIGHT * (suffixScore ?? 1) +
    POSITION_WEIGHT * posScore;
  return { ...m, quoteScore, prefixScore, suffixScore, score: raw / MAX_SCORE };
}

/** Candidates fully scored when there are many (a quote like "the" occurs thousands of times). */
const SHORTLIST = 16;

/** Length of the run where `stored` context and the text agree, counted from the quote's edge. */
function adjacentRun(text: string, stored: string | undefined, edge: number, before: boolean): number {
  if (!stored) return 0;
  let n = 0;
  if (before) {
    while (
      n < stored.length &&
      edge - n > 0 &&
      text.charCodeAt(edge - n - 1) === stored.charCodeAt(stored.length - n - 1)
    )
      n++;
  } else {
    while (n < stored.length && edge + n < text.length && text.charCodeAt(edge + n) === stored.charCodeAt(n)) n++;
  }
  return n;
}

/**
 * Scores candidates and sorts them best first. With many candidates, only a shortlist is
 * scored in full (edit distances are the costly part): the ones whose text agrees longest
 * with the stored context on either side, and the ones nearest the old position. Any
 * candidate whose context is intact is in the first group.
 */
export function rankCandidates(text: string, quote: string, candidates: Candidate[], ctx: QuoteContext): QuoteMatch[] {
  let list = candidates;
  if (candidates.length > SHORTLIST * 3) {
    const keep = new Set<Candidate>();
    const top = (key: (m: Candidate) => number): void => {
      const keyed = candidates.map((m) => ({ m, k: key(m) }));
      keyed.sort((a, b) => b.k - a.k);
      for (let i = 0; i < SHORTLIST && i < keyed.length; i++) keep.add(keyed[i].m);
    };
    top((m) => adjacentRun(text, ctx.prefix, m.start, true));
    top((m) => adjacentRun(text, ctx.suffix, m.end, false));
    if (typeof ctx.hint === 'number') top((m) => -Math.abs(m.start - (ctx.hint as number)));
    list = [...keep];
  }
  return list.map((m) => scoreCandidate(text, quote, m, ctx)).sort((a, b) => b.score - a.score);
}

/**
 * Whether a side's stored context, though it no longer borders a candidate, is still on the
 * page just beyond it: text was inserted between (an ad, an embed, a pull quote), so the
 * context moved away but did not vanish. The part of the context that still borders the
 * quote counts as found; the rest must occur, with at most `maxErrorRate` of its characters
 * changed, within `maxGap` characters further out on the same side. Also true when no
 * context was stored on that side.
 */
export function contextNearby(
  text: string,
  stored: string | undefined,
  edge: number,
  before: boolean,
  maxGap: number,
  maxErrorRate: number,
): boolean {
  if (!stored) return true;
  const run = adjacentRun(text, stored, edge, before);
  const rest = before ? stored.slice(0, stored.length - run) : stored.slice(run);
  if (!rest) return true;
  const region = before
    ? text.slice(Math.max(0, edge - run - maxGap - rest.length), edge - run)
    : text.slice(edge + run, edge + run + maxGap + rest.length);
  return approxCandidates(region, rest, rest.length * maxErrorRate).length > 0;
}

/** Options for {@link matchQuote}. */
export interface MatchQuoteOptions {
  /** Edits tolerated in the quote; defaults to half its length (as Hypothesis, capped at 256). */
  maxErrors?: number;
}

/**
 * Best match of `quote` in `text`, or null: exact occurrences when there are any, else
 * approximate ones, ranked by {@link scoreCandidate}. Returns the match and its score in
 * [0, 1]; whether that score is good enough is for the caller to decide.
 */
export function matchQuote(
  text: string,
  quote: string,
  ctx: QuoteContext = {},
  opts: MatchQuoteOptions = {},
): QuoteMatch | null {
  if (!quote) return null;
  let candidates = exactCandidates(text, quote);
  if (candidates.length === 0) {
    candidates = approxCandidates(text, quote, opts.maxErrors ?? Math.min(256, quote.length / 2));
  }
  return rankCandidates(text, quote, candidates, ctx)[0] ?? null;
}
