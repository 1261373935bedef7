import { describe, expect, it } from 'vitest';
import type { ScoredDocument } from './evaluate';
import { auditPass } from './pass-audit';

// "Ariana Grande sang in Paris": tokens Ariana(0) Grande(1) sang(2) in(3) Paris(4)
const text = 'Ariana Grande sang in Paris';
const starts = [0, 7, 14, 19, 22];
const ends = [6, 13, 18, 21, 27];
const gold = [
  { start: 0, end: 2, type: 'PER' },
  { start: 4, end: 5, type: 'LOC' },
];
const doc = (pred: ScoredDocument['pred']): ScoredDocument => ({ text, starts, ends, gold, pred });

describe('auditPass', () => {
  it('counts an added gold span and a removed wrong one as good, the reverse as bad', () => {
    const withPass = [
      doc([
        { start: 0, end: 1, type: 'LOC' },
        { start: 4, end: 5, type: 'LOC' },
      ]),
    ];
    const without = [
      doc([
        { start: 0, end: 2, type: 'PER' },
        { start: 2, end: 3, type: 'ORG' },
      ]),
    ];
    const audit = auditPass(withPass, without);
    // added: Ariana/LOC (wrong: bad), Paris/LOC (gold: good); removed: Ariana Grande/PER (gold: bad), sang/ORG (wrong: good)
    expect(audit.good).toBe(2);
    expect(audit.bad).toBe(2);
    expect(audit.changes.map((c) => `${c.kind} ${c.inGold} ${c.surface}`)).toEqual([
      'added false Ariana/LOC',
      'added true Paris/LOC',
      'removed true Ariana Grande/PER',
      'removed false sang/ORG',
    ]);
    expect(audit.changes[0]!.context).toBe('Ariana Grande sang in Paris');
  });

  it('finds nothing when the pass changes nothing', () => {
    const same = [doc([{ start: 4, end: 5, type: 'LOC' }])];
    expect(auditPass(same, same)).toEqual({ good: 0, bad: 0, changes: [] });
  });
});
