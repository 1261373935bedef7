// A hover's timers on a fake clock: the dwell counts from when it started, a timer already
// set is not set twice, the grace restarts, and clearing cancels.
import { describe, expect, it } from 'vitest';
import { newHover } from './hover-record';
import { createHoverTimers } from './hover-timers';
import type { HoverClock } from './hover-types';

function fakeClock() {
  let t = 0;
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: HoverClock = {
    now: () => t,
    setTimeout: (fn, ms) => {
      timers.set(++id, { at: t + ms, fn });
      return id;
    },
    clearTimeout: (h) => void timers.delete(h as number),
  };
  const advance = (ms: number) => {
    t += ms;
    for (const [key, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > t) continue;
      timers.delete(key);
      timer.fn();
    }
  };
  return { clock, advance, pending: () => timers.size };
}

describe('hover timers', () => {
  it('fires fetch then show relative to when the dwell started', () => {
    const { clock, advance, pending } = fakeClock();
    const timers = createHoverTimers(clock, { fetchDelay: 150, showDelay: 500, hideDelay: 300 });
    const h = newHover<string, number>(1, 'Ada', false, 0);
    const fired: string[] = [];
    advance(100);
    timers.scheduleDwell(
      h,
      () => fired.push('fetch'),
      () => fired.push('show'),
    );
    timers.scheduleDwell(
      h,
      () => fired.push('fetch again'),
      () => fired.push('show again'),
    );
    expect(pending()).toBe(2);
    advance(50);
    expect(fired).toEqual(['fetch']);
    expect(h.fetchTimer).toBeUndefined();
    advance(349);
    expect(fired).toEqual(['fetch']);
    advance(1);
    expect(fired).toEqual(['fetch', 'show']);
  });

  it('restarts the grace, and clearAll cancels every timer', () => {
    const { clock, advance, pending } = fakeClock();
    const timers = createHoverTimers(clock, { fetchDelay: 150, showDelay: 500, hideDelay: 300 });
    const h = newHover<string, number>(1, 'Ada', false, 0);
    let over = 0;
    timers.startGrace(h, () => over++);
    advance(200);
    timers.startGrace(h, () => over++);
    advance(200);
    expect(over).toBe(0);
    advance(100);
    expect(over).toBe(1);
    timers.scheduleDwell(
      h,
      () => over++,
      () => over++,
    );
    timers.startGrace(h, () => over++);
    expect(pending()).toBe(3);
    timers.clearAll(h);
    expect(pending()).toBe(0);
    expect([h.fetchTimer, h.showTimer, h.graceTimer]).toEqual([undefined, undefined, undefined]);
  });
});
