// The shapes of the hover-intent machine (hover-intent.ts): the clock it is given, the events
// it emits to its owner, and what it keeps about the one hover in progress.

/** Timer functions the machine uses (`globalThis` in the page, a fake clock in tests). */
export interface HoverClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
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

/** The hover in progress. */
export interface Hover<M, D> {
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
