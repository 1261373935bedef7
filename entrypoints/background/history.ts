// The reader's own reading history, read for the card's "You read" related stories: one row
// per article Gloss processed (URL, title, site, date, entities) — never its text. Writing and
// forgetting rows is memory-store.ts (it keeps the reading memory in step).
import type { GlossDb } from '@/utils/adapters/db';
import type { ArticleVisit, EntityKey } from '@/utils/model/types';

/** Most history rows one related-stories lookup considers. */
const MAX_HISTORY_HITS = 20;

/** Earlier articles that mention `key`, newest first, without `excludeUrl` (the page itself). */
export async function historyFor(db: GlossDb, key: EntityKey, excludeUrl: string): Promise<ArticleVisit[]> {
  const rows = await db.articles.where('entityIds').equals(key).toArray();
  return rows
    .filter((r) => r.url !== excludeUrl)
    .sort((a, b) => b.visitedAt - a.visitedAt)
    .slice(0, MAX_HISTORY_HITS);
}
