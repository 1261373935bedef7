// Hover intent timing on a fake clock: every path of Page Previews' behaviour, and no flicker
// when the pointer slips off a name for a moment.
import { describe, expect, it } from 'vitest';
import { createHoverIntent, type HoverClock, type HoverEvent } from './hover-intent';

/** A manual clock: `advance(ms)` runs due timers in order. */
function fakeClock() {
  let t = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void; seq: number }>();
  const clock: HoverClock = {
    now: () => t,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: t + ms, fn, seq: id });
      return id;
    },
    clearTimeout(h) {
      timers.delete(h as number);
    },
  };
  const advance = (ms: number) => {
    const end = t + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void; seq: number }] | undefined;
      for (const e of timers) {
        if (e[1].at <= end && (!next || e[1].at < next[1].at || (e[1].at === next[1].at && e[1].seq < next[1].seq)))
          next = e;
      }
      if (!next) break;
      timers.delete(next[0]);
      t = next[1].at;
      next[1].fn();
    }
    t = end;
  };
  return { clock, advance, pending: () => timers.size };
}

type M = { id: string };
const A: M = { id: 'a' };
const B: M = { id: 'b' };

function setup(opts: { showDelayMs?: number } = {}) {
  const { clock, advance, pending } = fakeClock();
  const events: HoverEvent<M, string>[] = [];
  const intent = createHoverIntent<M, string>((e) => events.push(e), { clock, ...opts });
  const types = () => events.map((e) => e.type);
  const lastToken = () => {
    const f = [...events].reverse().find((e) => e.type === 'fetch');
    return f && 'token' in f ? f.token : -1;
  };
  return { intent, events, advance, types, lastToken, pending };
}

describe('hover intent', () => {
  it('fetches after 150 ms and shows at 500 ms when the data is ready', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(149);
    expect(s.types()).toEqual([]);
    s.advance(1);
    expect(s.events).toEqual([{ type: 'fetch', token: 1, mention: A }]);
    s.intent.deliver(1, 'data');
    s.advance(349);
    expect(s.types()).toEqual(['fetch']);
    s.advance(1);
    expect(s.events[1]).toEqual({ type: 'show', token: 1, mention: A, data: 'data' });
  });

  it('shows when data arrives after the show delay while still hovering', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(800);
    expect(s.types()).toEqual(['fetch']);
    s.intent.deliver(1, 'late');
    expect(s.events[1]).toEqual({ type: 'show', token: 1, mention: A, data: 'late' });
  });

  it('uses the reader setting for the show delay', () => {
    const s = setup({ showDelayMs: 1000 });
    s.intent.enter(A);
    s.advance(150);
    s.intent.deliver(s.lastToken(), 'd');
    s.advance(849);
    expect(s.types()).toEqual(['fetch']);
    s.advance(1);
    expect(s.types()).toEqual(['fetch', 'show']);
  });

  it('leaving before the fetch delay makes no request at all', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(100);
    s.intent.leave();
    s.advance(2000);
    expect(s.events).toEqual([]);
    expect(s.pending()).toBe(0);
  });

  it('leaving after the fetch but before show aborts that token after the grace', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(200);
    s.intent.leave();
    s.advance(299);
    expect(s.types()).toEqual(['fetch']);
    s.advance(1);
    expect(s.events[1]).toEqual({ type: 'abort', token: 1 });
    s.advance(1000);
    expect(s.types()).toEqual(['fetch', 'abort']);
  });

  it('hides 300 ms after leaving a shown card', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(150);
    s.intent.deliver(1, 'd');
    s.advance(400);
    s.intent.leave();
    s.advance(299);
    expect(s.types()).toEqual(['fetch', 'show']);
    s.advance(1);
    expect(s.events[2]).toEqual({ type: 'hide', token: 1 });
  });

  it('does not hide while the pointer is in the card, and hides after leaving it', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(150);
    s.intent.deliver(1, 'd');
    s.advance(400);
    s.intent.leave();
    s.advance(200);
    s.intent.enterCard();
    s.advance(5000);
    expect(s.types()).toEqual(['fetch', 'show']);
    s.intent.leaveCard();
    s.advance(300);
    expect(s.types()).toEqual(['fetch', 'show', 'hide']);
  });

  it('moving from the card back onto the mention keeps the card', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(150);
    s.intent.deliver(1, 'd');
    s.advance(400);
    s.intent.leave();
    s.intent.enterCard();
    s.intent.leaveCard();
    s.advance(100);
    s.intent.enter(A);
    s.advance(5000);
    expect(s.types()).toEqual(['fetch', 'show']);
  });

  it('moving to another mention aborts the old token and starts a new one', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(200);
    s.intent.enter(B);
    expect(s.events[1]).toEqual({ type: 'abort', token: 1 });
    s.advance(150);
    expect(s.events[2]).toEqual({ type: 'fetch', token: 2, mention: B });
    s.intent.deliver(2, 'b');
    s.advance(350);
    expect(s.events[3]).toEqual({ type: 'show', token: 2, mention: B, data: 'b' });
  });

  it('moving to another mention hides a shown card', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(150);
    s.intent.deliver(1, 'a');
    s.advance(350);
    s.intent.enter(B);
    expect(s.types()).toEqual(['fetch', 'show', 'hide']);
  });

  it('drops responses for stale tokens', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(200);
    s.intent.enter(B);
    s.advance(150);
    s.intent.deliver(1, 'stale');
    s.advance(1000);
    expect(s.types()).toEqual(['fetch', 'abort', 'fetch']);
    s.intent.deliver(2, 'fresh');
    expect(s.events[3]).toMatchObject({ type: 'show', token: 2, data: 'fresh' });
    s.intent.deliver(2, 'again');
    expect(s.events).toHaveLength(4);
  });

  it('no flicker when the pointer moves within the same mention', () => {
    const s = setup();
    s.intent.enter(A);
    for (let i = 0; i < 20; i++) {
      s.advance(16);
      s.intent.enter(A);
      if (i === 10) s.intent.deliver(1, 'd');
    }
    s.advance(500);
    for (let i = 0; i < 50; i++) {
      s.advance(16);
      s.intent.point(A);
    }
    expect(s.types()).toEqual(['fetch', 'show']);
  });

  it('no flicker when the pointer crosses the gap between two words of one name', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(150);
    s.intent.deliver(1, 'd');
    s.advance(400);
    s.intent.point(null);
    s.advance(40);
    s.intent.point(A);
    s.advance(2000);
    expect(s.types()).toEqual(['fetch', 'show']);
  });

  it('a gap during the dwell neither restarts it nor requests twice', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(100);
    s.intent.leave();
    s.advance(30);
    s.intent.enter(A);
    s.advance(20);
    expect(s.types()).toEqual(['fetch']);
    s.intent.leave();
    s.advance(30);
    s.intent.enter(A);
    s.intent.deliver(1, 'd');
    s.advance(370);
    expect(s.types()).toEqual(['fetch', 'show']);
  });

  it('does not show while the pointer is away, but does on return within the grace', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(150);
    s.intent.deliver(1, 'd');
    s.advance(300);
    s.intent.leave();
    s.advance(100);
    expect(s.types()).toEqual(['fetch']);
    s.intent.enter(A);
    expect(s.types()).toEqual(['fetch', 'show']);
  });

  it('keyboard: openNow fetches and shows at once, then updates with the data', () => {
    const s = setup();
    s.intent.openNow(A);
    expect(s.events).toEqual([
      { type: 'fetch', token: 1, mention: A },
      { type: 'show', token: 1, mention: A, data: undefined },
    ]);
    s.intent.deliver(1, 'd');
    expect(s.events[2]).toEqual({ type: 'update', token: 1, mention: A, data: 'd' });
    // Pointer movements elsewhere on the page do not close a keyboard card.
    s.intent.leave();
    s.advance(5000);
    expect(s.events).toHaveLength(3);
  });

  it('keyboard: a synchronous answer shows with its data', () => {
    const { clock } = fakeClock();
    const events: HoverEvent<M, string>[] = [];
    const intent = createHoverIntent<M, string>(
      (e) => {
        events.push(e);
        if (e.type === 'fetch') intent.deliver(e.token, 'cached');
      },
      { clock },
    );
    intent.openNow(A);
    expect(events.map((e) => e.type)).toEqual(['fetch', 'show']);
    expect(events[1]).toMatchObject({ data: 'cached' });
  });

  it('escape hides at once and asks for focus back', () => {
    const s = setup();
    s.intent.openNow(A);
    s.intent.deliver(1, 'd');
    s.intent.escape();
    expect(s.types()).toEqual(['fetch', 'show', 'update', 'hide', 'restoreFocus']);
    expect(s.events[4]).toEqual({ type: 'restoreFocus', mention: A });
  });

  it('escape on a pointer card hides without the grace period', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(150);
    s.intent.deliver(1, 'd');
    s.advance(350);
    s.intent.escape();
    expect(s.types()).toEqual(['fetch', 'show', 'hide', 'restoreFocus']);
    s.advance(1000);
    expect(s.events).toHaveLength(4);
    s.intent.escape();
    expect(s.events).toHaveLength(4);
  });

  it('escape before the card shows aborts the request and restores nothing', () => {
    const s = setup();
    s.intent.enter(A);
    s.advance(200);
    s.intent.escape();
    expect(s.types()).toEqual(['fetch', 'abort']);
  });

  it('dispose clears every timer', () => {
    const s = setup();
    s.intent.enter(A);
    s.intent.dispose();
    expect(s.pending()).toBe(0);
    s.intent.enter(B);
    s.advance(1000);
    expect(s.events).toEqual([]);
  });
});
