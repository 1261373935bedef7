// The popup's "People & places": the entities read most in a period (this week, this month)
// with the count of the period before, from the history rows of both periods.
import type { EntityKey, EntityType } from '../model/types';
import { foldName } from '../model/entity-key';
import { readVisit, visitEntities } from './visit-row';
import { DAY_MS } from './week';

export type Trend = 'up' | 'down' | 'same' | 'new';

export interface PeopleEntry {
  key: EntityKey;
  name: string;
  type: EntityType;
  /** Articles in the period, and in the period of the same length just before it. */
  count: number;
  previous: number;
  trend: Trend;
}

export interface PeopleList {
  entries: PeopleEntry[];
  /** History rows that failed the check and were left out. */
  skipped: number;
}

/** The periods the view offers, in days. */
export const PERIODS = { week: 7, month: 30 } as const;
export type Period = keyof typeof PERIODS;

/** Trend of `count` against `previous`. */
export function trendOf(count: number, previous: number): Trend {
  if (previous === 0) return count > 0 ? 'new' : 'same';
  return count > previous ? 'up' : count < previous ? 'down' : 'same';
}

/**
 * The people, places and organizations read most in the `days` before `now`, most articles
 * first (ties: more recent trend, then name). `rows` must cover the two periods (2 × days);
 * rows outside them are ignored. MISC entities are not listed (Gloss never marks them).
 */
export function mostRead(rows: readonly unknown[], now: number, days: number, limit = 50): PeopleList {
  const from = now - days * DAY_MS;
  const before = from - days * DAY_MS;
  const byKey = new Map<EntityKey, PeopleEntry & { at: number }>();
  let skipped = 0;
  for (const raw of rows) {
    const v = readVisit(raw);
    if (!v) {
      skipped++;
      continue;
    }
    if (v.visitedAt < before || v.visitedAt > now) continue;
    const current = v.visitedAt >= from;
    for (const e of visitEntities(v)) {
      if (e.type === 'MISC') continue;
      let entry = byKey.get(e.key);
      if (!entry) {
        entry = { key: e.key, name: e.name, type: e.type, count: 0, previous: 0, trend: 'same', at: 0 };
        byKey.set(e.key, entry);
      }
      if (current) entry.count++;
      else entry.previous++;
      if (v.visitedAt > entry.at) {
        entry.at = v.visitedAt;
        entry.name = e.name;
      }
    }
  }
  const entries = [...byKey.values()]
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count || b.at - a.at || (a.name < b.name ? -1 : 1))
    .slice(0, limit)
    .map(({ at: _at, ...e }) => ({ ...e, trend: trendOf(e.count, e.previous) }));
  return { entries, skipped };
}

/** True when every word of `query` starts a word of `name` (case- and accent-folded). */
export function nameMatches(name: string, query: string): boolean {
  const words = foldName(name).split(/[^\p{L}\p{N}]+/u);
  return foldName(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((q) => words.some((w) => w.startsWith(q)));
}
