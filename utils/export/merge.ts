// Merges imported records into the reader's store by key. The newer modification wins, so
// importing an old backup never undoes later edits, and identical records are skipped, so
// importing the same file twice writes nothing.
import type { ArticleVisit, Highlight } from '../model/types';

/** What an import would write, and what it would do to the reader's data. */
export interface MergePlan<T> {
  /** Records to write (bulkPut). */
  toPut: T[];
  /** New records. */
  added: number;
  /** Records that replace an older local version. */
  updated: number;
  /** Records identical to the local one, or older than it. */
  skipped: number;
}

/** Structural equality for plain JSON-like records (key order does not matter). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameRecord(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Plans a merge of `incoming` into `existing`, keyed by `keyOf`, versions compared by
 * `stampOf` (newer wins; on a tie the local record stays). Duplicates within `incoming`
 * are resolved the same way before comparing.
 */
export function mergeBy<T>(
  existing: ReadonlyMap<string, T> | Iterable<T>,
  incoming: Iterable<T>,
  keyOf: (r: T) => string,
  stampOf: (r: T) => number,
): MergePlan<T> {
  const local =
    existing instanceof Map
      ? (existing as ReadonlyMap<string, T>)
      : new Map([...(existing as Iterable<T>)].map((r) => [keyOf(r), r]));
  const newest = new Map<string, T>();
  let skipped = 0;
  for (const r of incoming) {
    const prev = newest.get(keyOf(r));
    if (prev === undefined || stampOf(r) > stampOf(prev)) {
      if (prev !== undefined) skipped++;
      newest.set(keyOf(r), r);
    } else skipped++;
  }
  const plan: MergePlan<T> = { toPut: [], added: 0, updated: 0, skipped };
  for (const [key, r] of newest) {
    const mine = local.get(key);
    if (mine === undefined) {
      plan.toPut.push(r);
      plan.added++;
    } else if (stampOf(r) > stampOf(mine) && !sameRecord(r, mine)) {
      plan.toPut.push(r);
      plan.updated++;
    } else {
      plan.skipped++;
    }
  }
  return plan;
}

/** Merges highlights by id; the later `updatedAt` wins. */
export function mergeHighlights(
  existing: ReadonlyMap<string, Highlight> | Iterable<Highlight>,
  incoming: Iterable<Highlight>,
): MergePlan<Highlight> {
  return mergeBy(
    existing,
    incoming,
    (h) => h.id,
    (h) => h.updatedAt,
  );
}

/** Merges reading history by URL; the later visit wins. */
export function mergeArticles(
  existing: ReadonlyMap<string, ArticleVisit> | Iterable<ArticleVisit>,
  incoming: Iterable<ArticleVisit>,
): MergePlan<ArticleVisit> {
  return mergeBy(
    existing,
    incoming,
    (a) => a.url,
    (a) => a.visitedAt,
  );
}
