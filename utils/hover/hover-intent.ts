// Hover intent for mention cards, timed like Wikipedia's Page Previews: start fetching after a
// short dwell, show a little later if the data is there (or as soon as it arrives while the
// pointer is still on the name), hide after a grace period so the reader can move into the
// card. Each hover gets a token; anything that arrives for an old token is dropped, and a
// request that is no longer wanted is aborted. A pure state machine: the clock and timers are
// injected, events go to one callback, nothing here touches the DOM.
//
// Leaving is never acted on at once (except before the fetch: then the fetch is simply not
// made). The grace period is what keeps the card from flickering when the pointer slips into
// the gap between two words of one name, between the lines of a wrapped name, or across to
// the card.
//
// This module maps input onto the current hover's transitions (hover-session.ts); one
// hover's rules are in hover-record.ts, its timers in hover-timers.ts, its shapes in
// hover-types.ts.
import { createHoverSession } from './hover-session';
import { createHoverTimers } from './hover-timers';
import type { HoverClock, HoverEvent } from './hover-types';

export type { HoverClock, HoverEvent } from './hover-types';

export interface HoverIntentOptions<M> {
  /** Dwell before the data is requested. Default 150 ms. */
  fetchDelayMs?: number;
  /** Dwell before the card is shown (the reader's setting). Default 500 ms. */
  showDelayMs?: number;
  /** Grace after the pointer leaves the mention or the card. Default 300 ms. */
  hideDelayMs?: number;
  /** Whether two mentions are the same one. Default: `===`. */
  sameMention?: (a: M, b: M) => boolean;
  clock?: HoverClock;
}

export interface HoverIntent<M, D> {
  /** The pointer is over `mention` (call on every move; repeated calls for one mention are no-ops). */
  enter(mention: M): void;
  /** The pointer is over no mention. */
  leave(): void;
  /** Convenience for pointer moves: `enter(m)` or `leave()`. */
  point(mention: M | null): void;
  /** The pointer entered the card: no hide while it stays there. */
  enterCard(): void;
  /** The pointer left the card: hide after the grace period unless it comes back. */
  leaveCard(): void;
  /** Data for `token` arrived. Ignored unless `token` is the current one. */
  deliver(token: number, data: D): void;
  /** Keyboard: open the card for `mention` at once, without delays. */
  openNow(mention: M): void;
  /** Keyboard: hide at once and ask for focus to be restored. */
  escape(): void;
  /** Close whatever is open or pending without restoring focus (page hidden, navigation). */
  reset(): void;
  /** The current hover, for the owner's bookkeeping. */
  current(): { token: number; mention: M; shown: boolean } | null;
  /** Clears every timer; the machine is unusable afterwards. */
  dispose(): void;
}

/** Page Previews' timings; `showDelayMs` is the reader's setting. */
export const HOVER_DEFAULTS = Object.freeze({ fetchDelayMs: 150, showDelayMs: 500, hideDelayMs: 300 });

const realClock: HoverClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Creates the hover state machine; `emit` receives every event synchronously. */
export function createHoverIntent<M, D>(
  emit: (event: HoverEvent<M, D>) => void,
  options: HoverIntentOptions<M> = {},
): HoverIntent<M, D> {
  const fetchDelay = options.fetchDelayMs ?? HOVER_DEFAULTS.fetchDelayMs;
  const showDelay = Math.max(options.showDelayMs ?? HOVER_DEFAULTS.showDelayMs, fetchDelay);
  const hideDelay = options.hideDelayMs ?? HOVER_DEFAULTS.hideDelayMs;
  const same = options.sameMention ?? ((a: M, b: M) => a === b);
  const clock = options.clock ?? realClock;
  const timers = createHoverTimers(clock, { fetchDelay, showDelay, hideDelay });
  const session = createHoverSession<M, D>(emit, timers, clock);
  let disposed = false;

  const enter = (mention: M) => {
    if (disposed) return;
    const h = session.current();
    if (h && same(h.mention, mention)) {
      if (h.overMention) return;
      h.overMention = true;
      timers.clear(h, 'graceTimer');
      if (!h.keyboard) session.scheduleDwell(h);
      session.maybeShow(h);
      return;
    }
    session.scheduleDwell(session.begin(mention, false));
  };

  const leave = () => {
    const h = session.current();
    if (disposed || !h || !h.overMention) return;
    h.overMention = false;
    if (h.keyboard) return;
    // Not requested yet: the request is simply not made. The dwell clock keeps its start so
    // that coming back within the grace (a gap inside the name) does not start over.
    timers.clear(h, 'fetchTimer');
    if (!h.overCard) session.startGrace(h);
  };

  return {
    enter,
    leave,
    point(mention) {
      if (mention === null) leave();
      else enter(mention);
    },
    enterCard() {
      const h = session.current();
      if (disposed || !h || !h.shown) return;
      h.overCard = true;
      timers.clear(h, 'graceTimer');
    },
    leaveCard() {
      const h = session.current();
      if (disposed || !h || !h.overCard) return;
      h.overCard = false;
      if (!h.keyboard && !h.overMention) session.startGrace(h);
    },
    deliver(token, data) {
      const h = session.current();
      if (disposed || !h || h.token !== token || !h.fetched || h.hasData) return;
      h.hasData = true;
      h.data = data;
      if (h.shown) emit({ type: 'update', token, mention: h.mention, data });
      else session.maybeShow(h);
    },
    openNow(mention) {
      if (disposed) return;
      const h = session.current();
      if (h && same(h.mention, mention) && h.shown) {
        h.keyboard = true;
        timers.clear(h, 'graceTimer');
        return;
      }
      const fresh = session.begin(mention, true);
      session.fetch(fresh);
      session.maybeShow(fresh);
    },
    escape() {
      if (!disposed) session.end(true);
    },
    reset() {
      if (!disposed) session.end(false);
    },
    current() {
      const cur = session.current();
      return cur ? { token: cur.token, mention: cur.mention, shown: cur.shown } : null;
    },
    dispose() {
      session.end(false);
      disposed = true;
    },
  };
}
