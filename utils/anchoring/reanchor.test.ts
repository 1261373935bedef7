// Re-anchoring on real pages (a fixed subset of the shared fixtures, fixed seed): the
// same measurement as bench/reanchor.ts, with the product's thresholds as assertions.
// Speed is not asserted here (budgets live in `npm run bench`).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchReanchor } from '../../bench/reanchor';

const FIXTURES = '/work/shared/fixtures/pages';

describe.skipIf(!existsSync(FIXTURES))('re-anchoring on real pages', () => {
  it('keeps unchanged quotes, finds edited ones, never anchors to the wrong text, loses nothing', async () => {
    const figures = await benchReanchor({ pages: 8, seed: 20240601, timing: false, print: false });
    expect(figures.pages).toBe(8);
    expect(figures.reanchor_correct_pct).toBeGreaterThanOrEqual(99);
    expect(figures.reanchor_edit_correct_pct).toBeGreaterThanOrEqual(90);
    expect(figures.reanchor_wrong).toBe(0);
    expect(figures.reanchor_lost).toBe(0);
  }, 60_000);
});
