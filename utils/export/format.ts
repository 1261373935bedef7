// The Gloss export file: one JSON document holding everything a reader would need to move
// to another browser or back up: highlights, reading history, settings. Lossless: records
// are written with every field they have (design.md, fixed decision 7), so an import of an
// export gives back the very same records.
import type { ArticleVisit, Highlight } from '../model/types';

/** The value of `format` that marks a file as a Gloss export. */
export const EXPORT_FORMAT = 'gloss-export';

/** The schema version this build writes. `migrate.ts` upgrades every earlier one to it. */
export const CURRENT_SCHEMA_VERSION = 1;

/** A Gloss export at the current schema version. */
export interface GlossExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  /** When the file was written, ISO 8601. */
  exportedAt: string;
  highlights: Highlight[];
  articles: ArticleVisit[];
  settings: Record<string, unknown>;
}

/** What goes into an export. */
export interface ExportInput {
  highlights: readonly Highlight[];
  articles: readonly ArticleVisit[];
  settings: Readonly<Record<string, unknown>>;
}

/**
 * Builds an export. Records are ordered (highlights by creation then id, articles by URL)
 * so that exporting the same data twice gives the same file, which makes round trips and
 * backups comparable with a plain diff. Records are copied, never trimmed.
 */
export function createExport(input: ExportInput, now: Date = new Date()): GlossExport {
  const highlights = input.highlights
    .map((h) => structuredClone(h))
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const articles = input.articles
    .map((a) => structuredClone(a))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return {
    format: EXPORT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    highlights,
    articles,
    settings: sortKeysDeep(input.settings) as Record<string, unknown>,
  };
}

/**
 * A copy with every object's keys in sorted order. Settings come back from the browser's
 * storage with their keys in whatever order it keeps (Chrome's sync storage sorts them), so
 * without this an export → import → export would differ in key order alone.
 */
function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeysDeep((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** The export as file text (pretty-printed JSON, UTF-8 when saved). */
export function serializeExport(data: GlossExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A file name for the export: `gloss-export-2024-05-01.json`. */
export function exportFileName(now: Date = new Date()): string {
  return `gloss-export-${now.toISOString().slice(0, 10)}.json`;
}
