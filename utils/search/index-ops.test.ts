// Replaying committed changes and reconciling a restored index end at the table's rows.
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../model/types';
import { HighlightIndex } from './highlight-index';
import { applyIndexOp, reconcileIndex } from './index-ops';
import type { SearchQuery } from './types';

const row = (id: string, quote: string, updatedAt = 1): Highlight => ({
  id,
  url: `https://example.org/${id}`,
  title: 'A story',
  site: 'example.org',
  quote,
  prefix: '',
  suffix: '',
  start: 0,
  end: quote.length,
  color: 'yellow',
  note: '',
  tags: [],
  entityIds: [],
  entityNames: [],
  createdAt: 1,
  updatedAt,
});

const query = (text: string): SearchQuery => ({ text, filters: {}, sort: 'relevance', offset: 0, limit: 10 });

const ids = (index: HighlightIndex): string[] =>
  index
    .rows()
    .map((h) => h.id)
    .sort();

describe('applyIndexOp', () => {
  it('puts, removes and clears rows', () => {
    const index = new HighlightIndex([row('a', 'alpha')]);
    applyIndexOp(index, { kind: 'put', rows: [row('b', 'bravo'), row('a', 'apple', 2)] });
    expect(ids(index)).toEqual(['a', 'b']);
    expect(index.get('a')?.quote).toBe('apple');
    applyIndexOp(index, { kind: 'remove', ids: ['b', 'missing'] });
    expect(ids(index)).toEqual(['a']);
    applyIndexOp(index, { kind: 'clear' });
    expect(index.size()).toBe(0);
  });
});

describe('reconcileIndex', () => {
  it('re-indexes changed rows, adds new ones and drops rows gone from the table', () => {
    const index = new HighlightIndex([row('a', 'alpha'), row('b', 'bravo'), row('c', 'charlie')]);
    reconcileIndex(index, [row('a', 'alpha'), row('b', 'beta', 2), row('d', 'delta')]);
    expect(ids(index)).toEqual(['a', 'b', 'd']);
    expect(index.get('b')?.quote).toBe('beta');
    expect(index.search(query('charlie')).total).toBe(0);
    expect(index.search(query('beta')).total).toBe(1);
  });

  it('keeps a row whose updatedAt is unchanged as it was indexed', () => {
    const index = new HighlightIndex([row('a', 'alpha')]);
    reconcileIndex(index, [row('a', 'other text, same time')]);
    expect(index.get('a')?.quote).toBe('alpha');
  });
});
