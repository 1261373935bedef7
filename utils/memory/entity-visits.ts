// The entity-visit index (Dexie table `entityVisits`, schema version 6): one key per
// (entity, visit) — [entity key, visit time, URL] — and no value worth reading. Its keys
// alone, read in one range, give an entity's visit times in order (the entity page's
// timeline and count) and its newest articles' URLs (the first page of its list), without
// reading the thousands of history rows of a much-read entity. Pure: the store
// (entrypoints/background/memory-store.ts) writes and reads the keys.
import type { ArticleVisit, EntityKey } from '../model/types';
import { readVisit, visitEntities } from './visit-row';

/** One index key: the entity, when the visit was, and the visit's URL (its history row's key). */
export type EntityVisitKey = [entity: EntityKey, visitedAt: number, url: string];

/** The index keys of a checked visit: one per entity it mentions. */
export function entityVisitKeys(v: ArticleVisit): EntityVisitKey[] {
  return visitEntities(v).map((e) => [e.key, v.visitedAt, v.url]);
}

/** The index keys of every row that passes the check (damaged rows are never indexed). */
export function allEntityVisitKeys(rows: readonly unknown[]): EntityVisitKey[] {
  const out: EntityVisitKey[] = [];
  for (const raw of rows) {
    const v = readVisit(raw);
    if (v) out.push(...entityVisitKeys(v));
  }
  return out;
}
