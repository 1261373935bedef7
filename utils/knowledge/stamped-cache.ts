// The knowledge service's view of its cache: values are wrapped with their own timestamp,
// so lifetimes follow the service's clock whatever the adapter stores as fetchedAt, and a
// broken cache behaves as an empty one (a failing read or write never breaks a card).
import type { KnowledgeCache } from './types';

interface Stamped<T> {
  v: 1;
  at: number;
  data: T;
}

/** A cached value, when it was stored, and whether it is younger than the asked-for age. */
export interface CacheHit<T> {
  data: T;
  at: number;
  fresh: boolean;
}

export interface StampedCache {
  /** The value under `key`; `undefined` when missing, unreadable or the cache failed. */
  read<T>(key: string, maxAge: number): Promise<CacheHit<T> | undefined>;
  /** Stores `data` stamped with the current time; a failed write is ignored. */
  write<T>(key: string, data: T): Promise<void>;
}

export function createStampedCache(cache: KnowledgeCache, now: () => number): StampedCache {
  return {
    async read<T>(key: string, maxAge: number): Promise<CacheHit<T> | undefined> {
      try {
        const entry = await cache.get(key);
        const s = entry?.value as Stamped<T> | undefined;
        if (!s || typeof s !== 'object' || s.v !== 1 || typeof s.at !== 'number') return undefined;
        return { data: s.data, at: s.at, fresh: now() - s.at < maxAge };
      } catch {
        // A broken cache must not break the card: behave as if it were empty.
        return undefined;
      }
    },
    async write<T>(key: string, data: T): Promise<void> {
      try {
        await cache.set(key, { v: 1, at: now(), data } satisfies Stamped<T>);
      } catch {
        // Losing a cache write costs a request later, nothing more.
      }
    },
  };
}
