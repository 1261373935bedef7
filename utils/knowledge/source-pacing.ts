// Per-source pacing for the scheduler: back-off after 429/503 Retry-After (a source backed
// off fails fast with RateLimitedError) and a minimum spacing between the starts of two
// requests to one source (GDELT asks for one per 5 s). A source is its back-off key.
import { sleep } from './abort';
import { RateLimitedError } from './types';

export interface SourcePacing {
  /** Throws {@link RateLimitedError} while `key` is backed off. */
  check(key: string): void;
  /**
   * Reserves the next start for `key` at least `intervalMs` after the previous one and waits
   * for it; an abort while waiting gives the reservation back if nobody queued behind it.
   */
  waitForSpacing(key: string, intervalMs: number, signal?: AbortSignal): Promise<void>;
  /** Backs `key` off after a rate-limit answer; returns until when. */
  recordRateLimit(key: string, retryAfterHeader: string | null): number;
  /** Until when (ms since epoch) `key` is backed off, or 0. */
  backoffUntil(key: string): number;
}

export function createSourcePacing(now: () => number, defaultRetryAfterMs: number): SourcePacing {
  const backoff = new Map<string, number>();
  const nextSlotAt = new Map<string, number>();
  return {
    check(key) {
      const until = backoff.get(key) ?? 0;
      if (until > now()) throw new RateLimitedError(until, key);
    },
    async waitForSpacing(key, interval, signal) {
      if (interval <= 0) return;
      const t = now();
      const at = Math.max(t, nextSlotAt.get(key) ?? 0);
      nextSlotAt.set(key, at + interval);
      if (at <= t) return;
      try {
        await sleep(at - t, signal);
      } catch (err) {
        // Give the reserved slot back if nobody queued behind it.
        if (nextSlotAt.get(key) === at + interval) nextSlotAt.set(key, at);
        throw err;
      }
    },
    recordRateLimit(key, retryAfterHeader) {
      const retryAfter = parseRetryAfter(retryAfterHeader, now());
      const until = now() + (retryAfter ?? defaultRetryAfterMs);
      backoff.set(key, Math.max(until, backoff.get(key) ?? 0));
      return backoff.get(key)!;
    },
    backoffUntil(key) {
      const until = backoff.get(key) ?? 0;
      return until > now() ? until : 0;
    },
  };
}

/**
 * Parses a Retry-After header (delta seconds or an HTTP date) into milliseconds from
 * `nowMs`; `undefined` when absent or unreadable. Capped at one day so a broken header
 * cannot silence a source for good.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  let ms: number | undefined;
  if (/^\d+$/.test(v)) ms = Number(v) * 1000;
  else {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) ms = Math.max(0, t - nowMs);
  }
  return ms === undefined ? undefined : Math.min(ms, 86_400_000);
}
