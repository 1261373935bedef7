// Planning an incoming batch: new, changed and unchanged highlights, deletions of what this
// device has (and of what it never had), unsent local changes winning, settings and visits.
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../model/types';
import { highlightIdOf, type Incoming, planApply } from './apply-plan';
import { highlightKey, SETTINGS_KEY, visitKey, type SyncRecord } from './record';

const hl = (id: string, note = '', url = `https://news.example/${id}`): Highlight => ({
  id,
  url,
  title: 'Story',
  site: 'news.example',
  quote: `quote ${id}`,
  prefix: '',
  suffix: '',
  start: 0,
  end: 7,
  color: 'yellow',
  note,
  tags: [],
  entityIds: [],
  entityNames: [],
  createdAt: 1,
  updatedAt: note ? 2 : 1,
});

const incoming = (rec: SyncRecord, rev = '1-a'): Incoming => ({ rec, rev });

describe('planApply', () => {
  it('puts new and changed highlights, skips unchanged ones, deletes only what exists', () => {
    const batch = [
      incoming({ kind: 'highlight', h: hl('new'), by: 'other' }),
      incoming({ kind: 'highlight', h: hl('edited', 'a note', 'https://news.example/moved'), by: 'other' }),
      incoming({ kind: 'highlight', h: hl('same'), by: 'other' }),
      incoming({ kind: 'tombstone', id: 'gone', deletedAt: 5, by: 'other' }),
      incoming({ kind: 'tombstone', id: 'never-here', deletedAt: 5, by: 'other' }),
    ];
    const keys = batch.map((x) => highlightKey(highlightIdOf(x.rec)));
    const existing = [undefined, hl('edited'), hl('same'), hl('gone'), undefined];
    const plan = planApply(batch, keys, [], existing);
    expect(plan.put.map((h) => h.id)).toEqual(['new', 'edited']);
    expect(plan.removed).toEqual(['gone']);
    expect(plan.added).toBe(1);
    expect(plan.known).toHaveLength(5);
    expect(plan.urls).toEqual([
      'https://news.example/new',
      'https://news.example/moved',
      'https://news.example/edited',
      'https://news.example/gone',
    ]);
  });

  it('lets an unsent local change win, but not one already sealed', () => {
    const batch = [
      incoming({ kind: 'highlight', h: hl('a', 'theirs'), by: 'other' }),
      incoming({ kind: 'highlight', h: hl('b', 'theirs'), by: 'other' }),
    ];
    const keys = [highlightKey('a'), highlightKey('b')];
    const plan = planApply(batch, keys, [{ sealed: false }, { sealed: true }], [hl('a'), hl('b')]);
    expect(plan.put.map((h) => h.id)).toEqual(['b']);
    expect(plan.known).toEqual([{ key: highlightKey('b'), rev: '1-a' }]);
  });

  it('hands settings and visits on for after the write', () => {
    const settings: SyncRecord = { kind: 'settings', settings: {} as never, updatedAt: 3, by: 'other' };
    const visit: SyncRecord = {
      kind: 'visit',
      visit: { url: 'https://news.example/v' } as never,
      by: 'other',
    };
    const plan = planApply(
      [incoming(settings), incoming(visit)],
      [SETTINGS_KEY, visitKey('https://news.example/v')],
      [],
      [],
    );
    expect(plan.settings).toBe(settings);
    expect(plan.visits.map((x) => x.rec)).toEqual([visit]);
    expect(plan.put).toEqual([]);
    expect(highlightIdOf(settings)).toBe('');
  });
});
