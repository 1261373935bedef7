import { describe, expect, it } from 'vitest';
import { scoreDocuments, type ScoredDocument } from './evaluate';

const doc = (gold: ScoredDocument['gold'], pred: ScoredDocument['pred']): ScoredDocument => ({
  text: '',
  starts: [],
  ends: [],
  gold,
  pred,
});

describe('scoreDocuments', () => {
  it('pools documents scored by different models by adding their counts', () => {
    const a = doc([{ start: 0, end: 2, type: 'PER' }], [{ start: 0, end: 2, type: 'PER' }]);
    const b = doc([{ start: 0, end: 1, type: 'LOC' }], [{ start: 0, end: 1, type: 'ORG' }]);
    const pooled = scoreDocuments([a, b]);
    const per = pooled.byType.find((s) => s.type === 'PER')!;
    const loc = pooled.byType.find((s) => s.type === 'LOC')!;
    const org = pooled.byType.find((s) => s.type === 'ORG')!;
    expect([per.tp, per.fp, per.fn]).toEqual([1, 0, 0]);
    expect([loc.tp, loc.fp, loc.fn]).toEqual([0, 0, 1]);
    expect([org.tp, org.fp, org.fn]).toEqual([0, 1, 0]);
    expect(pooled.overall.f1).toBeCloseTo(0.5);
  });

  it('keeps spans of different documents apart', () => {
    // the same coordinates in two documents are two spans, not one
    const a = doc([{ start: 0, end: 1, type: 'PER' }], []);
    const b = doc([], [{ start: 0, end: 1, type: 'PER' }]);
    const per = scoreDocuments([a, b]).byType.find((s) => s.type === 'PER')!;
    expect([per.tp, per.fp, per.fn]).toEqual([0, 1, 1]);
  });
});
