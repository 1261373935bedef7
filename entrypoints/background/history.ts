// The reader's own reading history, read for the card's "You read" related stories: one row
// per article Gloss processed (URL, title, site, date, entities) — never its text. Writing and
// forgetting rows is memory-store.ts (it keeps the reading memory and the entity-visit index
// in step).
import { entityVisitRange, type GlossDb } from '@/utils/adapters/db';
import type { ArticleVisit, EntityKey } from '@/utils/model/types';

/** Most history rows one related-stories lookup considers. */
const MAX_HISTORY_HITS = 20;

/** Earlier articles that mention `key`, newest first, without `excludeUrl` (the page itself). */
export async function historyFor(db: GlossDb, key: EntityKey, excludeUrl: string): Promise<ArticleVisit[]> {
  // The newest keys of the entity-visit index (one more, for the page itself), then only those
  // rows: a much-read entity's thousands of rows are never read for twenty.
  const keys = await entityVisitRange(db, key)
    .reverse()
    .limit(MAX_HISTORY_HITS + 1)
    .primaryKeys();
  const rows = await db.articles.bulkGet(keys.map(([, , url]) => url).filter((url) => url !== excludeUrl));
  return rows
    .filter((r): r is ArticleVisit => r !== undefined)
    .sort((a, b) => b.visitedAt - a.visitedAt)
    .slice(0, MAX_HISTORY_HITS);
}
