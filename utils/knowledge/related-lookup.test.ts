// The related-stories lookup on its own, against the fake upstream speaking GDELT's API: the
// page's own links and the reader's history need no network; a news source is asked only
// when enabled, with the canonical title as the query, then served from the 30-minute cache;
// once that expires a failed network keeps the old stories and says offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../tests/fake-upstream/server';
import { DEFAULT_TTLS } from './lookup';
import { createMemoryCache } from './memory-cache';
import { lookUpRelated, type RelatedDeps } from './related-lookup';
import { createScheduler } from './scheduler';
import { createStampedCache } from './stamped-cache';

let up: FakeUpstream;
beforeAll(async () => {
  up = await startFakeUpstream();
});
afterAll(async () => {
  await up.close();
});

function deps() {
  const clock = { t: Date.parse('2024-05-01T00:00:00Z') };
  const now = () => clock.t;
  const d: RelatedDeps = {
    ctx: { scheduler: createScheduler({ now }), endpoints: up.endpoints, now },
    cache: createStampedCache(createMemoryCache(now), now),
    ttl: DEFAULT_TTLS,
    now,
    normalize: (u) => u.replace(/\/$/, ''),
    gdeltIntervalMs: 0,
  };
  return { d, clock };
}

const gdeltRequests = (from: number) => up.requests.slice(from).filter((r) => r.url.startsWith('/gdelt/'));

describe('lookUpRelated', () => {
  it('merges page links and history without the network, dropping the page being read', async () => {
    const { d } = deps();
    const before = up.requests.length;
    const r = await lookUpRelated(
      d,
      { name: 'Vladimir Putin', type: 'PER', lang: 'en', excludeUrl: 'https://news.example/read-now' },
      {
        pageLinks: [
          { url: 'https://news.example/putin-talks', text: 'Putin holds talks in Sochi' },
          { url: 'https://news.example/read-now/', text: 'Putin, the page itself' },
          { url: 'https://news.example/weather', text: 'Weather tomorrow' },
        ],
        history: [{ url: 'https://other.example/earlier', title: 'Earlier: Putin visits', visitedAt: 1 }],
      },
    );
    expect(up.requests.length).toBe(before);
    expect(r.sources).toEqual({ gdelt: 'skipped', googleNews: 'skipped' });
    expect(r.stories.map((s) => s.url).sort()).toEqual(
      ['https://news.example/putin-talks', 'https://other.example/earlier'].sort(),
    );
  });

  it('asks GDELT with the canonical title once, then answers from the cache', async () => {
    const { d } = deps();
    const before = up.requests.length;
    const req = { name: 'Trump', type: 'PER' as const, lang: 'en', title: 'Donald Trump (politician)' };
    const first = await lookUpRelated(d, req, { gdelt: true });
    expect(first.sources.gdelt).toBe('ok');
    const asked = gdeltRequests(before);
    expect(asked).toHaveLength(1);
    const query = new URL(asked[0]!.url, up.origin).searchParams.get('query') ?? '';
    expect(query).toContain('Donald Trump');
    expect(query).not.toContain('politician');
    const again = await lookUpRelated(d, req, { gdelt: true });
    expect(again.sources.gdelt).toBe('cached');
    expect(again.stories).toEqual(first.stories);
    expect(gdeltRequests(before)).toHaveLength(1);
  });

  it('keeps the expired stories and says offline when the network fails', async () => {
    const { d, clock } = deps();
    const req = { name: 'Donald Trump', type: 'PER' as const, lang: 'en' };
    const first = await lookUpRelated(d, req, { gdelt: true });
    expect(first.stories.length).toBeGreaterThan(0);
    clock.t += DEFAULT_TTLS.related + 1;
    up.setDown(true);
    try {
      const later = await lookUpRelated(d, req, { gdelt: true });
      expect(later.sources.gdelt).toBe('offline');
      expect(later.offline).toBe(true);
      expect(later.stories).toEqual(first.stories);
    } finally {
      up.setDown(false);
    }
  });

  it('rejects at once when already abandoned', async () => {
    const { d } = deps();
    const ac = new AbortController();
    ac.abort();
    await expect(
      lookUpRelated(d, { name: 'Donald Trump', type: 'PER', lang: 'en' }, { gdelt: true, signal: ac.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
