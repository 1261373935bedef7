// The reading memory's storage (Dexie): writing and forgetting history rows with their
// per-entity summary rows in the same transaction, and the reads behind the card, the popup's
// People & places and the entity page. The arithmetic is in utils/memory; this file only
// moves rows in and out.
import { deleteEntityVisits, type GlossDb, putEntityVisits } from '@/utils/adapters/db';
import { allEntityVisitKeys, type EntityVisitKey, entityVisitKeys } from '@/utils/memory/entity-visits';
import { type HighlightMemory, memoryLine, type MemoryView } from '@/utils/memory/memory-line';
import { mostRead, nameMatches, type PeopleEntry, type PeopleList } from '@/utils/memory/people';
import { addVisit, needsRebuild, removeVisit, summarize, summarizeAll } from '@/utils/memory/summary';
import { readVisit, visitEntities } from '@/utils/memory/visit-row';
import { DAY_MS } from '@/utils/memory/week';
import { foldName } from '@/utils/model/entity-key';
import type { ArticleVisit, EntityKey, EntityMemory, Highlight } from '@/utils/model/types';

/**
 * Records a visit (a revisit replaces the earlier row) and, when `cutoff` is given, drops the
 * visits older than it: retention is applied on every write.
 */
export async function recordVisit(db: GlossDb, visit: ArticleVisit, cutoff: number | null = null): Promise<void> {
  await db.transaction('rw', db.articles, db.memory, db.entityVisits, async () => {
    const old = readVisit(await db.articles.get(visit.url));
    const rows = new Map<EntityKey, EntityMemory | null>();
    const keys = new Set([...(old?.entityIds ?? []), ...visit.entityIds]);
    const current = await db.memory.bulkGet([...keys]);
    [...keys].forEach((k, i) => {
      rows.set(k, current[i] ?? null);
    });
    if (old) for (const e of visitEntities(old)) rows.set(e.key, takeAway(rows.get(e.key) ?? null, old, e));
    for (const e of visitEntities(visit)) rows.set(e.key, addVisit(rows.get(e.key) ?? undefined, visit, e));
    await db.articles.put(visit);
    if (old) await deleteEntityVisits(db.entityVisits, entityVisitKeys(old));
    await putEntityVisits(db.entityVisits, entityVisitKeys(visit));
    await writeRows(db, rows);
    if (cutoff !== null) await removeWhere(db, db.articles.where('visitedAt').below(cutoff).toArray());
  });
}

function takeAway(
  row: EntityMemory | null,
  v: ArticleVisit,
  e: ReturnType<typeof visitEntities>[number],
): EntityMemory | null {
  return row ? removeVisit(row, v, e) : null;
}

/** Puts changed rows, deletes emptied ones, rebuilds those that lost an end from the history. */
async function writeRows(db: GlossDb, rows: Map<EntityKey, EntityMemory | null>): Promise<void> {
  const put: EntityMemory[] = [];
  const gone: EntityKey[] = [];
  const rebuild: EntityKey[] = [];
  for (const [key, row] of rows) {
    if (!row) gone.push(key);
    else if (needsRebuild(row)) rebuild.push(key);
    else put.push(row);
  }
  for (const key of rebuild) {
    const { row } = summarize(key, await db.articles.where('entityIds').equals(key).toArray());
    if (row) put.push(row);
    else gone.push(key);
  }
  if (put.length > 0) await db.memory.bulkPut(put);
  if (gone.length > 0) await db.memory.bulkDelete(gone);
}

/** Deletes the given history rows (already read in this transaction) and updates the memory. */
async function removeWhere(db: GlossDb, found: Promise<ArticleVisit[]>): Promise<number> {
  const victims = await found;
  if (victims.length === 0) return 0;
  const rows = new Map<EntityKey, EntityMemory | null>();
  const keys = [...new Set(victims.flatMap((v) => (readVisit(v) ? v.entityIds : [])))];
  const current = await db.memory.bulkGet(keys);
  keys.forEach((k, i) => {
    rows.set(k, current[i] ?? null);
  });
  const unindexed: EntityVisitKey[] = [];
  for (const raw of victims) {
    const v = readVisit(raw);
    if (!v) continue;
    for (const e of visitEntities(v)) rows.set(e.key, takeAway(rows.get(e.key) ?? null, v, e));
    unindexed.push(...entityVisitKeys(v));
  }
  await db.articles.bulkDelete(victims.map((v) => v.url));
  await deleteEntityVisits(db.entityVisits, unindexed);
  await writeRows(db, rows);
  return victims.length;
}

/** "Forget this article": its history row goes; returns how many rows went (0 or 1). */
export function forgetArticle(db: GlossDb, url: string): Promise<number> {
  return db.transaction('rw', db.articles, db.memory, db.entityVisits, () =>
    removeWhere(db, db.articles.where('url').equals(url).toArray()),
  );
}

/**
 * "Forget this site": every history row kept under the site's name, and, when `host` is
 * given, every row whose URL is on that host (a site's name can change between pages).
 */
export function forgetSite(db: GlossDb, site: string, host?: string): Promise<number> {
  const bare = host?.toLowerCase().replace(/^www\./, '');
  const onHost = (url: string) => {
    try {
      return new URL(url).hostname.toLowerCase().replace(/^www\./, '') === bare;
    } catch {
      return false;
    }
  };
  return db.transaction('rw', db.articles, db.memory, db.entityVisits, () =>
    removeWhere(
      db,
      bare
        ? db.articles.filter((r) => r?.site === site || (typeof r?.url === 'string' && onHost(r.url))).toArray()
        : db.articles.where('site').equals(site).toArray(),
    ),
  );
}

/** Retention: drops visits older than `cutoff`. */
export function pruneHistory(db: GlossDb, cutoff: number): Promise<number> {
  return db.transaction('rw', db.articles, db.memory, db.entityVisits, () =>
    removeWhere(db, db.articles.where('visitedAt').below(cutoff).toArray()),
  );
}

/** Empties the history and the memory; returns how many history rows went. */
export async function clearHistory(db: GlossDb): Promise<number> {
  return db.transaction('rw', db.articles, db.memory, db.entityVisits, async () => {
    const n = await db.articles.count();
    await Promise.all([db.articles.clear(), db.memory.clear(), db.entityVisits.clear()]);
    return n;
  });
}

/** Rebuilds the whole memory from the history (after an import); returns damaged rows skipped. */
export async function rebuildMemory(db: GlossDb): Promise<number> {
  return db.transaction('rw', db.articles, db.memory, db.entityVisits, () => rebuildDerived(db));
}

/**
 * Inside a transaction over `articles`, `memory` and `entityVisits`: rebuilds the summaries
 * and the entity-visit index from the whole history (an import replaces rows the summaries
 * counted). Returns how many damaged rows were skipped.
 */
export async function rebuildDerived(db: GlossDb): Promise<number> {
  const history = await db.articles.toArray();
  const { rows, skipped } = summarizeAll(history);
  await Promise.all([db.memory.clear(), db.entityVisits.clear()]);
  await db.memory.bulkPut(rows);
  await putEntityVisits(db.entityVisits, allEntityVisitKeys(history));
  return skipped;
}

/** Up to this many highlights of an entity are read through its index for the newest. */
const READ_BY_ENTITY = 300;

/** How many of the reader's highlights mention `key`: counted on the entity index, no row read. */
export function highlightCount(db: GlossDb, key: EntityKey): Promise<number> {
  return db.highlights.where('entityIds').equals(key).count();
}

/**
 * The newest of the reader's highlights that mention `key` (of `count`). An entity in few
 * highlights has them read through the entity index; one in many is found walking highlights
 * newest first, where it soon appears. Either way about √(highlights) rows at most are read.
 */
export async function newestHighlight(db: GlossDb, key: EntityKey, count: number): Promise<HighlightMemory['newest']> {
  let newest: Highlight | undefined;
  if (count > READ_BY_ENTITY) {
    newest = await db.highlights
      .orderBy('createdAt')
      .reverse()
      .filter((h) => Array.isArray(h.entityIds) && h.entityIds.includes(key))
      .first();
  } else if (count > 0) {
    for (const h of await db.highlights.where('entityIds').equals(key).toArray())
      if (!newest || h.createdAt > newest.createdAt) newest = h;
  }
  return newest ? { id: newest.id, quote: newest.quote, createdAt: newest.createdAt, url: newest.url } : null;
}

/** The reader's highlights that mention `key`: how many, and the newest. */
export async function highlightMemory(db: GlossDb, key: EntityKey): Promise<HighlightMemory> {
  const count = await highlightCount(db, key);
  return { count, newest: await newestHighlight(db, key, count) };
}

/**
 * The card's memory line for `key`: one summary row and the highlights' count, both from
 * indexes. The newest highlight (a quote) is not in it: the card asks `newestHighlight`
 * after showing the line.
 */
export async function memoryFor(db: GlossDb, key: EntityKey, now: number): Promise<MemoryView> {
  const [row, count] = await Promise.all([db.memory.get(key), highlightCount(db, key)]);
  return memoryLine(row ?? null, { count, newest: null }, now);
}

/** The popup's most-read list for the `days` before `now` (reads both periods by date). */
export async function peopleFor(db: GlossDb, now: number, days: number): Promise<PeopleList> {
  const rows = await db.articles
    .where('visitedAt')
    .between(now - 2 * days * DAY_MS, now, true, true)
    .toArray();
  return mostRead(rows, now, days);
}

/** Entities read about whose name has a word starting with each word of `query`, most read first. */
export async function searchPeople(db: GlossDb, query: string, limit = 30): Promise<PeopleEntry[]> {
  const words = foldName(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return [];
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const rows = await db.memory.where('words').startsWith(longest).limit(2000).toArray();
  const seen = new Set<string>();
  return rows
    .filter((r) => r.type !== 'MISC' && !seen.has(r.key) && seen.add(r.key) && nameMatches(r.name, query))
    .sort((a, b) => b.articles - a.articles)
    .slice(0, limit)
    .map((r) => ({ key: r.key, name: r.name, type: r.type, count: r.articles, previous: 0, trend: 'same' as const }));
}
