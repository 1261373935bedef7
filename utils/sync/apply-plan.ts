// What applying a batch of records from the server does to this device, decided before the
// write: which highlights are put or deleted, how the count changes, which versions are now
// known, which pages must redraw, and the settings and visits to apply after it. A local
// change not yet sealed wins over an incoming one (sending it resolves against it later).
import type { Highlight } from '../model/types';
import { sameRecord, type SettingsRecord, type SyncRecord } from './record';

/** A record that arrived, with the revision it came in. */
export interface Incoming {
  rec: SyncRecord;
  rev: string;
}

export interface ApplyPlan {
  put: Highlight[];
  removed: string[];
  /** Highlights new on this device. */
  added: number;
  /** Versions this device now reflects (its synced-known rows). */
  known: Array<{ key: string; rev: string }>;
  /** Page URLs whose highlights change, in the order met. */
  urls: string[];
  /** The batch's (last) settings record, if any. */
  settings: SettingsRecord | null;
  /** Reading-history visits to record. */
  visits: Incoming[];
}

/** The highlight id a record is about ('' for settings and visits). */
export const highlightIdOf = (rec: SyncRecord): string =>
  rec.kind === 'highlight' ? rec.h.id : rec.kind === 'tombstone' ? rec.id : '';

/**
 * Plans the batch. `keys`, `pending` (the outbox rows) and `existing` (this device's
 * highlights) are parallel to `incoming`.
 */
export function planApply(
  incoming: readonly Incoming[],
  keys: readonly string[],
  pending: ReadonlyArray<{ sealed?: boolean } | undefined>,
  existing: ReadonlyArray<Highlight | undefined>,
): ApplyPlan {
  const plan: ApplyPlan = { put: [], removed: [], added: 0, known: [], urls: [], settings: null, visits: [] };
  const urls = new Set<string>();
  const localWins = (i: number) => !!pending[i] && !pending[i]!.sealed;
  incoming.forEach(({ rec, rev }, i) => {
    if (localWins(i)) return;
    plan.known.push({ key: keys[i]!, rev });
    const cur = existing[i];
    if (rec.kind === 'highlight') {
      if (!cur) plan.added++;
      if (!cur || !sameRecord({ kind: 'highlight', h: cur, by: '' }, rec)) {
        plan.put.push(rec.h);
        urls.add(rec.h.url);
        if (cur) urls.add(cur.url);
      }
    } else if (rec.kind === 'tombstone') {
      if (cur) {
        plan.removed.push(rec.id);
        urls.add(cur.url);
      }
    } else if (rec.kind === 'settings') plan.settings = rec;
    else plan.visits.push(incoming[i]!);
  });
  plan.urls = [...urls];
  return plan;
}
