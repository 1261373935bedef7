import { describe, expect, it } from 'vitest';
import { activeFilterCount, buildQuery, dayBound, EMPTY_FORM } from './search-form';

describe('buildQuery', () => {
  it('sends only the filters that narrow', () => {
    expect(buildQuery({ ...EMPTY_FORM, text: '  erdog  ' })).toEqual({
      text: 'erdog',
      filters: {},
      sort: 'relevance',
      offset: 0,
      limit: 20,
    });
  });
  it('turns dates into local day bounds and an entity name into keys', () => {
    const q = buildQuery(
      {
        ...EMPTY_FORM,
        colors: ['green'],
        site: 'bbc.co.uk',
        from: '2024-05-01',
        to: '2024-05-02',
        entityName: 'Recep  Tayyip ERDOĞAN',
        entityType: 'PER',
        sort: 'date',
      },
      40,
      20,
    );
    expect(q.filters).toEqual({
      colors: ['green'],
      sites: ['bbc.co.uk'],
      from: new Date(2024, 4, 1).getTime(),
      to: new Date(2024, 4, 2, 23, 59, 59, 999).getTime(),
      entityIds: ['PER:recep tayyip erdogan'],
    });
    expect(q.sort).toBe('date');
    expect(q.offset).toBe(40);
  });
  it('asks for every type when the type is any', () => {
    expect(buildQuery({ ...EMPTY_FORM, entityName: 'Rome' }).filters.entityIds).toEqual([
      'PER:rome',
      'LOC:rome',
      'ORG:rome',
    ]);
  });
  it('counts active filters and ignores bad dates', () => {
    expect(dayBound('2024-13-xx')).toBeUndefined();
    expect(activeFilterCount({ ...EMPTY_FORM, colors: ['a', 'b'], from: '2024-01-01', to: '2024-02-01' })).toBe(2);
  });
});
