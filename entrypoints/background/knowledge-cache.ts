// Dexie adapter for the knowledge service's cache: one row per key in the `knowledge`
// table of the background's database. TTLs are the service's business (it stores its own
// timestamps in the value); this only persists.
import type { GlossDb } from '@/utils/adapters/db';
import type { KnowledgeCache } from '@/utils/knowledge';

export function createDexieKnowledgeCache(db: GlossDb, now: () => number = Date.now): KnowledgeCache {
  return {
    async get(key) {
      const row = await db.knowledge.get(key);
      return row ? { value: row.value, fetchedAt: row.fetchedAt } : undefined;
    },
    async set(key, value) {
      await db.knowledge.put({ key, value, fetchedAt: now() });
    },
  };
}
