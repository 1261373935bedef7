// Reads an export file back: parses, recognizes, migrates and checks it, without any
// schema library (the shape is small and the messages matter more than the machinery).
// Every failure is an ImportError whose message a reader can act on.
import type { ArticleVisit, Highlight } from '../model/types';
import { CURRENT_SCHEMA_VERSION, EXPORT_FORMAT, type GlossExport } from './format';
import { migrateExport } from './migrate';

/** Why an import was refused. */
export type ImportErrorCode =
  | 'not-json'
  | 'not-gloss'
  | 'bad-version'
  | 'future-version'
  | 'bad-shape'
  | 'bad-highlight'
  | 'bad-article'
  | 'bad-settings';

/** An import that cannot proceed; `message` is written for the reader. */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/**
 * Parses and validates an export (file text or already-parsed JSON) and returns it at the
 * current schema version. Throws {@link ImportError}.
 */
export function parseExport(input: string | unknown): GlossExport {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      throw new ImportError('not-json', 'This file is not a Gloss export (it is not valid JSON).');
    }
  }
  if (!isObject(doc))
    throw new ImportError('not-gloss', 'This file is not a Gloss export (it does not contain an object).');
  if (!('format' in doc)) throw new ImportError('not-gloss', "This file is not a Gloss export (missing 'format').");
  if (doc.format !== EXPORT_FORMAT) {
    throw new ImportError(
      'not-gloss',
      `This file is not a Gloss export ('format' is ${JSON.stringify(doc.format)}, expected "${EXPORT_FORMAT}").`,
    );
  }
  const version = doc.schemaVersion;
  if (version === undefined)
    throw new ImportError('bad-version', "This Gloss export has no 'schemaVersion'; it may be damaged.");
  if (!isInt(version) || version < 0) {
    throw new ImportError(
      'bad-version',
      `This Gloss export has an invalid schema version (${JSON.stringify(version)}).`,
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new ImportError(
      'future-version',
      `This export was made by a newer version of Gloss (schema version ${version}); this version reads up to ${CURRENT_SCHEMA_VERSION}. Update Gloss and try again.`,
    );
  }
  const current = version < CURRENT_SCHEMA_VERSION ? migrateExport(doc, version) : doc;
  return checkCurrent(current);
}

function checkCurrent(doc: Json): GlossExport {
  if (!isString(doc.exportedAt) || Number.isNaN(Date.parse(doc.exportedAt))) {
    throw new ImportError('bad-shape', "This Gloss export has no valid 'exportedAt' date.");
  }
  if (!Array.isArray(doc.highlights)) throw new ImportError('bad-shape', "This Gloss export has no 'highlights' list.");
  if (!Array.isArray(doc.articles)) throw new ImportError('bad-shape', "This Gloss export has no 'articles' list.");
  if (!isObject(doc.settings))
    throw new ImportError('bad-settings', "This Gloss export's 'settings' is not an object.");
  const ids = new Set<string>();
  doc.highlights.forEach((h, i) => {
    checkHighlight(h, i + 1);
    const id = (h as Highlight).id;
    if (ids.has(id))
      throw new ImportError('bad-highlight', `Highlight #${i + 1} repeats the id "${id}" of an earlier highlight.`);
    ids.add(id);
  });
  doc.articles.forEach((a, i) => {
    checkArticle(a, i + 1);
  });
  return doc as unknown as GlossExport;
}

function checkHighlight(h: unknown, n: number): asserts h is Highlight {
  const fail = (what: string): never => {
    throw new ImportError('bad-highlight', `Highlight #${n} ${what}.`);
  };
  if (!isObject(h)) fail('is not an object');
  const r = h as Json;
  if (!isString(r.id) || r.id === '') fail('has no id');
  if (!isString(r.quote) || r.quote.trim() === '') fail('has no quote');
  if (!isString(r.url) || r.url === '') fail('has no page URL');
  if (!isString(r.title)) fail('has no page title (use "" when the page had none)');
  if (!isString(r.site)) fail('has no site');
  if (!isString(r.prefix) || !isString(r.suffix)) fail('is missing the text around the quote (prefix/suffix)');
  if (!isInt(r.start) || !isInt(r.end) || (r.start as number) < 0 || (r.end as number) < (r.start as number)) {
    fail('has an invalid position (start/end)');
  }
  if (!isString(r.color) || r.color === '') fail('has no color');
  if (!isString(r.note)) fail('has a note that is not text');
  if (!isStringList(r.tags)) fail('has tags that are not a list of words');
  if (!isStringList(r.entityIds)) fail("has 'entityIds' that are not a list of keys");
  if (!isStringList(r.entityNames)) fail("has 'entityNames' that are not a list of names");
  if (!isTime(r.createdAt)) fail('has no creation date');
  if (!isTime(r.updatedAt)) fail('has no modification date');
}

function checkArticle(a: unknown, n: number): asserts a is ArticleVisit {
  const fail = (what: string): never => {
    throw new ImportError('bad-article', `Reading-history entry #${n} ${what}.`);
  };
  if (!isObject(a)) fail('is not an object');
  const r = a as Json;
  if (!isString(r.url) || r.url === '') fail('has no URL');
  if (!isString(r.title)) fail('has no title');
  if (!isString(r.site)) fail('has no site');
  if (!isTime(r.visitedAt)) fail('has no visit date');
  if (!isStringList(r.entityIds)) fail("has 'entityIds' that are not a list of keys");
  if (!isString(r.lang)) fail('has no language');
  if (r.published !== undefined && !isString(r.published)) fail('has a publication date that is not text');
}
