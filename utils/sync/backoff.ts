// When to try again after sync failed (server down, offline): exponential backoff with
// jitter, capped, so a device that stays offline asks rarely and many devices coming back
// at once do not all ask in the same second. No loop ever runs without a delay.

export interface BackoffOptions {
  /** First delay (ms). */
  baseMs?: number;
  /** Longest delay (ms). */
  maxMs?: number;
  /** Source of randomness in [0, 1). */
  random?: () => number;
}

/**
 * Delay before try number `attempt` (1 = the first retry): base·2^(attempt−1), capped at
 * max, then scaled by a random factor in [0.5, 1] ("equal jitter"), never below base/2.
 */
export function backoffDelay(attempt: number, opts: BackoffOptions = {}): number {
  const base = opts.baseMs ?? 1000;
  const max = opts.maxMs ?? 5 * 60_000;
  const random = opts.random ?? Math.random;
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  const ceiling = Math.min(max, base * 2 ** Math.min(n - 1, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** Splits `items` into batches of at most `size` (payload limits: a request per batch). */
export function batches<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new RangeError('batch size must be at least 1');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
