// Back-off per source on the injected clock, and the spacing reservation handed back when a
// waiting request aborts.
import { describe, expect, it } from 'vitest';
import { createSourcePacing } from './source-pacing';
import { RateLimitedError } from './types';

describe('source pacing', () => {
  it('backs one source off until Retry-After (or the default), never shortening a back-off', () => {
    let t = 1_000;
    const pacing = createSourcePacing(() => t, 60_000);
    expect(pacing.recordRateLimit('wiki', '10')).toBe(11_000);
    expect(() => pacing.check('wiki')).toThrow(RateLimitedError);
    expect(() => pacing.check('gdelt')).not.toThrow();
    expect(pacing.recordRateLimit('wiki', '1')).toBe(11_000);
    expect(pacing.recordRateLimit('gdelt', null)).toBe(61_000);
    t = 11_000;
    expect(() => pacing.check('wiki')).not.toThrow();
    expect(pacing.backoffUntil('wiki')).toBe(0);
    expect(pacing.backoffUntil('gdelt')).toBe(61_000);
  });

  it('does not wait without an interval or for the first request, and gives an aborted wait back', async () => {
    let t = 5_000;
    const pacing = createSourcePacing(() => t, 60_000);
    await pacing.waitForSpacing('gdelt', 0);
    await pacing.waitForSpacing('gdelt', 10_000);
    const abandon = new AbortController();
    const waiting = pacing.waitForSpacing('gdelt', 10_000, abandon.signal);
    abandon.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    // The aborted request had reserved the start at 15 000 (the next at 25 000); handed
    // back, a request at 15 000 starts at once instead of waiting until 25 000.
    t = 15_000;
    const started = await Promise.race([
      pacing.waitForSpacing('gdelt', 10_000).then(() => 'at once'),
      new Promise((r) => setTimeout(() => r('waited'), 1_000)),
    ]);
    expect(started).toBe('at once');
  });
});
