// Pure rules about one hover (hover-types.ts): how it starts, when its card may show, and
// what ending it asks of the owner. The machine (hover-intent.ts) decides which hover is
// current; these functions only read and build one.
import type { Hover, HoverEvent } from './hover-types';

/** A new hover: from the pointer (over the mention, waiting for dwell) or the keyboard (show now). */
export function newHover<M, D>(token: number, mention: M, keyboard: boolean, now: number): Hover<M, D> {
  return {
    token,
    mention,
    enteredAt: now,
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
  };
}

/**
 * Whether the hover's card may show now: not shown yet, the show delay has passed, and,
 * unless opened from the keyboard, the data is there and the pointer is on the name or card.
 */
export function mayShow(h: Hover<unknown, unknown>): boolean {
  if (h.shown || !h.showDue) return false;
  return h.keyboard || (h.hasData && (h.overMention || h.overCard));
}

/** What ending the hover asks of the owner, in order: abort an open request, hide a shown card. */
export function endEvents<M, D>(h: Hover<M, D>, restoreFocus: boolean): HoverEvent<M, D>[] {
  const out: HoverEvent<M, D>[] = [];
  if (h.fetched && !h.hasData) out.push({ type: 'abort', token: h.token });
  if (h.shown) {
    out.push({ type: 'hide', token: h.token });
    if (restoreFocus) out.push({ type: 'restoreFocus', mention: h.mention });
  }
  return out;
}
