// What one synced record holds once decrypted, and the checks applied to every record that
// comes from the server before it may touch local data (a server, or another device's bug,
// is untrusted input). The shapes are declared here once; the bridge seals and opens them.
import type { ArticleVisit, Highlight } from '../model/types';
import type { SyncedSettings } from './settings-filter';

/** A highlight as it travels: every field of the stored row. */
export interface HighlightRecord {
  kind: 'highlight';
  h: Highlight;
  /** Device id of the last writer: the tie-breaker after `updatedAt`. */
  by: string;
}

/** A deleted highlight. Kept on the server so that every device deletes it too. */
export interface TombstoneRecord {
  kind: 'tombstone';
  id: string;
  deletedAt: number;
  by: string;
}

/** The reader's synced settings (color names and the other shared choices). */
export interface SettingsRecord {
  kind: 'settings';
  settings: SyncedSettings;
  updatedAt: number;
  by: string;
}

/** One reading-history entry (only when the reader turned history sync on). */
export interface VisitRecord {
  kind: 'visit';
  visit: ArticleVisit;
  by: string;
}

export type SyncRecord = HighlightRecord | TombstoneRecord | SettingsRecord | VisitRecord;

/** Local key of a record: what its server id is the HMAC of. */
export function localKeyOf(r: SyncRecord): string {
  switch (r.kind) {
    case 'highlight':
      return highlightKey(r.h.id);
    case 'tombstone':
      return highlightKey(r.id);
    case 'settings':
      return SETTINGS_KEY;
    case 'visit':
      return visitKey(r.visit.url);
  }
}

export const highlightKey = (id: string): string => `h:${id}`;
export const visitKey = (url: string): string => `a:${url}`;
export const SETTINGS_KEY = 's:settings';

/** A synced record that fails the checks below. */
export class BadRecordError extends Error {
  override readonly name = 'BadRecordError';
}

const isStr = (x: unknown, max = 1_000_000): x is string => typeof x === 'string' && x.length <= max;
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isStrList = (x: unknown): x is string[] =>
  Array.isArray(x) && x.length <= 10_000 && x.every((s) => isStr(s, 10_000));

function isHttpUrl(u: unknown): u is string {
  if (!isStr(u, 10_000)) return false;
  try {
    const p = new URL(u).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
}

/** Copies a highlight's known fields, refusing any that are missing or of the wrong type. */
function checkHighlight(h: unknown): Highlight {
  const o = h as Record<string, unknown> | null;
  if (
    !o ||
    !isStr(o.id, 200) ||
    !isHttpUrl(o.url) ||
    !isStr(o.title, 10_000) ||
    !isStr(o.site, 1000) ||
    !isStr(o.quote) ||
    !isStr(o.prefix, 10_000) ||
    !isStr(o.suffix, 10_000) ||
    !Number.isInteger(o.start) ||
    !Number.isInteger(o.end) ||
    !isStr(o.color, 100) ||
    !isStr(o.note) ||
    !isStrList(o.tags) ||
    !isStrList(o.entityIds) ||
    !isStrList(o.entityNames) ||
    !isTime(o.createdAt) ||
    !isTime(o.updatedAt)
  )
    throw new BadRecordError('a synced highlight is malformed');
  return {
    id: o.id,
    url: o.url,
    title: o.title,
    site: o.site,
    quote: o.quote,
    prefix: o.prefix,
    suffix: o.suffix,
    start: o.start as number,
    end: o.end as number,
    color: o.color,
    note: o.note,
    tags: [...o.tags],
    entityIds: [...o.entityIds],
    entityNames: [...o.entityNames],
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

function checkVisit(v: unknown): ArticleVisit {
  const o = v as Record<string, unknown> | null;
  if (
    !o ||
    !isHttpUrl(o.url) ||
    !isStr(o.title, 10_000) ||
    !isStr(o.site, 1000) ||
    !isTime(o.visitedAt) ||
    !isStrList(o.entityIds) ||
    !isStr(o.lang, 50) ||
    (o.published !== undefined && !isStr(o.published, 100))
  )
    throw new BadRecordError('a synced history entry is malformed');
  const out: ArticleVisit = {
    url: o.url,
    title: o.title,
    site: o.site,
    visitedAt: o.visitedAt,
    entityIds: [...o.entityIds],
    lang: o.lang,
  };
  if (typeof o.published === 'string') out.published = o.published;
  // The reading memory's per-entity names and mention counts travel with the visit when
  // they line up with its entity keys; otherwise the visit still counts, without them.
  const n = out.entityIds.length;
  if (isStrList(o.entityNames) && (o.entityNames as string[]).length === n)
    out.entityNames = [...(o.entityNames as string[])];
  if (
    Array.isArray(o.mentionCounts) &&
    o.mentionCounts.length === n &&
    o.mentionCounts.every((c) => Number.isInteger(c) && (c as number) >= 0)
  )
    out.mentionCounts = [...(o.mentionCounts as number[])];
  return out;
}

/** Validates a decrypted record; throws {@link BadRecordError} for anything else. */
export function checkRecord(x: unknown): SyncRecord {
  const o = x as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || !isStr(o.by, 200)) throw new BadRecordError('a synced record is malformed');
  switch (o.kind) {
    case 'highlight':
      return { kind: 'highlight', h: checkHighlight(o.h), by: o.by };
    case 'tombstone':
      if (!isStr(o.id, 200) || !isTime(o.deletedAt)) throw new BadRecordError('a synced deletion is malformed');
      return { kind: 'tombstone', id: o.id, deletedAt: o.deletedAt, by: o.by };
    case 'settings':
      if (!o.settings || typeof o.settings !== 'object' || !isTime(o.updatedAt))
        throw new BadRecordError('synced settings are malformed');
      return { kind: 'settings', settings: o.settings as SyncedSettings, updatedAt: o.updatedAt, by: o.by };
    case 'visit':
      return { kind: 'visit', visit: checkVisit(o.visit), by: o.by };
    default:
      throw new BadRecordError('a synced record is of an unknown kind');
  }
}

/** JSON with object keys sorted: equal records give equal text whatever their key order. */
export function canonicalJson(x: unknown): string {
  return JSON.stringify(x, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v as object)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/** Two records say the same thing, whoever wrote them (`by` is ignored). */
export function sameRecord(a: SyncRecord, b: SyncRecord): boolean {
  return canonicalJson({ ...a, by: '' }) === canonicalJson({ ...b, by: '' });
}
