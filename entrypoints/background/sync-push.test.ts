// The bridge's outbound direction on its own: Dexie over fake-indexeddb, the local sync
// database in PouchDB's memory adapter, real keys. Outbox entries become sealed documents
// (a highlight, a tombstone for one synced then deleted, nothing for one never synced), the
// outbox and the known revisions are settled, and a version written elsewhere that already
// says the same is not written again.
import Dexie from 'dexie';
import type { PouchDatabase } from 'pouchdb-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeSeedData } from '@/scripts/seed-highlights';
import { createDb, type GlossDb } from '@/utils/adapters/db';
import type { Highlight } from '@/utils/model/types';
import { createKeys, MIN_ITERATIONS, type SyncKeys } from '@/utils/sync/crypto';
import { Pouch } from '../../tests/sync-server/devices';
import type { HighlightStore } from './highlight-store';
import { createBridgeContext } from './sync-bridge-context';
import type { SealedDoc, SyncDocDb } from './sync-docs';
import { pushOutbox } from './sync-push';

let keys: SyncKeys;
beforeAll(async () => {
  keys = (await createKeys('push test', MIN_ITERATIONS)).keys;
});

const open: Array<{ db: GlossDb; docs: PouchDatabase }> = [];
afterEach(async () => {
  for (const { db, docs } of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
    await docs.destroy();
  }
});

function setup(batchSize = 250) {
  const name = `gloss-push-test-${Math.random().toString(36).slice(2)}`;
  const db = createDb(name);
  const docs = new Pouch(name, { adapter: 'memory' });
  open.push({ db, docs });
  const c = createBridgeContext({
    db,
    // The outbound direction reads Dexie directly; the store is the inbound side's.
    store: {} as HighlightStore,
    docs: docs as unknown as SyncDocDb,
    keys,
    deviceId: 'device-a',
    batchSize,
    now: () => 5_000,
  });
  return { db, docs, c };
}

const highlights = (n: number): Highlight[] =>
  makeSeedData({ highlights: n, pages: 1, entities: 5, seed: 9 }).highlights.sort((a, b) => (a.id < b.id ? -1 : 1));

async function recordsIn(c: ReturnType<typeof setup>['c'], docs: PouchDatabase) {
  const all = await docs.allDocs({ include_docs: true });
  return Promise.all(all.rows.map((r) => c.codec.open(r.doc as unknown as SealedDoc)));
}

/** A stored document's id and revision. */
const getDoc = async (docs: PouchDatabase, id: string) =>
  (await docs.get(id)) as SealedDoc & { _id: string; _rev: string };

describe('pushOutbox', () => {
  it('seals highlights, tombstones only what was synced, and settles the outbox and known revisions', async () => {
    const { db, docs, c } = setup(2);
    const [kept, deleted] = highlights(2);
    await db.highlights.put(kept!);
    await db.syncKnown.put({ key: `h:${deleted!.id}`, rev: '1-old' });
    await db.syncOutbox.bulkPut([
      { key: `h:${kept!.id}`, token: 't1' },
      { key: `h:${deleted!.id}`, token: 't2' },
      { key: 'h:never-synced', token: 't3' },
    ]);
    const progress: number[] = [];
    expect(await pushOutbox(c, (n) => progress.push(n))).toBe(3);
    // Batches of two: progress after each.
    expect(progress).toEqual([2, 3]);

    const records = await recordsIn(c, docs);
    expect(records).toHaveLength(2);
    expect(records).toContainEqual({ kind: 'highlight', h: kept, by: 'device-a' });
    expect(records).toContainEqual({ kind: 'tombstone', id: deleted!.id, deletedAt: 5_000, by: 'device-a' });

    // Written entries stay in the outbox, marked sealed, until they are sent; the one with
    // nothing to send is gone. Each written key knows the revision it wrote.
    const outbox = await db.syncOutbox.toArray();
    expect(outbox.map((r) => [r.key, r.sealed ?? false]).sort()).toEqual(
      [
        [`h:${deleted!.id}`, true],
        [`h:${kept!.id}`, true],
      ].sort(),
    );
    const known = await db.syncKnown.get(`h:${kept!.id}`);
    const doc = await getDoc(docs, await c.codec.idOf(`h:${kept!.id}`));
    expect(known?.rev).toBe(doc._rev);
    expect(c.ownRevs.has(`${doc._id}@${doc._rev}`)).toBe(true);

    // A second run finds only sealed entries: nothing is written again.
    expect(await pushOutbox(c)).toBe(0);
    expect((await docs.info()).update_seq).toBe(2);
  });

  it('does not rewrite a version from elsewhere that already says the same, and takes its revision', async () => {
    const { db, docs, c } = setup();
    const [h] = highlights(1);
    await db.highlights.put(h!);
    // Another device wrote the same highlight (its device id differs; the content does not).
    const id = await c.codec.idOf(`h:${h!.id}`);
    const theirs = await docs.put(
      (await c.codec.seal(id, { kind: 'highlight', h: h!, by: 'device-b' })) as unknown as Record<string, unknown>,
    );
    await db.syncOutbox.put({ key: `h:${h!.id}`, token: 't' });
    expect(await pushOutbox(c)).toBe(1);
    expect((await getDoc(docs, id))._rev).toBe(theirs.rev);
    expect(await db.syncOutbox.count()).toBe(0);
    expect((await db.syncKnown.get(`h:${h!.id}`))?.rev).toBe(theirs.rev);
  });

  it('merges a different version from elsewhere instead of overwriting it', async () => {
    const { db, docs, c } = setup();
    const [h] = highlights(1);
    const mine = { ...h!, note: 'my note', updatedAt: h!.updatedAt + 10 };
    await db.highlights.put(mine);
    const id = await c.codec.idOf(`h:${h!.id}`);
    await docs.put(
      (await c.codec.seal(id, { kind: 'highlight', h: h!, by: 'device-b' })) as unknown as Record<string, unknown>,
    );
    await db.syncOutbox.put({ key: `h:${h!.id}`, token: 't' });
    await pushOutbox(c);
    const stored = await c.codec.open(await getDoc(docs, id));
    // The newer edit (mine) wins the resolution and is written on top of theirs.
    expect(stored).toMatchObject({ kind: 'highlight', h: { id: h!.id, note: 'my note' } });
    expect((await getDoc(docs, id))._rev.startsWith('2-')).toBe(true);
  });
});
