// The card's memory line: how many articles the reader read about an entity, since when, the
// last one, a weekly sparkline of the last six months, and the reader's highlights about it.
// Built from the entity's summary row alone, so the card never scans the history.
import type { EntityMemory } from '../model/types';
import { weekOf } from './week';

/** Weeks the card's sparkline covers (about six months). */
export const SPARK_WEEKS = 26;

/** The reader's highlights that mention the entity: how many, and the newest one. */
export interface HighlightMemory {
  count: number;
  newest: { id: string; quote: string; createdAt: number; url: string } | null;
}

/** What the card shows about the reader's own reading. */
export type MemoryView =
  | { status: 'off' }
  | { status: 'none'; highlights: HighlightMemory }
  | {
      status: 'ok';
      key: string;
      name: string;
      articles: number;
      firstAt: number;
      last: { at: number; title: string; url: string };
      /** Articles per week, oldest first, ending with the current week; null when read once. */
      sparkline: number[] | null;
      highlights: HighlightMemory;
    };

/** The card's view of `row` at time `now` (null row: never read about). */
export function memoryLine(row: EntityMemory | null, highlights: HighlightMemory, now: number): MemoryView {
  if (!row || row.articles < 1 || !Number.isFinite(row.firstAt) || !Number.isFinite(row.lastAt))
    return { status: 'none', highlights };
  return {
    status: 'ok',
    key: row.key,
    name: row.name,
    articles: row.articles,
    firstAt: row.firstAt,
    last: { at: row.lastAt, title: row.lastTitle, url: row.lastUrl },
    sparkline: row.articles > 1 ? weekSeries(row.weeks, weekOf(now), SPARK_WEEKS) : null,
    highlights,
  };
}

/** `n` weekly counts ending with week `last` (weeks without reading are 0). */
export function weekSeries(weeks: Readonly<Record<number, number>>, last: number, n: number): number[] {
  const out: number[] = [];
  for (let w = last - n + 1; w <= last; w++) out.push(weeks[w] ?? 0);
  return out;
}
