// The one door to the network for the knowledge service. It enforces the network
// discipline of design.md: at most a few requests in flight overall, `credentials:
// 'omit'`, the Api-User-Agent header on Wikimedia requests, per-source spacing (GDELT:
// one request per 5 s), back-off after 429/503 Retry-After, abort on pointer leave, and
// typed errors (OfflineError, HttpError, RateLimitedError, BadResponseError) so callers
// can tell the reader what happened instead of failing silently.
import { BadResponseError, HttpError, OfflineError, RateLimitedError, isAbortError } from './types';

/** Header Wikimedia asks browser clients to send (browsers cannot set User-Agent). */
export const DEFAULT_USER_AGENT = 'Gloss/0.1 (browser extension; contact via project page)';

/** Options of {@link createScheduler}. */
export interface SchedulerOptions {
  /** Injected for tests; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Requests in flight at once, over all sources. Default 3 (Wikimedia's guidance). */
  maxInFlight?: number;
  /** Value of the `Api-User-Agent` header on Wikimedia requests. */
  userAgent?: string;
  now?: () => number;
  /** Back-off after a 429 that carries no Retry-After. Default 60 s. */
  defaultRetryAfterMs?: number;
  /** Bodies longer than this (characters) are rejected. Default 4 M. */
  maxBodyChars?: number;
}

/** One request. */
export interface ScheduledRequest {
  url: string;
  /**
   * What a back-off applies to: the source's base URL (one wiki, Wikidata, GDELT). In
   * production that is the host; against a fake upstream every source shares a host,
   * so the key keeps them apart.
   */
  backoffKey: string;
  /** Adds the Api-User-Agent header (Wikipedia and Wikidata only). */
  wikimedia?: boolean;
  accept?: string;
  signal?: AbortSignal;
  /** Minimum time between the starts of two requests with the same `backoffKey`. */
  minIntervalMs?: number;
}

/** A response with its body read as text. Non-2xx statuses other than 404 throw. */
export interface FetchedText {
  status: number;
  contentType: string;
  text: string;
}

/** The scheduler's interface. */
export interface Scheduler {
  /**
   * Fetches `req.url` under the network rules and returns the body as text. A 404 is
   * returned (callers decide what "missing" means); other failures throw typed errors;
   * an abort rejects with an `AbortError`.
   */
  fetchText(req: ScheduledRequest): Promise<FetchedText>;
  /** Requests currently on the wire. */
  readonly inFlight: number;
  /** Requests waiting for a slot. */
  readonly queued: number;
  /** Until when (ms since epoch) `key` is backed off, or 0. */
  backoffUntil(key: string): number;
}

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** Creates a scheduler. One per service: the in-flight limit is shared by every source. */
export function createScheduler(opts: SchedulerOptions = {}): Scheduler {
  const doFetch = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const maxInFlight = Math.max(1, opts.maxInFlight ?? 3);
  const userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
  const now = opts.now ?? Date.now;
  const defaultRetryAfterMs = opts.defaultRetryAfterMs ?? 60_000;
  const maxBodyChars = opts.maxBodyChars ?? 4_000_000;

  let inFlight = 0;
  const waiters: Waiter[] = [];
  const backoff = new Map<string, number>();
  const nextSlotAt = new Map<string, number>();

  function checkBackoff(key: string): void {
    const until = backoff.get(key) ?? 0;
    if (until > now()) throw new RateLimitedError(until, key);
  }

  function acquire(signal: AbortSignal | undefined): Promise<void> {
    if (inFlight < maxInFlight) {
      inFlight++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        reject,
      };
      // A request abandoned while queued must give its place up, not hold it.
      const onAbort = () => {
        const i = waiters.indexOf(waiter);
        if (i >= 0) waiters.splice(i, 1);
        reject(abortError(signal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiters.push(waiter);
    });
  }

  function release(): void {
    const next = waiters.shift();
    // The slot passes straight to the next waiter, so inFlight stays the same.
    if (next) next.resolve();
    else inFlight--;
  }

  async function waitForSpacing(req: ScheduledRequest): Promise<void> {
    const interval = req.minIntervalMs ?? 0;
    if (interval <= 0) return;
    const t = now();
    const at = Math.max(t, nextSlotAt.get(req.backoffKey) ?? 0);
    nextSlotAt.set(req.backoffKey, at + interval);
    if (at <= t) return;
    try {
      await sleep(at - t, req.signal);
    } catch (err) {
      // Give the reserved slot back if nobody queued behind it.
      if (nextSlotAt.get(req.backoffKey) === at + interval) nextSlotAt.set(req.backoffKey, at);
      throw err;
    }
  }

  function recordRateLimit(key: string, res: Response): number {
    const retryAfter = parseRetryAfter(res.headers.get('retry-after'), now());
    const until = now() + (retryAfter ?? defaultRetryAfterMs);
    backoff.set(key, Math.max(until, backoff.get(key) ?? 0));
    return backoff.get(key)!;
  }

  async function fetchText(req: ScheduledRequest): Promise<FetchedText> {
    const { signal } = req;
    if (signal?.aborted) throw abortError(signal);
    checkBackoff(req.backoffKey);
    await waitForSpacing(req);
    checkBackoff(req.backoffKey);
    await acquire(signal);
    try {
      // Re-check: a request that waited may find its source backed off meanwhile.
      checkBackoff(req.backoffKey);
      const headers: Record<string, string> = { Accept: req.accept ?? 'application/json' };
      if (req.wikimedia) headers['Api-User-Agent'] = userAgent;
      let res: Response;
      try {
        res = await doFetch(req.url, {
          method: 'GET',
          headers,
          credentials: 'omit',
          // No referrer: the page being read is nobody else's business.
          referrerPolicy: 'no-referrer',
          redirect: 'follow',
          signal,
        });
      } catch (err) {
        if (signal?.aborted || isAbortError(err)) throw abortError(signal);
        throw new OfflineError(err instanceof Error ? err.message : 'network error');
      }
      const hasRetryAfter = res.headers.get('retry-after') !== null;
      if (res.status === 429 || (res.status === 503 && hasRetryAfter)) {
        const until = recordRateLimit(req.backoffKey, res);
        // Drain the body so the connection can be reused; its content does not matter.
        await res.text().catch(() => undefined);
        throw new RateLimitedError(until, req.backoffKey);
      }
      if (!res.ok && res.status !== 404) {
        await res.text().catch(() => undefined);
        throw new HttpError(res.status, req.url);
      }
      let text: string;
      try {
        text = await res.text();
      } catch (err) {
        if (signal?.aborted || isAbortError(err)) throw abortError(signal);
        throw new OfflineError(err instanceof Error ? err.message : 'body read failed');
      }
      if (text.length > maxBodyChars) throw new BadResponseError('response body too large');
      return { status: res.status, contentType: res.headers.get('content-type') ?? '', text };
    } finally {
      release();
    }
  }

  return {
    fetchText,
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return waiters.length;
    },
    backoffUntil(key: string) {
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

/** Parses JSON, turning a syntax error into a {@link BadResponseError}. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadResponseError('invalid JSON');
  }
}

/** The error to reject with when `signal` aborted: its reason if that is an abort error. */
export function abortError(signal: AbortSignal | undefined): unknown {
  const reason: unknown = signal?.reason;
  return isAbortError(reason) ? reason : new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolves after `ms`, or rejects with an AbortError when `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** What a source module needs to make requests: the shared scheduler, base URLs, a clock. */
export interface SourceContext {
  scheduler: Scheduler;
  endpoints: import('./endpoints').Endpoints;
  now: () => number;
}
