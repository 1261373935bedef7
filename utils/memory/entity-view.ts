// The entity page's data from the history rows that mention one entity: a timeline of
// articles per week or month, the articles themselves (date, site, mentions), and the
// entities read most often together with it.
import type { EntityKey, EntityMemory, EntityType, Highlight } from '../model/types';
import { readVisit, visitEntities } from './visit-row';
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

/** Everything the entity page shows from the database. */
export interface EntityPageData {
  history: EntityHistory | null;
  memory: EntityMemory | null;
  /** The reader's highlights that mention it, newest first. */
  highlights: Highlight[];
}

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
    articles.push({ url: v.url, title: v.title, site: v.site, visitedAt: v.visitedAt, mentions: self.mentions });
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
