// The per-entity summary row (EntityMemory) kept in step with the reading history: adding a
// visit, taking one away, and building a row from scratch. Pure: the store (entrypoints/background/
// memory-store.ts) reads and writes the rows around these.
import { foldName } from '../model/entity-key';
import type { ArticleVisit, EntityKey, EntityMemory } from '../model/types';
import { readVisit, type VisitEntity, visitEntities } from './visit-row';
import { weekOf } from './week';

/** The folded words of a name, for word-prefix search. */
export function nameWords(name: string): string[] {
  return [
    ...new Set(
      foldName(name)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
}

/** `row` with visit `v` (which mentions `e`) counted; a new row when there was none. */
export function addVisit(row: EntityMemory | undefined, v: ArticleVisit, e: VisitEntity): EntityMemory {
  if (!row) return newRow(v, e);
  const copy = { ...row, weeks: { ...row.weeks } };
  countVisit(copy, v, e);
  return copy;
}

function newRow(v: ArticleVisit, e: VisitEntity): EntityMemory {
  return {
    key: e.key,
    name: e.name,
    type: e.type,
    articles: 1,
    mentions: e.mentions,
    firstAt: v.visitedAt,
    lastAt: v.visitedAt,
    lastUrl: v.url,
    lastTitle: v.title,
    weeks: { [weekOf(v.visitedAt)]: 1 },
    words: nameWords(e.name),
  };
}

/** Counts `v` into `row` in place (bulk builds; addVisit copies first). */
function countVisit(row: EntityMemory, v: ArticleVisit, e: VisitEntity): void {
  const w = weekOf(v.visitedAt);
  row.weeks[w] = (row.weeks[w] ?? 0) + 1;
  row.articles += 1;
  row.mentions += e.mentions;
  row.firstAt = Math.min(row.firstAt, v.visitedAt);
  // A NaN last (the last article was just taken away) is older than anything.
  if (!(v.visitedAt < row.lastAt)) {
    if (e.name !== row.name) {
      row.name = e.name;
      row.words = nameWords(e.name);
    }
    row.lastAt = v.visitedAt;
    row.lastUrl = v.url;
    row.lastTitle = v.title;
  }
}

/**
 * `row` without visit `v`; null when no article is left. When `v` was the first or the last
 * article, that end is unknown now (NaN): `needsRebuild` says so, and the store rebuilds the
 * row from the history.
 */
export function removeVisit(row: EntityMemory, v: ArticleVisit, e: VisitEntity): EntityMemory | null {
  if (row.articles <= 1) return null;
  const w = weekOf(v.visitedAt);
  const weeks = { ...row.weeks };
  const left = (weeks[w] ?? 0) - 1;
  if (left > 0) weeks[w] = left;
  else delete weeks[w];
  return {
    ...row,
    articles: row.articles - 1,
    mentions: Math.max(0, row.mentions - e.mentions),
    weeks,
    firstAt: v.visitedAt <= row.firstAt ? NaN : row.firstAt,
    lastAt: v.url === row.lastUrl || v.visitedAt >= row.lastAt ? NaN : row.lastAt,
  };
}

/** True when a row lost its first or last article and must be rebuilt from the history. */
export function needsRebuild(row: EntityMemory): boolean {
  return Number.isNaN(row.firstAt) || Number.isNaN(row.lastAt);
}

/**
 * The row of `key` built from history rows (any order); rows that fail the check are skipped
 * and counted. Null when no valid row mentions it.
 */
export function summarize(key: EntityKey, rows: readonly unknown[]): { row: EntityMemory | null; skipped: number } {
  const { visits, skipped } = checkedInOrder(rows);
  let row: EntityMemory | undefined;
  for (const v of visits) {
    const e = visitEntities(v).find((x) => x.key === key);
    if (e) row = addVisit(row, v, e);
  }
  return { row: row ?? null, skipped };
}

/** Every entity's row from the whole history (damaged rows skipped and counted). */
export function summarizeAll(rows: readonly unknown[]): { rows: EntityMemory[]; skipped: number } {
  const { visits, skipped } = checkedInOrder(rows);
  const byKey = new Map<EntityKey, EntityMemory>();
  for (const v of visits) {
    for (const e of visitEntities(v)) {
      const row = byKey.get(e.key);
      if (row) countVisit(row, v, e);
      else byKey.set(e.key, newRow(v, e));
    }
  }
  return { rows: [...byKey.values()], skipped };
}

/**
 * The rows that pass the check, oldest first (ties by URL, so a rebuild names an entity the
 * same way every time), and how many failed.
 */
function checkedInOrder(rows: readonly unknown[]): { visits: ArticleVisit[]; skipped: number } {
  let skipped = 0;
  const visits: ArticleVisit[] = [];
  for (const raw of rows) {
    const v = readVisit(raw);
    if (v) visits.push(v);
    else skipped++;
  }
  visits.sort((a, b) => a.visitedAt - b.visitedAt || (a.url < b.url ? -1 : 1));
  return { visits, skipped };
}
