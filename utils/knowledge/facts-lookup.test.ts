// The facts lookup on its own, against the fake upstream speaking Wikidata's API: bad ids and
// types answer without a request; facts and "not this type" are cached; after the cache
// expires a failed network serves the cached facts marked stale; an abort rejects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../tests/fake-upstream/server';
import type { MarkedEntityType } from '../model/types';
import { lookUpFacts } from './facts-lookup';
import { DEFAULT_TTLS, type LookupDeps } from './lookup';
import { createMemoryCache } from './memory-cache';
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
  const clock = { t: 1_000_000 };
  const now = () => clock.t;
  const d: LookupDeps = {
    ctx: { scheduler: createScheduler({ now }), endpoints: up.endpoints, now },
    cache: createStampedCache(createMemoryCache(now), now),
    ttl: DEFAULT_TTLS,
    now,
  };
  return { d, clock };
}

/** Runs a lookup and returns its result with the upstream requests it made. */
async function facts(d: LookupDeps, wikidataId: string | undefined, type: string, signal?: AbortSignal) {
  const before = up.requests.length;
  const result = await lookUpFacts(d, { wikidataId, type: type as MarkedEntityType, lang: 'en' }, signal);
  return { result, requests: up.requests.length - before };
}

describe('lookUpFacts', () => {
  it('answers a bad id or an unsupported type without a request', async () => {
    const { d } = deps();
    expect(await facts(d, undefined, 'LOC')).toEqual({ result: { status: 'not-found' }, requests: 0 });
    expect(await facts(d, 'not an id', 'LOC')).toEqual({ result: { status: 'not-found' }, requests: 0 });
    expect(await facts(d, 'Q649', 'MISC')).toEqual({
      result: { status: 'error', message: 'unsupported entity type' },
      requests: 0,
    });
  });

  it('fetches facts once, then serves them from the cache', async () => {
    const { d, clock } = deps();
    const first = await facts(d, 'Q649', 'LOC');
    expect(first.result).toMatchObject({
      status: 'ok',
      fetchedAt: clock.t,
      value: { wikidataId: 'Q649', type: 'LOC' },
    });
    expect(first.requests).toBeGreaterThan(0);
    const again = await facts(d, 'Q649', 'LOC');
    expect(again).toEqual({ result: first.result, requests: 0 });
  });

  it('remembers that an item is not of the asked type', async () => {
    const { d } = deps();
    const first = await facts(d, 'Q649', 'PER');
    expect(first.result).toEqual({ status: 'not-found' });
    expect(first.requests).toBeGreaterThan(0);
    expect(await facts(d, 'Q649', 'PER')).toEqual({ result: { status: 'not-found' }, requests: 0 });
  });

  it('serves expired facts marked stale and offline when the network is down, and says offline without them', async () => {
    const { d, clock } = deps();
    const fresh = await facts(d, 'Q649', 'LOC');
    clock.t += DEFAULT_TTLS.facts + 1;
    up.setDown(true);
    try {
      const stale = await facts(d, 'Q649', 'LOC');
      expect(stale.result).toEqual({
        ...fresh.result,
        stale: true,
        offline: true,
      });
      expect((await facts(d, 'Q858', 'LOC')).result).toEqual({ status: 'offline' });
    } finally {
      up.setDown(false);
    }
  });

  it('rejects with an AbortError when abandoned', async () => {
    const { d } = deps();
    const ac = new AbortController();
    ac.abort();
    await expect(lookUpFacts(d, { wikidataId: 'Q649', type: 'LOC', lang: 'en' }, ac.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
