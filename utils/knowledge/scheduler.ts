// The one door to the network for the knowledge service. It enforces the network
// discipline of design.md: at most a few requests in flight overall, `credentials:
// 'omit'`, the Api-User-Agent header on Wikimedia requests, per-source spacing (GDELT:
// one request per 5 s), back-off after 429/503 Retry-After, abort on pointer leave, and
// typed errors (OfflineError, HttpError, RateLimitedError, BadResponseError) so callers
// can tell the reader what happened instead of failing silently. The in-flight limit is
// request-slots.ts, back-off and spacing per source source-pacing.ts.
import { abortError } from './abort';
import { createRequestSlots } from './request-slots';
import { createSourcePacing } from './source-pacing';
import { BadResponseError, HttpError, OfflineError, RateLimitedError, isAbortError } from './types';

export { abortError, sleep } from './abort';
export { parseRetryAfter } from './source-pacing';

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

/** Fetches once under the network rules, turning each failure into its typed error. */
async function sendRequest(
  doFetch: typeof fetch,
  req: ScheduledRequest,
  userAgent: string,
  onRateLimited: (retryAfter: string | null) => number,
  maxBodyChars: number,
): Promise<FetchedText> {
  const { signal } = req;
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
    const until = onRateLimited(res.headers.get('retry-after'));
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
}

/** Creates a scheduler. One per service: the in-flight limit is shared by every source. */
export function createScheduler(opts: SchedulerOptions = {}): Scheduler {
  const doFetch = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
  const maxBodyChars = opts.maxBodyChars ?? 4_000_000;
  const slots = createRequestSlots(Math.max(1, opts.maxInFlight ?? 3));
  const pacing = createSourcePacing(opts.now ?? Date.now, opts.defaultRetryAfterMs ?? 60_000);

  async function fetchText(req: ScheduledRequest): Promise<FetchedText> {
    const { signal } = req;
    if (signal?.aborted) throw abortError(signal);
    pacing.check(req.backoffKey);
    await pacing.waitForSpacing(req.backoffKey, req.minIntervalMs ?? 0, signal);
    pacing.check(req.backoffKey);
    await slots.acquire(signal);
    try {
      // Re-check: a request that waited may find its source backed off meanwhile.
      pacing.check(req.backoffKey);
      const onRateLimited = (retryAfter: string | null) => pacing.recordRateLimit(req.backoffKey, retryAfter);
      return await sendRequest(doFetch, req, userAgent, onRateLimited, maxBodyChars);
    } finally {
      slots.release();
    }
  }

  return {
    fetchText,
    get inFlight() {
      return slots.inFlight;
    },
    get queued() {
      return slots.queued;
    },
    backoffUntil: (key) => pacing.backoffUntil(key),
  };
}

/** Parses JSON, turning a syntax error into a {@link BadResponseError}. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadResponseError('invalid JSON');
  }
}

/** What a source module needs to make requests: the shared scheduler, base URLs, a clock. */
export interface SourceContext {
  scheduler: Scheduler;
  endpoints: import('./endpoints').Endpoints;
  now: () => number;
}
