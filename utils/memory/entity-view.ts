// The entity page's data from the history rows that mention one entity: a timeline of
// articles per week or month, the articles themselves (date, site, mentions), and the
// entities read most often together with it.
import type { ArticleVisit, EntityKey, EntityMemory, EntityType, Highlight } from '../model/types';
import type { EntityVisitKey } from './entity-visits';
import { readVisit, type VisitEntity, visitEntities } from './visit-row';
import { monthOf, monthStart, weekOf, weekStart } from './week';

export type TimelineUnit = 'week' | 'month';

export interface TimelinePoint {
  /** Start of the week or month (ms since epoch). */
  start: number;
  count: number;
}

export interface EntityArticle {
  url: string;
  title: string;
  site: string;
  visitedAt: number;
  mentions: number;
}

export interface CoEntity {
  key: EntityKey;
  name: string;
  type: EntityType;
  /** Articles that mention both. */
  count: number;
}

export interface EntityHistory {
  key: EntityKey;
  name: string;
  type: EntityType;
  articles: EntityArticle[];
  together: CoEntity[];
  skipped: number;
}

/** Articles the entity page lists first (the most-read entities have thousands). */
export const FIRST_ROWS = 100;

/**
 * What the entity page paints first, read from the summary row and the entity-visit index
 * only (utils/memory/entity-visits.ts): its name, count and timeline, and its newest articles.
 */
export interface EntityPageStart {
  key: EntityKey;
  /** The name it was last read under (from the summary row; from the key when there is none). */
  name: string;
  type: EntityType;
  memory: EntityMemory | null;
  /** When each article that mentions it was read, oldest first: the timeline and the count. */
  times: number[];
  /** The newest of those articles, newest first. */
  articles: EntityArticle[];
}

/** What the entity page loads after its first paint: every article, what was read with it, highlights. */
export interface EntityPageDetails {
  history: EntityHistory | null;
  /** The reader's highlights that mention it, newest first. */
  highlights: Highlight[];
}

/**
 * The first page's articles from the history rows its index keys point at (`rows[i]` for
 * `wanted[i]`). A row that is gone, damaged, or no longer the visit the key names (the index
 * is a cache) is left out here; the full list that follows counts damaged rows.
 */
export function firstArticles(
  key: EntityKey,
  wanted: readonly EntityVisitKey[],
  rows: readonly unknown[],
): EntityArticle[] {
  const out: EntityArticle[] = [];
  wanted.forEach(([, at], i) => {
    const v = readVisit(rows[i]);
    const self = v && v.visitedAt === at ? visitEntities(v).find((e) => e.key === key) : undefined;
    if (v && self) out.push(articleOf(v, self));
  });
  return out;
}

const articleOf = (v: ArticleVisit, self: VisitEntity): EntityArticle => ({
  url: v.url,
  title: v.title,
  site: v.site,
  visitedAt: v.visitedAt,
  mentions: self.mentions,
});

/**
 * The articles mentioning `key` (newest first) and what was read with it, from history rows
 * (others and damaged rows are skipped; damaged ones counted). Null name when none mention it.
 */
export function entityHistory(key: EntityKey, rows: readonly unknown[], coLimit = 12): EntityHistory | null {
  const articles: EntityArticle[] = [];
  const co = new Map<EntityKey, CoEntity>();
  let skipped = 0;
  let name = '';
  let type: EntityType = 'MISC';
  let nameAt = -Infinity;
  for (const raw of rows) {
    const v = readVisit(raw);
    if (!v) {
      skipped++;
      continue;
    }
    const entities = visitEntities(v);
    const self = entities.find((e) => e.key === key);
    if (!self) continue;
    if (v.visitedAt > nameAt) {
      nameAt = v.visitedAt;
      name = self.name;
      type = self.type;
    }
    articles.push(articleOf(v, self));
    for (const e of entities) {
      if (e.key === key || e.type === 'MISC') continue;
      const c = co.get(e.key);
      if (c) c.count++;
      else co.set(e.key, { key: e.key, name: e.name, type: e.type, count: 1 });
    }
  }
  if (articles.length === 0) return null;
  articles.sort((a, b) => b.visitedAt - a.visitedAt);
  const together = [...co.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)).slice(0, coLimit);
  return { key, name, type, articles, together, skipped };
}

/**
 * Articles per week or month from the first to the one holding `now`, empty periods
 * included (a chart's x axis and its table alike).
 */
export function timeline(times: readonly number[], unit: TimelineUnit, now: number): TimelinePoint[] {
  if (times.length === 0) return [];
  const of = unit === 'week' ? weekOf : monthOf;
  const start = unit === 'week' ? weekStart : monthStart;
  const counts = new Map<number, number>();
  let first = Infinity;
  for (const t of times) {
    const p = of(t);
    counts.set(p, (counts.get(p) ?? 0) + 1);
    if (p < first) first = p;
  }
  const last = Math.max(of(now), ...counts.keys());
  const out: TimelinePoint[] = [];
  for (let p = first; p <= last; p++) out.push({ start: start(p), count: counts.get(p) ?? 0 });
  return out;
}

/** Weeks for a short span (up to a year), months beyond. */
export function timelineUnit(firstAt: number, now: number): TimelineUnit {
  return now - firstAt <= 366 * 86_400_000 ? 'week' : 'month';
}
