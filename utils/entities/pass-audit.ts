// What one span pass does to scored text: the spans it adds or takes away, compared with a
// run that leaves it out, each judged by the gold. A pass written for news pages should
// change little in edited prose, and what it gets wrong there names a class to mend
// (docs/entity-engine.md, issue 11 round 20). Pure: scored documents in, changes out.

import type { ScoredDocument } from './evaluate';
import { spanKey as key, type TokenSpan } from './spans';

/** One span the pass changed: added (only with it) or removed (only without it), and whether the gold has it. */
export interface SpanChange {
  kind: 'added' | 'removed';
  inGold: boolean;
  /** The span's words as written, then "/TYPE". */
  surface: string;
  /** Up to 40 characters before and 25 after, on one line. */
  context: string;
}

/** Counts of a pass's changes: good ones add a gold span or remove a wrong one. */
export interface PassAudit {
  good: number;
  bad: number;
  changes: SpanChange[];
}

/** Compares documents scored with the pass (`withPass`) and without it (`without`), document by document. */
export function auditPass(withPass: readonly ScoredDocument[], without: readonly ScoredDocument[]): PassAudit {
  const audit: PassAudit = { good: 0, bad: 0, changes: [] };
  withPass.forEach((d, k) => {
    const other = without[k]!;
    const gold = new Set(d.gold.map(key));
    const note = (kind: SpanChange['kind'], s: TokenSpan) => {
      const inGold = gold.has(key(s));
      // an added gold span or a removed wrong one is a good change
      if (inGold === (kind === 'added')) audit.good++;
      else audit.bad++;
      const from = d.starts[s.start]!;
      const to = d.ends[s.end - 1]!;
      audit.changes.push({
        kind,
        inGold,
        surface: `${d.text.slice(from, to)}/${s.type}`,
        context: d.text.slice(Math.max(0, from - 40), to + 25).replace(/\s+/g, ' '),
      });
    };
    const mine = new Set(d.pred.map(key));
    const theirs = new Set(other.pred.map(key));
    for (const s of d.pred) if (!theirs.has(key(s))) note('added', s);
    for (const s of other.pred) if (!mine.has(key(s))) note('removed', s);
  });
  return audit;
}
