// An in-memory KnowledgeCache: the default when none is injected (tests, the demo). The
// extension uses a Dexie-backed adapter in the background instead.
import type { CacheEntry, KnowledgeCache } from './types';

/** A Map-backed cache; `now` stamps `fetchedAt`. Bounded so a long session cannot grow it without limit. */
export function createMemoryCache(
  now: () => number = Date.now,
  maxEntries = 2_000,
): KnowledgeCache & { clear(): void } {
  const map = new Map<string, CacheEntry>();
  return {
    async get(key) {
      return map.get(key);
    },
    async set(key, value) {
      map.delete(key);
      map.set(key, { value, fetchedAt: now() });
      // Map iteration is insertion order: the first key is the oldest write.
      while (map.size > maxEntries) map.delete(map.keys().next().value as string);
    },
    clear() {
      map.clear();
    },
  };
}
