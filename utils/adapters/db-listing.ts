// The popup's first screen from the database: the empty query (newest first, grouped by
// page), read with Dexie. The background's highlight store answers with it until its index
// is loaded, and the first-screen keeper saves it for the popup to paint. A thin adapter
// over db.ts.
import type { GlossDb } from './db';
import type { Highlight } from '../model/types';
import { parseQuery } from '../search/query';
import { compareHits, groupPage, type ScoredHighlight } from '../search/rank';
import type { SearchQuery, SearchResult } from '../search/types';

/** Key of the stored highlight count in `meta`, kept in step by every write transaction of the highlight store. */
export const COUNT_KEY = 'highlightCount';

/**
 * The empty query straight from Dexie, newest first, grouped by page exactly as the index
 * groups it: walk `createdAt` downwards (ties: id ascending, as `compareHits` orders them)
 * and pull in each newly met page's highlights whole, until the requested page is full.
 * Few round trips (the count and the pages are fetched in parallel): this is the popup's
 * first screen.
 */
export async function listNewestFromDb(db: GlossDb, q: SearchQuery): Promise<SearchResult> {
  const want = q.offset + q.limit;
  const flat: Array<{ m: ScoredHighlight; best: Highlight }> = [];
  const seenUrls = new Set<string>();
  const order = (a: Highlight, b: Highlight) => compareHits({ ...a, score: 0 }, { ...b, score: 0 }, q.sort);
  const total = await db.transaction('r', db.highlights, db.meta, async () => {
    const counting = db.meta
      .get(COUNT_KEY)
      .then((row) => (typeof row?.value === 'number' ? row.value : db.highlights.count()));
    const batch = Math.max(50, Math.min(500, want));
    let below = Infinity;
    while (flat.length < want) {
      const rows = await db.highlights.where('createdAt').below(below).reverse().limit(batch).toArray();
      if (rows.length === 0) break;
      below = rows[rows.length - 1]!.createdAt;
      const byId = new Map(rows.map((r) => [r.id, r]));
      // A full batch may have cut through rows sharing its last time: take them all.
      if (rows.length === batch)
        for (const r of await db.highlights.where('createdAt').equals(below).toArray()) byId.set(r.id, r);
      const ordered = [...byId.values()].sort(order);
      let i = 0;
      while (i < ordered.length && flat.length < want) {
        // The next pages met, at most one per hit still wanted (each brings at least one).
        const urls: string[] = [];
        for (; i < ordered.length && urls.length < want - flat.length; i++) {
          const url = ordered[i]!.url;
          if (seenUrls.has(url)) continue;
          seenUrls.add(url);
          urls.push(url);
        }
        const pages = await Promise.all(urls.map((url) => db.highlights.where('url').equals(url).toArray()));
        for (const page of pages) {
          page.sort(order);
          for (const m of page) flat.push({ m: { highlight: m, score: 0 }, best: page[0]! });
        }
      }
    }
    return counting;
  });
  return { total, groups: groupPage(flat.slice(q.offset, want), parseQuery('')) };
}
