// The Gloss database: one typed, versioned Dexie database living in the background's
// origin (content scripts cannot open it; they go through messages). Schema strings list
// only the primary key and the indexed fields; each version bump carries a migration
// that utils/db.test.ts replays from every earlier version.
import Dexie, { type EntityTable } from 'dexie';
import type { ArticleVisit, Highlight, KnowledgeEntry, Resolution } from './model/types';
import type { SearchSnapshot } from './search/highlight-index';

export const DB_NAME = 'gloss';

/** Every schema version the database has had, oldest first. Never edit a shipped entry. */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      highlights: 'id, url, site, color, createdAt, updatedAt, *entityIds',
      articles: 'url, visitedAt, site, *entityIds',
      knowledge: 'key, fetchedAt',
      resolutions: 'key, fetchedAt',
    },
  },
  {
    // The highlight search index's persisted snapshot (utils/background/highlight-store.ts):
    // a cache, rebuilt from the highlights whenever it is missing or stale.
    version: 2,
    stores: {
      searchSnapshots: 'id',
    },
  },
];

/** One persisted search-index snapshot; `id` names the index ("highlights"). */
export interface SearchSnapshotRow {
  id: string;
  snapshot: SearchSnapshot;
  /** When it was written (ms since epoch). */
  savedAt: number;
}

export type GlossDb = Dexie & {
  highlights: EntityTable<Highlight, 'id'>;
  articles: EntityTable<ArticleVisit, 'url'>;
  knowledge: EntityTable<KnowledgeEntry, 'key'>;
  resolutions: EntityTable<Resolution, 'key'>;
  searchSnapshots: EntityTable<SearchSnapshotRow, 'id'>;
};

/**
 * Opens (lazily) the Gloss database. `upTo` limits the schema to an earlier version:
 * migration tests create old databases with it and then open the current one.
 */
export function createDb(name = DB_NAME, upTo = SCHEMA_VERSIONS.length): GlossDb {
  const db = new Dexie(name) as GlossDb;
  for (const step of SCHEMA_VERSIONS.slice(0, upTo)) {
    db.version(step.version).stores(step.stores);
  }
  return db;
}
