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

/** Timer functions the machine uses (`globalThis` in the page, a fake clock in tests). */
export interface HoverClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

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

/** What the machine asks its owner to do. */
export type HoverEvent<M, D> =
  /** Request the data for `mention`; answer with `deliver(token, data)`. */
  | { type: 'fetch'; token: number; mention: M }
  /** Show the card. `data` is undefined when opened from the keyboard before it arrived. */
  | { type: 'show'; token: number; mention: M; data: D | undefined }
  /** Data arrived for a card that is already shown (keyboard opening). */
  | { type: 'update'; token: number; mention: M; data: D }
  /** The request for `token` is no longer wanted: cancel it. */
  | { type: 'abort'; token: number }
  /** Hide the card shown for `token`. */
  | { type: 'hide'; token: number }
  /** The card was closed with Esc: put focus back where the reader was. */
  | { type: 'restoreFocus'; mention: M };

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

interface Hover<M, D> {
  token: number;
  mention: M;
  /** When the dwell started (timers are relative to it, so a short gap does not reset it). */
  enteredAt: number;
  fetched: boolean;
  hasData: boolean;
  data: D | undefined;
  shown: boolean;
  /** The show delay has passed (the card shows once data is there and the pointer is on it). */
  showDue: boolean;
  /** Opened from the keyboard: pointer movements do not close it. */
  keyboard: boolean;
  overMention: boolean;
  overCard: boolean;
  fetchTimer: unknown;
  showTimer: unknown;
  graceTimer: unknown;
}

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

  let nextToken = 1;
  let cur: Hover<M, D> | null = null;
  let disposed = false;

  const clear = (h: Hover<M, D>, which: 'fetchTimer' | 'showTimer' | 'graceTimer') => {
    if (h[which] !== undefined) {
      clock.clearTimeout(h[which]);
      h[which] = undefined;
    }
  };

  /** Ends the current hover: abort a request still open, hide a shown card. */
  const end = (restoreFocus: boolean) => {
    const h = cur;
    if (!h) return;
    cur = null;
    clear(h, 'fetchTimer');
    clear(h, 'showTimer');
    clear(h, 'graceTimer');
    if (h.fetched && !h.hasData) emit({ type: 'abort', token: h.token });
    if (h.shown) {
      emit({ type: 'hide', token: h.token });
      if (restoreFocus) emit({ type: 'restoreFocus', mention: h.mention });
    }
  };

  const doFetch = (h: Hover<M, D>) => {
    clear(h, 'fetchTimer');
    if (h.fetched) return;
    h.fetched = true;
    emit({ type: 'fetch', token: h.token, mention: h.mention });
  };

  const maybeShow = (h: Hover<M, D>) => {
    if (cur !== h || h.shown || !h.showDue) return;
    if (!h.keyboard && (!h.hasData || !(h.overMention || h.overCard))) return;
    h.shown = true;
    emit({ type: 'show', token: h.token, mention: h.mention, data: h.data });
  };

  /** Schedules the dwell timers that have not fired yet, relative to `enteredAt`. */
  const scheduleDwell = (h: Hover<M, D>) => {
    const elapsed = clock.now() - h.enteredAt;
    if (!h.fetched && h.fetchTimer === undefined) {
      h.fetchTimer = clock.setTimeout(
        () => {
          h.fetchTimer = undefined;
          if (cur === h) doFetch(h);
        },
        Math.max(0, fetchDelay - elapsed),
      );
    }
    if (!h.showDue && h.showTimer === undefined) {
      h.showTimer = clock.setTimeout(
        () => {
          h.showTimer = undefined;
          if (cur !== h) return;
          h.showDue = true;
          maybeShow(h);
        },
        Math.max(0, showDelay - elapsed),
      );
    }
  };

  /** A new hover: from the pointer (over the mention, waiting for dwell) or the keyboard (show now). */
  const newHover = (mention: M, keyboard: boolean): Hover<M, D> => ({
    token: nextToken++,
    mention,
    enteredAt: clock.now(),
    fetched: false,
    hasData: false,
    data: undefined,
    shown: false,
    showDue: keyboard,
    keyboard,
    overMention: !keyboard,
    overCard: false,
    fetchTimer: undefined,
    showTimer: undefined,
    graceTimer: undefined,
  });

  const startGrace = (h: Hover<M, D>) => {
    clear(h, 'graceTimer');
    h.graceTimer = clock.setTimeout(() => {
      h.graceTimer = undefined;
      if (cur === h && !h.overMention && !h.overCard) end(false);
    }, hideDelay);
  };

  const enter = (mention: M) => {
    if (disposed) return;
    const h = cur;
    if (h && same(h.mention, mention)) {
      if (h.overMention) return;
      h.overMention = true;
      clear(h, 'graceTimer');
      if (!h.keyboard) scheduleDwell(h);
      maybeShow(h);
      return;
    }
    end(false);
    const fresh = newHover(mention, false);
    cur = fresh;
    scheduleDwell(fresh);
  };

  const leave = () => {
    const h = cur;
    if (disposed || !h || !h.overMention) return;
    h.overMention = false;
    if (h.keyboard) return;
    // Not requested yet: the request is simply not made. The dwell clock keeps its start so
    // that coming back within the grace (a gap inside the name) does not start over.
    clear(h, 'fetchTimer');
    if (!h.overCard) startGrace(h);
  };

  return {
    enter,
    leave,
    point(mention) {
      if (mention === null) leave();
      else enter(mention);
    },
    enterCard() {
      const h = cur;
      if (disposed || !h || !h.shown) return;
      h.overCard = true;
      clear(h, 'graceTimer');
    },
    leaveCard() {
      const h = cur;
      if (disposed || !h || !h.overCard) return;
      h.overCard = false;
      if (!h.keyboard && !h.overMention) startGrace(h);
    },
    deliver(token, data) {
      const h = cur;
      if (disposed || !h || h.token !== token || !h.fetched || h.hasData) return;
      h.hasData = true;
      h.data = data;
      if (h.shown) emit({ type: 'update', token, mention: h.mention, data });
      else maybeShow(h);
    },
    openNow(mention) {
      if (disposed) return;
      const h = cur;
      if (h && same(h.mention, mention) && h.shown) {
        h.keyboard = true;
        clear(h, 'graceTimer');
        return;
      }
      end(false);
      const fresh = newHover(mention, true);
      cur = fresh;
      doFetch(fresh);
      maybeShow(fresh);
    },
    escape() {
      if (!disposed) end(true);
    },
    reset() {
      if (!disposed) end(false);
    },
    current() {
      return cur ? { token: cur.token, mention: cur.mention, shown: cur.shown } : null;
    },
    dispose() {
      end(false);
      disposed = true;
    },
  };
}
