// The Gloss database: one typed, versioned Dexie database living in the background's
// origin (content scripts cannot open it; they go through messages). Schema strings list
// only the primary key and the indexed fields; each version bump carries a migration
// that utils/adapters/db.test.ts replays from every earlier version.
import Dexie, {
  type Collection,
  type EntityTable,
  type IndexableTypeArrayReadonly,
  type Table,
  type Transaction,
} from 'dexie';
import { allEntityVisitKeys, type EntityVisitKey } from '../memory/entity-visits';
import { summarizeAll } from '../memory/summary';
import type { ArticleVisit, EntityMemory, Highlight, KnowledgeEntry, Resolution } from '../model/types';
import type { SearchSnapshot } from '../search/highlight-index';

export const DB_NAME = 'gloss';

/** Every schema version the database has had, oldest first. Never edit a shipped entry. */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}> = [
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
    // The highlight search index's persisted snapshot (entrypoints/background/highlight-store.ts):
    // a cache, rebuilt from the highlights whenever it is missing or stale.
    version: 2,
    stores: {
      searchSnapshots: 'id',
    },
  },
  {
    // Small values kept in step with the data by the highlight store's transactions, such as
    // the highlight count (IndexedDB's count() walks every row: about a second at 100k
    // highlights in Chromium, too slow for the popup's first screen).
    version: 3,
    stores: {
      meta: 'key',
    },
  },
  {
    // The reading memory (utils/memory): one summary row per entity read about, kept in step
    // with `articles` (utils/background/memory-store.ts), so the card's memory line is one
    // read. Indexed by last visit and by name word (the popup's search). Built here from the
    // history already kept; damaged history rows are skipped.
    version: 4,
    stores: {
      memory: 'key, lastAt, *words',
    },
    upgrade: async (tx) => {
      const { rows } = summarizeAll(await tx.table('articles').toArray());
      await tx.table('memory').bulkPut(rows);
    },
  },
  {
    // Sync (docs/sync.md): local changes not yet handed to the sync database (one row per
    // record, replaced by later changes to the same record), and per record the sync
    // revision this device last saw, which tells a concurrent change from a stale one.
    // Version 4 belongs to another branch; versions need not be consecutive.
    version: 5,
    stores: {
      syncOutbox: 'key',
      syncKnown: 'key',
    },
  },
  {
    // The entity-visit index (utils/memory/entity-visits.ts): keys [entity, visit time, URL]
    // with outbound keys and a placeholder value, kept in step with `articles` by the memory
    // store. The entity page reads an entity's keys in one range (its timeline, its count,
    // its newest articles) instead of every history row that mentions it. Built here from
    // the history already kept; damaged rows are not indexed.
    version: 6,
    stores: {
      entityVisits: '',
    },
    upgrade: async (tx) => {
      await putEntityVisits(tx.table('entityVisits'), allEntityVisitKeys(await tx.table('articles').toArray()));
    },
  },
];

// Dexie's typings accept no compound keys in bulk calls (IndexedDB does): the one cast is here.
const asKeys = (keys: readonly EntityVisitKey[]) => keys as unknown as IndexableTypeArrayReadonly;

/** Adds entity-visit keys (the keys carry everything: each value is 0). */
export function putEntityVisits(table: Table<0, EntityVisitKey>, keys: readonly EntityVisitKey[]): Promise<unknown> {
  return keys.length === 0 ? Promise.resolve() : table.bulkPut(new Array<0>(keys.length).fill(0), asKeys(keys));
}

/** One entity's entity-visit keys, oldest first (read them with `.primaryKeys()`: no value is read). */
export function entityVisitRange(db: GlossDb, key: string): Collection<0, EntityVisitKey> {
  return db.entityVisits.where(':id').between([key, Dexie.minKey], [key, Dexie.maxKey], true, true);
}

/** Removes entity-visit keys (absent ones are ignored). */
export function deleteEntityVisits(table: Table<0, EntityVisitKey>, keys: readonly EntityVisitKey[]): Promise<void> {
  return keys.length === 0 ? Promise.resolve() : table.bulkDelete(asKeys(keys) as unknown as EntityVisitKey[]);
}

/** One persisted search-index snapshot; `id` names the index ("highlights"). */
export interface SearchSnapshotRow {
  id: string;
  snapshot: SearchSnapshot;
  /** When it was written (ms since epoch). */
  savedAt: number;
  /**
   * The indexed highlights themselves, and the store's write generation they reflect
   * (entrypoints/background/highlight-store.ts): with both current, a starting background can
   * answer searches before it has read the table back.
   */
  rows?: Highlight[];
  generation?: number;
}

/** One small stored value ("highlightCount" → number). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * A local change waiting for the sync bridge: `key` is the record's local key ("h:<id>",
 * "s:settings", "a:<url>"); `token` changes on every new change, so the bridge deletes only
 * the entry it handled, never a newer change made meanwhile.
 */
export interface SyncOutboxRow {
  key: string;
  token: string;
  /**
   * Sealed into the local sync database; the row goes once replication has carried it to
   * the server (until then it counts as pending).
   */
  sealed?: boolean;
}

/** The sync revision of a record that this device's data reflects. */
export interface SyncKnownRow {
  key: string;
  rev: string;
}

export type GlossDb = Dexie & {
  highlights: EntityTable<Highlight, 'id'>;
  articles: EntityTable<ArticleVisit, 'url'>;
  knowledge: EntityTable<KnowledgeEntry, 'key'>;
  resolutions: EntityTable<Resolution, 'key'>;
  searchSnapshots: EntityTable<SearchSnapshotRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  memory: EntityTable<EntityMemory, 'key'>;
  syncOutbox: EntityTable<SyncOutboxRow, 'key'>;
  syncKnown: EntityTable<SyncKnownRow, 'key'>;
  /** Outbound keys (utils/memory/entity-visits.ts); every value is 0. */
  entityVisits: Table<0, EntityVisitKey>;
};

/**
 * Opens (lazily) the Gloss database. `upTo` limits the schema to an earlier version:
 * migration tests create old databases with it and then open the current one.
 */
export function createDb(name = DB_NAME, upTo = SCHEMA_VERSIONS.length): GlossDb {
  const db = new Dexie(name) as GlossDb;
  for (const step of SCHEMA_VERSIONS.slice(0, upTo)) {
    const v = db.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  return db;
}
