// Test support: a new Gloss database per test, over fake-indexeddb (vitest.config's setup file),
// closed and deleted after each test. Imported only by `*.test.ts` files.
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { createDb, type GlossDb } from './db';

/** Registers the clean-up and returns a maker of uniquely named databases (`prefix` names the test file). */
export function freshDbs(prefix: string): () => GlossDb {
  const dbs: GlossDb[] = [];
  afterEach(async () => {
    await Promise.all(
      dbs.splice(0).map((db) => {
        db.close();
        return Dexie.delete(db.name);
      }),
    );
  });
  return () => {
    const db = createDb(`${prefix}-${Math.random().toString(36).slice(2)}`);
    dbs.push(db);
    return db;
  };
}
