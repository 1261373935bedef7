// How long the reading history is kept: the setting's values and the cut-off they imply.
import type { HistoryRetention } from '../model/settings';
import { DAY_MS } from './week';

export type { HistoryRetention };

export const RETENTION_DAYS: Readonly<Record<HistoryRetention, number | null>> = {
  forever: null,
  '1y': 365,
  '90d': 90,
};

/** Visits before the returned time are dropped; null keeps everything. */
export function retentionCutoff(retention: HistoryRetention, now: number): number | null {
  const days = RETENTION_DAYS[retention] ?? null;
  return days === null ? null : now - days * DAY_MS;
}
