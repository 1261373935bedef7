// The background lookup's own rules, against the fake upstream speaking Wikipedia's and
// Wikidata's APIs: what it answers without a request, and how it caches. A name resolved by
// its title is cached for every page; one resolved by ranking search results is cached for
// the page context it was ranked in; "no such entity" is remembered for a day, not for good.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../tests/fake-upstream/server';
import type { MarkedEntityType } from '../model/types';
import { contextHash, lookUpBackground } from './background-lookup';
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

const CONTEXT = ['Vladimir Putin', 'Syria', 'United Nations', 'Sochi'];

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

/** Runs a lookup; returns the result (title or status) and how many upstream requests it made. */
async function ask(d: LookupDeps, name: string, type: string, context?: string[]) {
  const before = up.requests.length;
  const r = await lookUpBackground(d, { name, type: type as MarkedEntityType, lang: 'en', context });
  return { got: r.status === 'ok' ? r.value.title : r.status, requests: up.requests.length - before };
}

describe('lookUpBackground', () => {
  it('answers an empty name or an unsupported type without a request', async () => {
    const { d } = deps();
    expect(await ask(d, '   ', 'PER')).toEqual({ got: 'not-found', requests: 0 });
    expect(await ask(d, 'Vladimir Putin', 'MISC')).toEqual({ got: 'error', requests: 0 });
  });

  it('caches a name resolved by its title for every page context', async () => {
    const { d } = deps();
    const first = await ask(d, 'Vladimir Putin', 'PER', CONTEXT);
    expect(first.got).toBe('Vladimir Putin');
    expect(first.requests).toBeGreaterThan(0);
    expect(await ask(d, 'Vladimir Putin', 'PER', ['another', 'page'])).toEqual({ got: 'Vladimir Putin', requests: 0 });
  });

  it('caches a name resolved through search only for the context it was ranked in', async () => {
    const { d } = deps();
    const first = await ask(d, 'Lavrov', 'PER', CONTEXT);
    expect(first.got).toBe('Sergey Lavrov');
    expect(await ask(d, 'Lavrov', 'PER', CONTEXT)).toEqual({ got: 'Sergey Lavrov', requests: 0 });
    const elsewhere = await ask(d, 'Lavrov', 'PER', ['Football', 'league']);
    expect(elsewhere.requests).toBeGreaterThan(0);
  });

  it('remembers "not found" for a day, then asks again', async () => {
    const { d, clock } = deps();
    expect((await ask(d, 'Xyzzy Nonexistent', 'PER')).got).toBe('not-found');
    expect(await ask(d, 'Xyzzy Nonexistent', 'PER')).toEqual({ got: 'not-found', requests: 0 });
    clock.t += DEFAULT_TTLS.notFound + 1;
    const later = await ask(d, 'Xyzzy Nonexistent', 'PER');
    expect(later.got).toBe('not-found');
    expect(later.requests).toBeGreaterThan(0);
  });
});

describe('contextHash', () => {
  it('depends on the context words, not their case or order', () => {
    expect(contextHash(['Syria', 'Putin'])).toBe(contextHash(['putin', 'SYRIA']));
    expect(contextHash(['Syria', 'Putin'])).not.toBe(contextHash(['Football', 'league']));
  });
});
