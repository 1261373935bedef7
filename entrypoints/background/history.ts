// The reader's own reading history: one row per article Gloss processed (URL, title, site,
// date, entity keys, language) — never its text. Feeds "You read" related stories. A setting
// turns it off; "clear history" empties it.
import type { GlossDb } from '@/utils/adapters/db';
import type { ArticleVisit, EntityKey } from '@/utils/model/types';

/** Most history rows one related-stories lookup considers. */
const MAX_HISTORY_HITS = 20;

export async function recordVisit(db: GlossDb, visit: ArticleVisit): Promise<void> {
  await db.articles.put(visit);
}

/** Earlier articles that mention `key`, newest first, without `excludeUrl` (the page itself). */
export async function historyFor(db: GlossDb, key: EntityKey, excludeUrl: string): Promise<ArticleVisit[]> {
  const rows = await db.articles.where('entityIds').equals(key).toArray();
  return rows
    .filter((r) => r.url !== excludeUrl)
    .sort((a, b) => b.visitedAt - a.visitedAt)
    .slice(0, MAX_HISTORY_HITS);
}

export async function clearHistory(db: GlossDb): Promise<number> {
  const n = await db.articles.count();
  await db.articles.clear();
  return n;
}
