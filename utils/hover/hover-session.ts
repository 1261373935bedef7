// The current hover and its transitions (begin, fetch, show, grace, end), each emitting what
// the owner must do. At most one hover is current; a timer or answer for a hover that is no
// longer current does nothing. hover-intent.ts maps pointer, card and keyboard input onto
// these transitions.
import { endEvents, mayShow, newHover } from './hover-record';
import type { HoverTimers } from './hover-timers';
import type { Hover, HoverClock, HoverEvent } from './hover-types';

export interface HoverSession<M, D> {
  /** The hover in progress, if any. */
  current(): Hover<M, D> | null;
  /** Ends the current hover and starts a new one for `mention`. */
  begin(mention: M, keyboard: boolean): Hover<M, D>;
  /** Ends the current hover: abort a request still open, hide a shown card. */
  end(restoreFocus: boolean): void;
  /** Requests the hover's data now (once). */
  fetch(h: Hover<M, D>): void;
  /** Shows the card if the hover is current and its card may show. */
  maybeShow(h: Hover<M, D>): void;
  /** Sets the dwell timers still to fire: fetch, then show. */
  scheduleDwell(h: Hover<M, D>): void;
  /** Starts the grace after the pointer left: the hover ends unless it comes back. */
  startGrace(h: Hover<M, D>): void;
}

export function createHoverSession<M, D>(
  emit: (event: HoverEvent<M, D>) => void,
  timers: HoverTimers,
  clock: HoverClock,
): HoverSession<M, D> {
  let nextToken = 1;
  let cur: Hover<M, D> | null = null;

  const end = (restoreFocus: boolean) => {
    const h = cur;
    if (!h) return;
    cur = null;
    timers.clearAll(h);
    for (const event of endEvents(h, restoreFocus)) emit(event);
  };

  const fetch = (h: Hover<M, D>) => {
    timers.clear(h, 'fetchTimer');
    if (h.fetched) return;
    h.fetched = true;
    emit({ type: 'fetch', token: h.token, mention: h.mention });
  };

  const maybeShow = (h: Hover<M, D>) => {
    if (cur !== h || !mayShow(h)) return;
    h.shown = true;
    emit({ type: 'show', token: h.token, mention: h.mention, data: h.data });
  };

  return {
    current: () => cur,
    begin: (mention, keyboard) => {
      end(false);
      cur = newHover<M, D>(nextToken++, mention, keyboard, clock.now());
      return cur;
    },
    end,
    fetch,
    maybeShow,
    scheduleDwell: (h) =>
      timers.scheduleDwell(
        h,
        () => {
          if (cur === h) fetch(h);
        },
        () => {
          if (cur !== h) return;
          h.showDue = true;
          maybeShow(h);
        },
      ),
    startGrace: (h) =>
      timers.startGrace(h, () => {
        if (cur === h && !h.overMention && !h.overCard) end(false);
      }),
  };
}
