// How the highlight store answers a search before and after its index is loaded: the index
// (or the snapshot's rows while the table is read back) when there is one; the popup's
// first listing straight from Dexie; a scan of the table when it is small; otherwise the
// index, waited for. Slower while loading, never wrong.
import type { GlossDb } from '@/utils/adapters/db';
import { listNewestFromDb } from '@/utils/adapters/db-listing';
import { isEmptyQuery, parseQuery } from '@/utils/search/query';
import { scanSearch } from '@/utils/search/scan';
import type { SearchFilters, SearchQuery, SearchResult } from '@/utils/search/types';
import type { IndexKeeper } from './highlight-index-keeper';
import type { ListingGate } from './listing-gate';

const NO_FILTERS = (f: SearchFilters): boolean =>
  !f.colors?.length && !f.sites?.length && f.from === undefined && f.to === undefined && !f.entityIds?.length;

export interface HighlightSearchOptions {
  db: GlossDb;
  keeper: IndexKeeper;
  listings: ListingGate;
  /** Largest table a non-empty query is scanned over while the index loads. */
  scanFallbackMax: number;
}

/** Makes the store's `search`. */
export function createHighlightSearch(opts: HighlightSearchOptions): (q: SearchQuery) => Promise<SearchResult> {
  const { db, keeper, listings } = opts;
  return async (q) => {
    // The provisional index (the snapshot's rows, while the table is read back) answers
    // every query, the empty one too: it is as current as the table for this store's writes.
    const ready0 = keeper.loaded() ?? keeper.provisional();
    if (ready0) return ready0.search(q);
    if (isEmptyQuery(parseQuery(q.text)) && NO_FILTERS(q.filters)) {
      // The popup's first screen: the listing runs alone, and the index load (which reads
      // every row) starts once it is done, so the two do not compete for the database.
      const listing = listings.run(() => listNewestFromDb(db, q));
      const startLoad = () => void keeper.ready().catch(() => undefined);
      listing.then(startLoad, startLoad);
      return listing;
    }
    const loaded = keeper.ready();
    loaded.catch(() => undefined); // reported to whoever awaits it; the fallbacks need no index
    if ((await db.highlights.count()) <= opts.scanFallbackMax) {
      const rows = await db.highlights.toArray();
      // The index may have finished meanwhile: it is at least as current as these rows.
      return keeper.loaded()?.search(q) ?? scanSearch(rows, q);
    }
    // The snapshot's rows answer as soon as they are decoded; otherwise wait for the index.
    await Promise.race([loaded, keeper.provisionalDecided()]);
    const early = keeper.loaded() ?? keeper.provisional();
    if (early) return early.search(q);
    await loaded;
    return keeper.loaded()!.search(q);
  };
}
