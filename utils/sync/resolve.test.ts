import { describe, expect, it } from 'vitest';
import type { Highlight } from '../model/types';
import type { HighlightRecord, TombstoneRecord } from './record';
import { CONFLICT_NOTE_MARK, resolveConflict } from './resolve';

const h = (over: Partial<Highlight>): Highlight => ({
  id: 'h1',
  url: 'https://example.com/a',
  title: 'A',
  site: 'example.com',
  quote: 'the quote',
  prefix: '',
  suffix: '',
  start: 0,
  end: 9,
  color: 'yellow',
  note: '',
  tags: [],
  entityIds: [],
  entityNames: [],
  createdAt: 1,
  updatedAt: 10,
  ...over,
});
const rec = (by: string, over: Partial<Highlight>): HighlightRecord => ({ kind: 'highlight', h: h(over), by });
const tomb = (by: string, deletedAt: number): TombstoneRecord => ({ kind: 'tombstone', id: 'h1', deletedAt, by });

describe('conflict resolution', () => {
  it('keeps the newest edit and appends the losing note, the same in any order', () => {
    const a = rec('device-a', { updatedAt: 20, note: 'from A', color: 'green' });
    const b = rec('device-b', { updatedAt: 30, note: 'from B', color: 'blue' });
    const r1 = resolveConflict([a, b]);
    const r2 = resolveConflict([b, a]);
    expect(r1).toEqual(r2);
    const out = r1.record as HighlightRecord;
    expect(out.h.color).toBe('blue');
    expect(out.h.note).toBe(`from B\n\n${CONFLICT_NOTE_MARK} from A`);
    expect(out.h.updatedAt).toBe(31);
    expect(r1.notesMerged).toBe(true);
  });

  it('breaks a tie of updatedAt by device id', () => {
    const a = rec('device-a', { updatedAt: 20, color: 'green' });
    const b = rec('device-b', { updatedAt: 20, color: 'blue' });
    expect((resolveConflict([a, b]).record as HighlightRecord).h.color).toBe('blue');
    expect((resolveConflict([b, a]).record as HighlightRecord).h.color).toBe('blue');
  });

  it('converges: resolving the resolution with a version already merged changes nothing', () => {
    const a = rec('device-a', { updatedAt: 20, note: 'from A' });
    const b = rec('device-b', { updatedAt: 30, note: 'from B' });
    const merged = resolveConflict([a, b]).record as HighlightRecord;
    const again = resolveConflict([merged, a]);
    expect(again.record).toEqual(merged);
    expect(again.notesMerged).toBe(false);
  });

  it('lets an edit win over a concurrent delete, and says so', () => {
    const edit = rec('device-b', { updatedAt: 5, note: 'kept' });
    const r = resolveConflict([tomb('device-a', 100), edit]);
    expect(r.record).toEqual(edit);
    expect(r.deleteOverridden).toBe(true);
  });

  it('keeps a deletion when only deletions conflict', () => {
    const r = resolveConflict([tomb('device-a', 5), tomb('device-b', 7)]);
    expect(r.record).toEqual(tomb('device-b', 7));
    expect(r.deleteOverridden).toBe(false);
  });
});
