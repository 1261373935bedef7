import { describe, expect, it } from 'vitest';
import { keyType, nameFromKey, readVisit, visitEntities } from './visit-row';

const row = {
  url: 'https://example.com/a',
  title: 'A',
  site: 'example.com',
  visitedAt: 10,
  entityIds: ['PER:ada lovelace', 'Q90'],
  entityNames: ['Ada Lovelace', 'Paris'],
  mentionCounts: [3, 1],
  lang: 'en',
};

describe('history rows', () => {
  it('accepts whole rows and rows from before names and counts were kept', () => {
    expect(readVisit(row)).toBe(row);
    const { entityNames: _n, mentionCounts: _c, ...old } = row;
    expect(readVisit(old)).toBe(old);
    expect(visitEntities(old as typeof row)).toEqual([
      { key: 'PER:ada lovelace', name: 'Ada Lovelace', type: 'PER', mentions: 1 },
      { key: 'Q90', name: 'Q90', type: 'MISC', mentions: 1 },
    ]);
  });

  it.each([
    ['not an object', 'x'],
    ['no url', { ...row, url: '' }],
    ['a visit date that is not a number', { ...row, visitedAt: '2024' }],
    ['entity ids that are not a list', { ...row, entityIds: 'PER:a' }],
    ['names cut short', { ...row, entityNames: ['Ada Lovelace'] }],
    ['negative counts', { ...row, mentionCounts: [-1, 1] }],
  ])('rejects a row with %s', (_why, raw) => {
    expect(readVisit(raw)).toBeNull();
  });

  it('keeps each entity once, with its count and name', () => {
    const v = {
      ...row,
      entityIds: ['PER:ada lovelace', 'PER:ada lovelace'],
      entityNames: ['Ada', 'Ada L.'],
      mentionCounts: [2, 5],
    };
    expect(visitEntities(v)).toEqual([{ key: 'PER:ada lovelace', name: 'Ada', type: 'PER', mentions: 2 }]);
  });

  it('reads types and names from keys', () => {
    expect(keyType('LOC:istanbul')).toBe('LOC');
    expect(keyType('Q7747')).toBe('MISC');
    expect(nameFromKey('PER:recep tayyip erdogan')).toBe('Recep Tayyip Erdogan');
  });
});
