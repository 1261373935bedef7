// Whole-database operations behind the options page: export everything, import an export
// file, count what Gloss keeps, delete everything. Each is one Dexie transaction, so an
// import or a deletion either happens entirely or not at all, and each goes through the
// highlight store so that the search index follows the table.
import type { GlossDb } from '@/utils/adapters/db';
import type { DataCounts, ImportReport } from '@/utils/model/data';
import { createExport, type GlossExport } from '@/utils/export/format';
import { mergeArticles, mergeHighlights } from '@/utils/export/merge';
import { parseExport } from '@/utils/export/validate';
import type { HighlightStore } from './highlight-store';
import { rebuildDerived } from './memory-store';

/** What an import did, plus the settings the file carried (the caller decides whether to apply them). */
export interface ImportOutcome extends ImportReport {
  /** Highlights and reading-history entries, separately (the report sums them). */
  highlights: ImportReport;
  articles: ImportReport;
  settings: Record<string, unknown>;
}

/**
 * Everything Gloss keeps, as one export document: every field of every highlight and
 * reading-history entry, the settings given, the schema version. Read in one transaction,
 * so the file is a consistent picture even while other tabs write.
 */
export async function exportAll(
  db: GlossDb,
  store: HighlightStore,
  settings: Record<string, unknown>,
  now: Date = new Date(),
): Promise<GlossExport> {
  const [highlights, articles] = await db.transaction('r', db.highlights, db.articles, () =>
    Promise.all([store.all(), db.articles.toArray()]),
  );
  return createExport({ highlights, articles, settings }, now);
}

/**
 * Imports an export file's text. Parses and validates it first (any earlier schema version
 * is migrated); a file that is not a Gloss export, or is damaged, throws the `ImportError`
 * with the reader-facing reason and changes nothing. Records are merged by key (the later
 * modification wins, identical ones are skipped) and written in one transaction over
 * highlights and reading history; the search index is updated after it commits. Quota
 * failures throw `StorageFullError`, also without changing anything.
 */
export async function importText(db: GlossDb, store: HighlightStore, text: string): Promise<ImportOutcome> {
  const doc = parseExport(text);
  return store.writeBatch(
    [db.articles, db.memory, db.entityVisits],
    async () => {
      const [localHighlights, localArticles] = await Promise.all([db.highlights.toArray(), db.articles.toArray()]);
      const hp = mergeHighlights(localHighlights, doc.highlights);
      const ap = mergeArticles(localArticles, doc.articles);
      if (hp.toPut.length > 0) await db.highlights.bulkPut(hp.toPut);
      if (ap.toPut.length > 0) {
        await db.articles.bulkPut(ap.toPut);
        // The reading memory follows the history in the same transaction (rebuilt whole:
        // merged rows may replace visits that the summaries counted).
        await rebuildDerived(db);
      }
      const highlights = { added: hp.added, updated: hp.updated, skipped: hp.skipped };
      const articles = { added: ap.added, updated: ap.updated, skipped: ap.skipped };
      return {
        put: hp.toPut,
        value: {
          added: hp.added + ap.added,
          updated: hp.updated + ap.updated,
          skipped: hp.skipped + ap.skipped,
          highlights,
          articles,
          settings: doc.settings,
        },
      };
    },
    'nothing was imported.',
  );
}

/** What Gloss keeps, counted: highlights, reading-history entries, cached cards. */
export async function countAll(db: GlossDb): Promise<DataCounts> {
  const [highlights, articles, knowledge] = await Promise.all([
    db.highlights.count(),
    db.articles.count(),
    db.knowledge.count(),
  ]);
  return { highlights, articles, knowledge };
}

/**
 * Deletes every highlight, reading-history entry, cached card and resolution, and the
 * search snapshot, in one transaction; the index is cleared after it commits. Returns the
 * counts from just before the deletion.
 */
export async function deleteEverything(db: GlossDb, store: HighlightStore): Promise<DataCounts> {
  return store.writeBatch(
    [db.articles, db.memory, db.entityVisits, db.knowledge, db.resolutions, db.searchSnapshots],
    async () => {
      const counts = await countAll(db);
      await Promise.all([
        db.highlights.clear(),
        db.articles.clear(),
        db.memory.clear(),
        db.entityVisits.clear(),
        db.knowledge.clear(),
        db.resolutions.clear(),
        db.searchSnapshots.clear(),
      ]);
      return { cleared: true, value: counts };
    },
    'nothing was deleted.',
  );
}
