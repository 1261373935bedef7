import { describe, expect, it } from 'vitest';
import { type AcronymCounts, countAcronymUses, emptyAcronymCounts, isCommonAcronym } from './acronym-uses';

function counts(lines: string[]): Map<string, AcronymCounts> {
  const m = new Map<string, AcronymCounts>();
  for (const l of lines) countAcronymUses(l, m);
  return m;
}

describe('countAcronymUses', () => {
  it('counts plurals, modifiers, possessives, subjects and expansions', () => {
    const m = counts([
      'The board named a new CEO and two CEOs resigned, the chief executive officer (CEO) said.',
      "The North Atlantic Treaty Organization (NATO) met; NATO said NATO's members agreed.",
    ]);
    expect(m.get('CEO')).toEqual({
      uses: 2,
      plurals: 1,
      modified: 1,
      possessive: 0,
      subject: 0,
      lowerExpansions: 1,
      upperExpansions: 0,
    });
    expect(m.get('NATO')).toMatchObject({ uses: 3, possessive: 1, subject: 1, upperExpansions: 1, lowerExpansions: 0 });
  });

  it('skips lines mostly in capitals (headings)', () => {
    expect(counts(['THE CEO OF THE YEAR AWARD']).size).toBe(0);
  });
});

describe('isCommonAcronym', () => {
  const base: AcronymCounts = { ...emptyAcronymCounts(), uses: 100 };
  it('takes a word often in the plural, and not one used as an organization is', () => {
    expect(isCommonAcronym({ ...base, plurals: 10 })).toBe(true);
    expect(isCommonAcronym({ ...base, plurals: 10, possessive: 8 })).toBe(false);
    expect(isCommonAcronym({ ...base, plurals: 10, subject: 2 })).toBe(false);
    expect(isCommonAcronym({ ...base, lowerExpansions: 1, upperExpansions: 5, modified: 40 })).toBe(false);
  });
  it('needs enough uses and some evidence of a noun', () => {
    expect(isCommonAcronym({ ...base, uses: 20, plurals: 10 })).toBe(false);
    expect(isCommonAcronym(base)).toBe(false);
    expect(isCommonAcronym({ ...base, lowerExpansions: 3 })).toBe(true);
    expect(isCommonAcronym({ ...base, modified: 30 })).toBe(true);
  });
});
