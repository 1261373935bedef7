import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery } from './query';

describe('parseQuery', () => {
  it('makes every word a folded prefix clause', () => {
    expect(parseQuery('Erdog  TUR')).toEqual({
      clauses: [
        { words: ['erdog'], prefixLast: true },
        { words: ['tur'], prefixLast: true },
      ],
      negatives: [],
    });
  });

  it('reads closed quotes as exact phrases and open quotes as phrases still being typed', () => {
    expect(parseQuery('"de-escalation zones"').clauses).toEqual([
      { words: ['de', 'escalation', 'zones'], prefixLast: false },
    ]);
    expect(parseQuery('"de-escalation zo').clauses).toEqual([{ words: ['de', 'escalation', 'zo'], prefixLast: true }]);
    expect(parseQuery('"Erdoğan"').clauses).toEqual([{ words: ['erdogan'], prefixLast: false }]);
  });

  it('turns a compound word into a phrase whose last part is a prefix', () => {
    expect(parseQuery('de-esc').clauses).toEqual([{ words: ['de', 'esc'], prefixLast: true }]);
  });

  it('reads -word and -"phrase" as exact exclusions', () => {
    expect(parseQuery('peace -trump -"white house"')).toEqual({
      clauses: [{ words: ['peace'], prefixLast: true }],
      negatives: [
        { words: ['trump'], prefixLast: false },
        { words: ['white', 'house'], prefixLast: false },
      ],
    });
  });

  it('ignores punctuation, a lone dash, empty quotes and repeated words', () => {
    expect(parseQuery(' - "" ,, erd erd').clauses).toEqual([{ words: ['erd'], prefixLast: true }]);
    expect(isEmptyQuery(parseQuery('  ""  '))).toBe(true);
    expect(isEmptyQuery(parseQuery('-x'))).toBe(false);
  });

  it('keeps a hyphen inside a word (not a negation)', () => {
    expect(parseQuery('anti-corruption').negatives).toEqual([]);
  });
});
