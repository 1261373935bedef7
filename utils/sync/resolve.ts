// Deterministic conflict resolution (docs/sync.md, "Conflicts"). Every device that sees the
// same set of conflicting versions computes the same result, so devices converge without
// talking to each other: the newest `updatedAt` wins, then the larger device id; the losing
// versions' notes are appended to the winner's (never dropped); an edit beats a deletion
// made concurrently, and the caller tells the reader.
import type { Highlight } from '../model/types';
import type { HighlightRecord, SettingsRecord, SyncRecord, TombstoneRecord } from './record';

/** Marks a note carried over from a losing version, so the reader sees where it came from. */
export const CONFLICT_NOTE_MARK = '[from another device]';

export interface Resolution {
  /** The record every device ends with. */
  record: SyncRecord;
  /** A deletion lost against an edit: the highlight stays, and the reader is told. */
  deleteOverridden: boolean;
  /** Notes of losing versions were appended to the winner's. */
  notesMerged: boolean;
}

const newer = (a: { t: number; by: string }, b: { t: number; by: string }): number =>
  a.t !== b.t ? a.t - b.t : a.by < b.by ? -1 : a.by > b.by ? 1 : 0;

const stamp = (r: SyncRecord): { t: number; by: string } => {
  switch (r.kind) {
    case 'highlight':
      return { t: r.h.updatedAt, by: r.by };
    case 'tombstone':
      return { t: r.deletedAt, by: r.by };
    case 'settings':
      return { t: r.updatedAt, by: r.by };
    case 'visit':
      return { t: r.visit.visitedAt, by: r.by };
  }
};

/** Sorts newest first by (time, device id): the order every device agrees on. */
export function newestFirst<T extends SyncRecord>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => newer(stamp(b), stamp(a)));
}

/** Two highlight versions say the same thing (no need to write anything). */
export function sameHighlight(a: Highlight, b: Highlight): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.note === b.note &&
    a.color === b.color &&
    a.quote === b.quote &&
    a.tags.join('\u0000') === b.tags.join('\u0000')
  );
}

function mergeHighlights(versions: HighlightRecord[]): { record: HighlightRecord; notesMerged: boolean } {
  const [winner, ...losers] = newestFirst(versions);
  let note = winner.h.note;
  for (const l of losers) {
    const extra = l.h.note.trim();
    // A note already contained (same text, or merged in an earlier round) is not repeated.
    if (extra && !note.includes(extra)) note = note ? `${note}\n\n${CONFLICT_NOTE_MARK} ${extra}` : extra;
  }
  if (note === winner.h.note) return { record: winner, notesMerged: false };
  // One millisecond later than the winner: newer than every version it replaces, and the
  // same on every device (no clock is read).
  return {
    record: { kind: 'highlight', h: { ...winner.h, note, updatedAt: winner.h.updatedAt + 1 }, by: winner.by },
    notesMerged: true,
  };
}

/**
 * The one record that conflicting versions of the same document resolve to. All versions
 * must share a local key (same highlight id, or the settings).
 */
export function resolveConflict(versions: readonly SyncRecord[]): Resolution {
  if (versions.length === 0) throw new Error('nothing to resolve');
  const highlights = versions.filter((r): r is HighlightRecord => r.kind === 'highlight');
  const tombstones = versions.filter((r): r is TombstoneRecord => r.kind === 'tombstone');
  if (highlights.length > 0) {
    const { record, notesMerged } = mergeHighlights(highlights);
    return { record, deleteOverridden: tombstones.length > 0, notesMerged };
  }
  if (tombstones.length > 0) return { record: newestFirst(tombstones)[0], deleteOverridden: false, notesMerged: false };
  const settings = versions.filter((r): r is SettingsRecord => r.kind === 'settings');
  if (settings.length > 0) return { record: newestFirst(settings)[0], deleteOverridden: false, notesMerged: false };
  return { record: newestFirst(versions)[0], deleteOverridden: false, notesMerged: false };
}
