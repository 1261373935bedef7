// The entity page's reads, in two steps so that it paints before the slow part: first the
// entity's summary row and its keys in the entity-visit index (count, timeline, the newest
// articles' URLs: one key range and one small batch of rows), then, after the page is on
// screen, every history row that mentions it (the full list, what was read with it, damaged
// rows counted) and the highlights that mention it.
import { entityVisitRange, type GlossDb } from '@/utils/adapters/db';
import {
  type EntityPageDetails,
  type EntityPageStart,
  entityHistory,
  FIRST_ROWS,
  firstArticles,
} from '@/utils/memory/entity-view';
import { keyType, nameFromKey } from '@/utils/memory/visit-row';
import type { EntityKey } from '@/utils/model/types';

/** What the entity page paints first: summary row, visit times, the newest `limit` articles. */
export async function entityPageStart(db: GlossDb, key: EntityKey, limit = FIRST_ROWS): Promise<EntityPageStart> {
  // Three reads at once: every key (times), the summary row, and the newest keys with their rows.
  const newest = async () => {
    const wanted = await entityVisitRange(db, key).reverse().limit(limit).primaryKeys();
    return firstArticles(key, wanted, await db.articles.bulkGet(wanted.map(([, , url]) => url)));
  };
  const [keys, memory, articles] = await Promise.all([
    entityVisitRange(db, key).primaryKeys(),
    db.memory.get(key),
    newest(),
  ]);
  return {
    key,
    name: memory?.name || nameFromKey(key),
    type: memory?.type ?? keyType(key),
    memory: memory ?? null,
    times: keys.map(([, at]) => at),
    articles,
  };
}

/** Everything else: every history row that mentions it, and its highlights, newest first. */
export async function entityPageDetails(db: GlossDb, key: EntityKey): Promise<EntityPageDetails> {
  const [rows, highlights] = await Promise.all([
    db.articles.where('entityIds').equals(key).toArray(),
    db.highlights.where('entityIds').equals(key).toArray(),
  ]);
  highlights.sort((a, b) => b.createdAt - a.createdAt);
  return { history: entityHistory(key, rows), highlights };
}
