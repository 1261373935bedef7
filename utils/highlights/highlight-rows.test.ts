// New and edited highlight rows: only a highlight's fields, copied, with forward-moving times.
import { describe, expect, it } from 'vitest';
import type { Highlight, NewHighlight } from '../model/types';
import { newHighlightRow, patchedHighlightRow } from './highlight-rows';

const fresh: NewHighlight = {
  url: 'https://example.org/a',
  title: 'A story',
  site: 'example.org',
  quote: 'quoted words',
  prefix: 'before ',
  suffix: ' after',
  start: 10,
  end: 22,
  color: 'yellow',
  note: '',
  tags: ['t'],
  entityIds: ['e1'],
  entityNames: ['Ada'],
};

describe('newHighlightRow', () => {
  it('keeps only the fields of a highlight and copies its lists', () => {
    const extra = { ...fresh, injected: '<script>' } as NewHighlight;
    const row = newHighlightRow(extra, 'id-1', 50);
    expect(row).toEqual({ ...fresh, id: 'id-1', createdAt: 50, updatedAt: 50 });
    expect('injected' in row).toBe(false);
    expect(row.tags).not.toBe(fresh.tags);
    expect(row.entityIds).not.toBe(fresh.entityIds);
  });
});

describe('patchedHighlightRow', () => {
  const prev: Highlight = newHighlightRow(fresh, 'id-1', 100);

  it('applies only the fields the patch names', () => {
    const row = patchedHighlightRow(prev, { note: 'why' }, 200);
    expect(row).toEqual({ ...prev, note: 'why', updatedAt: 200 });
    expect(prev.note).toBe('');
    const tags = ['x'];
    const tagged = patchedHighlightRow(prev, { color: 'blue', tags }, 200);
    expect(tagged.color).toBe('blue');
    expect(tagged.tags).toEqual(['x']);
    expect(tagged.tags).not.toBe(tags);
  });

  it('moves updatedAt strictly forward even when the clock does not', () => {
    expect(patchedHighlightRow(prev, {}, 100).updatedAt).toBe(101);
    expect(patchedHighlightRow(prev, {}, 40).updatedAt).toBe(101);
  });
});
