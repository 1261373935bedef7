// The timers of one hover against the injected clock: the dwell (fetch, then show, both
// relative to when the dwell started, so a short gap does not start it over) and the grace
// after the pointer leaves. The machine passes what to do when each fires.
import type { Hover, HoverClock } from './hover-types';

type TimerField = 'fetchTimer' | 'showTimer' | 'graceTimer';

export interface HoverDelays {
  fetchDelay: number;
  showDelay: number;
  hideDelay: number;
}

export interface HoverTimers {
  /** Cancels one timer of the hover, if set. */
  clear(h: Hover<unknown, unknown>, which: TimerField): void;
  /** Cancels every timer of the hover. */
  clearAll(h: Hover<unknown, unknown>): void;
  /** Sets the dwell timers that have not fired yet, relative to `enteredAt`. */
  scheduleDwell(h: Hover<unknown, unknown>, onFetchDue: () => void, onShowDue: () => void): void;
  /** (Re)starts the grace period after the pointer left. */
  startGrace(h: Hover<unknown, unknown>, onGraceOver: () => void): void;
}

export function createHoverTimers(clock: HoverClock, delays: HoverDelays): HoverTimers {
  const clear = (h: Hover<unknown, unknown>, which: TimerField): void => {
    if (h[which] !== undefined) {
      clock.clearTimeout(h[which]);
      h[which] = undefined;
    }
  };
  /** Sets one timer; it forgets its handle when it fires. */
  const arm = (h: Hover<unknown, unknown>, which: TimerField, ms: number, fire: () => void): void => {
    h[which] = clock.setTimeout(
      () => {
        h[which] = undefined;
        fire();
      },
      Math.max(0, ms),
    );
  };
  return {
    clear,
    clearAll: (h) => {
      clear(h, 'fetchTimer');
      clear(h, 'showTimer');
      clear(h, 'graceTimer');
    },
    scheduleDwell: (h, onFetchDue, onShowDue) => {
      const elapsed = clock.now() - h.enteredAt;
      if (!h.fetched && h.fetchTimer === undefined) arm(h, 'fetchTimer', delays.fetchDelay - elapsed, onFetchDue);
      if (!h.showDue && h.showTimer === undefined) arm(h, 'showTimer', delays.showDelay - elapsed, onShowDue);
    },
    startGrace: (h, onGraceOver) => {
      clear(h, 'graceTimer');
      arm(h, 'graceTimer', delays.hideDelay, onGraceOver);
    },
  };
}
