import { describe, expect, it } from 'vitest';
import { initials, isAcronym } from './acronyms';

describe('acronyms', () => {
  it('tells 2-6 capitals, dotted or not, from other words', () => {
    expect(['UN', 'U.S.', 'OSCE'].map(isAcronym)).toEqual([true, true, true]);
    expect(['U', 'Un', 'ABCDEFG'].map(isAcronym)).toEqual([false, false, false]);
  });

  it('takes the initials of a name, leaving out connectors and words written in lowercase', () => {
    const raw = ['Organisation', 'for', 'Security', 'and', 'Cooperation', 'in', 'Europe'];
    expect(
      initials(
        raw.map((w) => w.toLowerCase()),
        raw,
      ),
    ).toBe('OSCE');
    expect(initials(['al-nusra', 'front'], ['Al-Nusra', 'Front'])).toBe('ANF');
  });
});
