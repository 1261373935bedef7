// The current hover's transitions: beginning a new hover ends the old one (abort, hide), and
// a timer of a hover that is no longer current does nothing.
import { describe, expect, it } from 'vitest';
import { createHoverSession } from './hover-session';
import { createHoverTimers } from './hover-timers';
import type { HoverClock, HoverEvent } from './hover-types';

function setup() {
  const pending: Array<() => void> = [];
  const clock: HoverClock = {
    now: () => 0,
    setTimeout: (fn) => pending.push(fn),
    clearTimeout: () => undefined,
  };
  const events: HoverEvent<string, number>[] = [];
  const timers = createHoverTimers(clock, { fetchDelay: 0, showDelay: 0, hideDelay: 0 });
  const session = createHoverSession<string, number>((e) => events.push(e), timers, clock);
  return { session, events, pending };
}

describe('hover session', () => {
  it('ends the shown hover when another begins, with fresh tokens', () => {
    const { session, events } = setup();
    const first = session.begin('Ada', true);
    session.fetch(first);
    session.maybeShow(first);
    const second = session.begin('Grace', false);
    expect(second.token).toBe(first.token + 1);
    expect(session.current()).toBe(second);
    expect(events).toEqual([
      { type: 'fetch', token: 1, mention: 'Ada' },
      { type: 'show', token: 1, mention: 'Ada', data: undefined },
      { type: 'abort', token: 1 },
      { type: 'hide', token: 1 },
    ]);
  });

  it('ignores the dwell and grace timers of a hover that is no longer current', () => {
    const { session, events, pending } = setup();
    const old = session.begin('Ada', false);
    session.scheduleDwell(old);
    session.startGrace(old);
    session.begin('Grace', false);
    for (const fire of pending) fire();
    expect(events).toEqual([]);
    expect(old.showDue).toBe(false);
    expect(session.current()?.mention).toBe('Grace');
  });
});
