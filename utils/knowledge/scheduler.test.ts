import { describe, expect, it, vi } from 'vitest';
import { createScheduler, DEFAULT_USER_AGENT, parseRetryAfter } from './scheduler';
import { BadResponseError, HttpError, OfflineError, RateLimitedError } from './types';

/** A fetch whose responses the test releases by hand. */
function manualFetch() {
  const calls: Array<{ url: string; init: RequestInit; resolve: (r: Response) => void; reject: (e: unknown) => void }> =
    [];
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const call = { url: String(input), init: init ?? {}, resolve, reject };
      calls.push(call);
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    })) as typeof globalThis.fetch;
  return { fetch, calls };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const req = (url: string, extra: Partial<Parameters<ReturnType<typeof createScheduler>['fetchText']>[0]> = {}) => ({
  url,
  backoffKey: 'https://en.wikipedia.org',
  ...extra,
});

describe('scheduler', () => {
  it('keeps at most 3 requests in flight and starts queued ones as slots free', async () => {
    const { fetch, calls } = manualFetch();
    const s = createScheduler({ fetch });
    const results = Array.from({ length: 7 }, (_, i) => s.fetchText(req(`https://x.test/${i}`)));
    await tick();
    expect(calls).toHaveLength(3);
    expect(s.inFlight).toBe(3);
    expect(s.queued).toBe(4);
    // Answer one request at a time; the limit must hold at every step.
    for (let answered = 0; answered < 7; answered++) {
      expect(s.inFlight).toBeLessThanOrEqual(3);
      calls[answered]!.resolve(new Response('{}', { status: 200 }));
      await tick();
      await tick();
      expect(calls.length).toBe(Math.min(7, answered + 4));
    }
    await Promise.all(results);
    expect(calls).toHaveLength(7);
    expect(s.inFlight).toBe(0);
  });

  it('sends Api-User-Agent to Wikimedia only, and never credentials', async () => {
    const { fetch, calls } = manualFetch();
    const s = createScheduler({ fetch });
    const a = s.fetchText(req('https://en.wikipedia.org/w/api.php', { wikimedia: true }));
    const b = s.fetchText(req('https://api.gdeltproject.org/x', { backoffKey: 'gdelt' }));
    await tick();
    for (const c of calls) c.resolve(new Response('{}'));
    await Promise.all([a, b]);
    const h0 = calls[0]!.init.headers as Record<string, string>;
    const h1 = calls[1]!.init.headers as Record<string, string>;
    expect(h0['Api-User-Agent']).toBe(DEFAULT_USER_AGENT);
    expect(h1['Api-User-Agent']).toBeUndefined();
    expect(calls.every((c) => c.init.credentials === 'omit')).toBe(true);
  });

  it('honours 429 Retry-After: backs off that source only, then lets requests through', async () => {
    let now = 1_000_000;
    const { fetch, calls } = manualFetch();
    const s = createScheduler({ fetch, now: () => now });
    const first = s.fetchText(req('https://en.wikipedia.org/a'));
    await tick();
    calls[0]!.resolve(new Response('slow down', { status: 429, headers: { 'Retry-After': '30' } }));
    await expect(first).rejects.toBeInstanceOf(RateLimitedError);
    await expect(first).rejects.toMatchObject({ retryAt: now + 30_000 });

    // Same source: refused without touching the network.
    await expect(s.fetchText(req('https://en.wikipedia.org/b'))).rejects.toBeInstanceOf(RateLimitedError);
    expect(calls).toHaveLength(1);
    expect(s.backoffUntil('https://en.wikipedia.org')).toBe(now + 30_000);

    // Another source is unaffected.
    const other = s.fetchText(req('https://www.wikidata.org/c', { backoffKey: 'https://www.wikidata.org' }));
    await tick();
    calls[1]!.resolve(new Response('{}'));
    await expect(other).resolves.toMatchObject({ status: 200 });

    now += 30_001;
    const later = s.fetchText(req('https://en.wikipedia.org/d'));
    await tick();
    calls[2]!.resolve(new Response('{}'));
    await expect(later).resolves.toMatchObject({ status: 200 });
  });

  it('treats 503 with Retry-After as a rate limit, other errors as typed errors', async () => {
    const responses = [
      new Response('', { status: 503, headers: { 'Retry-After': '5' } }),
      new Response('', { status: 500 }),
    ];
    const fetch = (async () => responses.shift()!) as unknown as typeof globalThis.fetch;
    const s = createScheduler({ fetch });
    await expect(s.fetchText(req('https://a.test/', { backoffKey: 'a' }))).rejects.toBeInstanceOf(RateLimitedError);
    await expect(s.fetchText(req('https://b.test/', { backoffKey: 'b' }))).rejects.toBeInstanceOf(HttpError);
  });

  it('returns 404 to the caller, rejects oversized bodies', async () => {
    const responses = [new Response('{}', { status: 404 }), new Response('x'.repeat(100))];
    const fetch = (async () => responses.shift()!) as unknown as typeof globalThis.fetch;
    const s = createScheduler({ fetch, maxBodyChars: 50 });
    await expect(s.fetchText(req('https://a.test/'))).resolves.toMatchObject({ status: 404 });
    await expect(s.fetchText(req('https://a.test/'))).rejects.toBeInstanceOf(BadResponseError);
  });

  it('maps a network failure to OfflineError', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof globalThis.fetch;
    await expect(createScheduler({ fetch }).fetchText(req('https://a.test/'))).rejects.toBeInstanceOf(OfflineError);
  });

  it('aborts in-flight and queued requests and frees their slots', async () => {
    const { fetch, calls } = manualFetch();
    const s = createScheduler({ fetch, maxInFlight: 1 });
    const ac1 = new AbortController();
    const ac2 = new AbortController();
    const p1 = s.fetchText(req('https://a.test/1', { signal: ac1.signal }));
    const p2 = s.fetchText(req('https://a.test/2', { signal: ac2.signal }));
    const p3 = s.fetchText(req('https://a.test/3'));
    await tick();
    expect(s.queued).toBe(2);
    ac2.abort();
    await expect(p2).rejects.toMatchObject({ name: 'AbortError' });
    expect(s.queued).toBe(1);
    ac1.abort();
    await expect(p1).rejects.toMatchObject({ name: 'AbortError' });
    await tick();
    // The queued request got the slot; the aborted queued one never reached fetch.
    expect(calls.map((c) => c.url)).toEqual(['https://a.test/1', 'https://a.test/3']);
    calls[1]!.resolve(new Response('ok'));
    await expect(p3).resolves.toMatchObject({ text: 'ok' });
    expect(s.inFlight).toBe(0);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { fetch, calls } = manualFetch();
    const ac = new AbortController();
    ac.abort();
    await expect(
      createScheduler({ fetch }).fetchText(req('https://a.test/', { signal: ac.signal })),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(calls).toHaveLength(0);
  });

  it('spaces requests that ask for a minimum interval', async () => {
    // Fake timers and the clock they drive: the spacing is asserted to the millisecond, and
    // a loaded machine (CI runs every unit test on 2 cores) cannot stretch or shrink it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const starts: number[] = [];
      const fetch = (async () => {
        starts.push(Date.now());
        return new Response('{}');
      }) as unknown as typeof globalThis.fetch;
      const s = createScheduler({ fetch, now: () => Date.now() });
      const t0 = Date.now();
      const gdelt = () => s.fetchText(req('https://gdelt.test/', { backoffKey: 'gdelt', minIntervalMs: 60 }));
      const all = Promise.all([gdelt(), gdelt(), gdelt()]);
      // Another source is not held back by GDELT's spacing.
      const other = s.fetchText(req('https://other.test/', { backoffKey: 'other', minIntervalMs: 60 }));
      await vi.advanceTimersByTimeAsync(0);
      expect(starts).toEqual([t0, t0]);
      await vi.advanceTimersByTimeAsync(59);
      expect(starts).toEqual([t0, t0]);
      await vi.advanceTimersByTimeAsync(1);
      expect(starts).toEqual([t0, t0, t0 + 60]);
      await vi.advanceTimersByTimeAsync(59);
      expect(starts).toHaveLength(3);
      await vi.advanceTimersByTimeAsync(1);
      expect(starts).toEqual([t0, t0, t0 + 60, t0 + 120]);
      expect((await all).map((r) => r.status)).toEqual([200, 200, 200]);
      expect((await other).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, caps absurd values', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10_000);
    expect(parseRetryAfter('99999999', 0)).toBe(86_400_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});
