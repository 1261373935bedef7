// Stamped values age by the service's clock; foreign or broken entries and a failing cache
// read as empty, and a failing write is swallowed.
import { describe, expect, it } from 'vitest';
import { createMemoryCache } from './memory-cache';
import { createStampedCache } from './stamped-cache';
import type { KnowledgeCache } from './types';

describe('stamped cache', () => {
  it('reads back what it wrote, fresh until maxAge has passed on its own clock', async () => {
    let t = 1_000;
    const cache = createStampedCache(createMemoryCache(), () => t);
    await cache.write('k', { title: 'Ada' });
    expect(await cache.read('k', 500)).toEqual({ data: { title: 'Ada' }, at: 1_000, fresh: true });
    t = 1_500;
    expect(await cache.read('k', 500)).toEqual({ data: { title: 'Ada' }, at: 1_000, fresh: false });
    expect(await cache.read('missing', 500)).toBeUndefined();
  });

  it('treats unstamped entries as missing', async () => {
    const raw = createMemoryCache();
    await raw.set('old', { title: 'written by an older version' });
    await raw.set('other', { v: 2, at: 1, data: 'x' });
    const cache = createStampedCache(raw, () => 0);
    expect(await cache.read('old', 1)).toBeUndefined();
    expect(await cache.read('other', 1)).toBeUndefined();
  });

  it('behaves as an empty cache when the adapter fails', async () => {
    const broken: KnowledgeCache = {
      get: () => Promise.reject(new Error('database closed')),
      set: () => Promise.reject(new Error('database closed')),
    };
    const cache = createStampedCache(broken, () => 0);
    await expect(cache.write('k', 1)).resolves.toBeUndefined();
    expect(await cache.read('k', 1)).toBeUndefined();
  });
});
