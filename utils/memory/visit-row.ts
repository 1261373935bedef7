// Reading a history row defensively: rows come from the database (possibly written by an
// older version, or damaged) and from import files, so each is checked before it is counted.
// A row that fails is skipped by the caller and counted, never trusted.
import type { ArticleVisit, EntityKey, EntityType } from '../model/types';

/** One entity of a visit, with its display name and how often the article mentioned it. */
export interface VisitEntity {
  key: EntityKey;
  name: string;
  type: EntityType;
  mentions: number;
}

const TYPES: ReadonlySet<string> = new Set(['PER', 'LOC', 'ORG', 'MISC']);

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * The row as a visit when it has every field the memory needs with the right type, else
 * null. Optional per-entity lists must match `entityIds` in length: a mismatch means the row
 * was cut or mixed up, and then none of its counts can be trusted.
 */
export function readVisit(raw: unknown): ArticleVisit | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.url !== 'string' || r.url === '') return null;
  if (typeof r.title !== 'string' || typeof r.site !== 'string') return null;
  if (typeof r.visitedAt !== 'number' || !Number.isFinite(r.visitedAt)) return null;
  if (!isStringList(r.entityIds)) return null;
  const n = r.entityIds.length;
  if (r.entityNames !== undefined && !(isStringList(r.entityNames) && r.entityNames.length === n)) return null;
  if (
    r.mentionCounts !== undefined &&
    !(
      Array.isArray(r.mentionCounts) &&
      r.mentionCounts.length === n &&
      r.mentionCounts.every((c) => Number.isInteger(c) && (c as number) >= 0)
    )
  )
    return null;
  return raw as ArticleVisit;
}

/** The type a key names ("PER:…"); keys without a known prefix (Wikidata ids) are MISC. */
export function keyType(key: EntityKey): EntityType {
  const prefix = key.slice(0, key.indexOf(':'));
  return TYPES.has(prefix) ? (prefix as EntityType) : 'MISC';
}

/** A readable name from a key alone (rows from before names were kept): "PER:ada lovelace" → "Ada Lovelace". */
export function nameFromKey(key: EntityKey): string {
  const i = key.indexOf(':');
  const folded = i >= 0 && TYPES.has(key.slice(0, i)) ? key.slice(i + 1) : key;
  return folded.replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

/** The entities of a checked visit, each key once (the first occurrence wins). */
export function visitEntities(v: ArticleVisit): VisitEntity[] {
  const out: VisitEntity[] = [];
  const seen = new Set<string>();
  v.entityIds.forEach((key, i) => {
    if (seen.has(key)) return;
    seen.add(key);
    const name = v.entityNames?.[i]?.trim();
    out.push({
      key,
      name: name || nameFromKey(key),
      type: keyType(key),
      mentions: Math.max(1, v.mentionCounts?.[i] ?? 1),
    });
  });
  return out;
}
