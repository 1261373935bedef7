// Ranking, filters, marks, grouping and paging, checked on the index and on the scan alike.
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../model/types';
import { HighlightIndex } from './highlight-index';
import { markedText, splitMarks } from './rank';
import { scanSearch } from './scan';
import type { SearchQuery, SearchResult } from './types';

let n = 0;
function hl(p: Partial<Highlight>): Highlight {
  n++;
  return {
    id: `h${String(n).padStart(3, '0')}`,
    url: 'https://example.com/a',
    title: 'A page',
    site: 'example.com',
    quote: 'nothing to see',
    prefix: '',
    suffix: '',
    start: 0,
    end: 10,
    color: 'yellow',
    note: '',
    tags: [],
    entityIds: [],
    entityNames: [],
    createdAt: 1000 + n,
    updatedAt: 1000 + n,
    ...p,
  };
}

function q(text: string, extra: Partial<SearchQuery> = {}): SearchQuery {
  return { text, filters: {}, sort: 'relevance', offset: 0, limit: 50, ...extra };
}

const ids = (r: SearchResult): string[] => r.groups.flatMap((g) => g.hits.map((h) => h.highlight.id));

/** Runs a query on both implementations, checks they agree, returns the result. */
function both(data: Highlight[], query: SearchQuery): SearchResult {
  const fromIndex = new HighlightIndex(data).search(query);
  expect(fromIndex).toEqual(scanSearch(data, query));
  return fromIndex;
}

describe('matching', () => {
  const data = [
    hl({ id: 'erdogan', quote: 'President Erdoğan spoke in Ankara.' }),
    hl({ id: 'zones', quote: 'Talks on de-escalation zones resumed.' }),
    hl({ id: 'split', quote: 'The zones saw de-escalation after talks.' }),
    hl({ id: 'noted', quote: 'Unrelated quote', note: 'ask about Erdogan later' }),
    hl({ id: 'entity', quote: 'He said no.', entityNames: ['Recep Tayyip Erdoğan'], entityIds: ['Q39723'] }),
    hl({ id: 'tagged', quote: 'Markets fell.', tags: ['turkey'] }),
  ];

  it('finds accented words from unaccented prefixes in every field', () => {
    expect(new Set(ids(both(data, q('erdog'))))).toEqual(new Set(['erdogan', 'noted', 'entity']));
    expect(ids(both(data, q('tur')))).toEqual(['tagged']);
    expect(ids(both(data, q('ÉRDOĞ')))).toHaveLength(3);
  });

  it('requires every word (AND)', () => {
    expect(ids(both(data, q('erdog ank')))).toEqual(['erdogan']);
    expect(ids(both(data, q('erdog markets')))).toEqual([]);
  });

  it('matches quoted phrases only when adjacent', () => {
    expect(ids(both(data, q('"de-escalation zones"')))).toEqual(['zones']);
    expect(new Set(ids(both(data, q('de-escalation zones'))))).toEqual(new Set(['zones', 'split']));
    expect(ids(both(data, q('"escalation zon')))).toEqual(['zones']);
    expect(ids(both(data, q('deescalation')))).toHaveLength(2);
  });

  it('excludes negated words', () => {
    expect(new Set(ids(both(data, q('erdog -ankara'))))).toEqual(new Set(['noted', 'entity']));
    expect(ids(both(data, q('-zones')))).not.toContain('zones');
  });

  it('returns everything, newest first, for an empty query', () => {
    const r = both(data, q('', { sort: 'relevance' }));
    expect(r.total).toBe(data.length);
    expect(ids(r)[0]).toBe('tagged');
  });
});

describe('ranking', () => {
  it('puts an exact word before a prefix match', () => {
    const data = [
      hl({ id: 'prefix', quote: 'the talkshow', createdAt: 9999 }),
      hl({ id: 'exact', quote: 'the talks' }),
    ];
    expect(ids(both(data, q('talks')))).toEqual(['exact', 'prefix']);
  });

  it('weighs the quote above the page title', () => {
    const data = [
      hl({ id: 'title', url: 'u1', title: 'Ankara summit', quote: 'nothing', createdAt: 9999 }),
      hl({ id: 'quote', url: 'u2', quote: 'In Ankara today' }),
    ];
    expect(ids(both(data, q('ankara')))).toEqual(['quote', 'title']);
  });

  it('puts a phrase match before the same words apart', () => {
    const data = [
      hl({ id: 'apart', url: 'u1', quote: 'zones after de-escalation', createdAt: 9999 }),
      hl({ id: 'phrase', url: 'u2', quote: 'de-escalation zones' }),
    ];
    expect(ids(both(data, q('"de-escalation zones"')))).toEqual(['phrase']);
    expect(both(data, q('de-escalation zones')).total).toBe(2);
    const phraseFirst = both(data, q('de escalation zones'));
    expect(phraseFirst.total).toBe(2);
  });

  it('breaks ties by recency, and sorts by date on request', () => {
    const data = [
      hl({ id: 'old', url: 'u1', quote: 'peace talks', createdAt: 1 }),
      hl({ id: 'new', url: 'u2', quote: 'peace talks', createdAt: 5 }),
      hl({ id: 'newest-weak', url: 'u3', quote: 'peaceful', createdAt: 9 }),
    ];
    expect(ids(both(data, q('peace')))).toEqual(['new', 'old', 'newest-weak']);
    expect(ids(both(data, q('peace', { sort: 'date' })))).toEqual(['newest-weak', 'new', 'old']);
  });
});

describe('filters', () => {
  const data = [
    hl({ id: 'a', color: 'yellow', site: 'a.com', createdAt: 100, entityIds: ['Q1'], quote: 'war' }),
    hl({ id: 'b', color: 'green', site: 'b.com', createdAt: 200, entityIds: ['Q2'], quote: 'war' }),
    hl({ id: 'c', color: 'green', site: 'a.com', createdAt: 300, entityIds: ['Q1', 'Q2'], quote: 'war' }),
  ];
  it.each<[SearchQuery['filters'], string[]]>([
    [{ colors: ['green'] }, ['b', 'c']],
    [{ sites: ['a.com'] }, ['a', 'c']],
    [{ from: 150, to: 300 }, ['b', 'c']],
    [{ to: 100 }, ['a']],
    [{ entityIds: ['Q1'] }, ['a', 'c']],
    [{ colors: ['green'], sites: ['a.com'], entityIds: ['Q2'] }, ['c']],
    [{ colors: [] }, ['a', 'b', 'c']],
  ])('%j', (filters, expected) => {
    expect(new Set(ids(both(data, q('war', { filters }))))).toEqual(new Set(expected));
    expect(new Set(ids(both(data, q('', { filters }))))).toEqual(new Set(expected));
  });
});

describe('marks', () => {
  it('marks whole matched words in the original text of each field', () => {
    const h = hl({
      quote: "President Erdoğan's party; ERDOGAN again",
      note: 'de-escalation zones!',
      tags: ['x', 'erdogans'],
      entityNames: ['Recep Tayyip Erdoğan'],
    });
    const r = both([h], q('erdog'));
    const marks = r.groups[0]!.hits[0]!.marks;
    expect(marks.quote).toEqual([
      [10, 17],
      [27, 34],
    ]);
    expect(h.quote.slice(10, 17)).toBe('Erdoğan');
    expect(marks['tags.1']).toEqual([[0, 8]]);
    expect(marks['tags.0']).toBeUndefined();
    expect(marks['entityNames.0']).toEqual([[13, 20]]);
    expect(markedText(h, 'entityNames.0').slice(13, 20)).toBe('Erdoğan');
    expect(marks.note).toBeUndefined();

    const phrase = both([h], q('"de-escalation zones"')).groups[0]!.hits[0]!.marks;
    expect(phrase.note).toEqual([[0, 19]]);
  });

  it('splits text into marked and unmarked runs for rendering as text', () => {
    expect(splitMarks('a <b> c', [[2, 5]])).toEqual([
      { text: 'a ', marked: false },
      { text: '<b>', marked: true },
      { text: ' c', marked: false },
    ]);
  });
});

describe('grouping and paging', () => {
  const data = [
    hl({ id: 'p1-a', url: 'p1', title: 'Page one', quote: 'war war', createdAt: 10 }),
    hl({ id: 'p2-a', url: 'p2', title: 'Page two', quote: 'war', createdAt: 30 }),
    hl({ id: 'p1-b', url: 'p1', title: 'Page one', quote: 'war', createdAt: 20 }),
    hl({ id: 'p2-b', url: 'p2', title: 'Page two', quote: 'warfare', createdAt: 40 }),
    hl({ id: 'p3-a', url: 'p3', title: 'Page three', quote: 'warm', createdAt: 50 }),
  ];

  it('groups hits by page, pages ordered by their best hit', () => {
    const r = both(data, q('war'));
    expect(r.total).toBe(5);
    expect(r.groups.map((g) => [g.url, g.hits.map((h) => h.highlight.id)])).toEqual([
      ['p2', ['p2-a', 'p2-b']],
      ['p1', ['p1-b', 'p1-a']],
      ['p3', ['p3-a']],
    ]);
    expect(r.groups[0]!.title).toBe('Page two');
  });

  it('pages over hits in grouped order', () => {
    const all = ids(both(data, q('war')));
    for (let offset = 0; offset < 6; offset++) {
      for (let limit = 1; limit < 4; limit++) {
        const r = both(data, q('war', { offset, limit }));
        expect(ids(r)).toEqual(all.slice(offset, offset + limit));
        expect(r.total).toBe(5);
      }
    }
    expect(both(data, q('war', { offset: 1, limit: 2 })).groups.map((g) => g.url)).toEqual(['p2', 'p1']);
  });
});
