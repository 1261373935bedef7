import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb } from '@/utils/adapters/db';
import { createDexieKnowledgeCache } from './knowledge-cache';

const name = 'gloss-kc-test';
afterEach(() => Dexie.delete(name));

describe('Dexie knowledge cache', () => {
  it('round-trips values with the time they were stored, across database reopen', async () => {
    const db = createDb(name);
    const cache = createDexieKnowledgeCache(db, () => 1234);
    expect(await cache.get('bg:en:PER:putin')).toBeUndefined();
    await cache.set('bg:en:PER:putin', { title: 'Vladimir Putin', nested: [1, 2] });
    db.close();
    const again = createDexieKnowledgeCache(createDb(name));
    expect(await again.get('bg:en:PER:putin')).toEqual({
      value: { title: 'Vladimir Putin', nested: [1, 2] },
      fetchedAt: 1234,
    });
  });
});
