// The bridge's inbound direction on its own: Dexie over fake-indexeddb with the real highlight
// store, the local sync database in PouchDB's memory adapter, real keys. Another device's
// records are applied and the sequence reached is kept; this device's own writes are not
// applied again; unreadable documents are counted; conflicting versions are resolved into
// one, written back; newer settings from elsewhere are applied, older ones are not.
import Dexie from 'dexie';
import type { PouchDatabase } from 'pouchdb-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeSeedData } from '@/scripts/seed-highlights';
import { createDb, type GlossDb } from '@/utils/adapters/db';
import type { Highlight } from '@/utils/model/types';
import { createKeys, MIN_ITERATIONS, type SyncKeys } from '@/utils/sync/crypto';
import type { SyncNotice } from '@/utils/sync/notice';
import type { SyncRecord } from '@/utils/sync/record';
import type { SyncedSettings } from '@/utils/sync/settings-filter';
import { Pouch } from '../../tests/sync-server/devices';
import { createHighlightStore, type HighlightStore } from './highlight-store';
import { createBridgeContext } from './sync-bridge-context';
import type { SealedDoc, SyncDocDb } from './sync-docs';
import { APPLIED_SEQ_KEY, pullIn } from './sync-pull';

let keys: SyncKeys;
beforeAll(async () => {
  keys = (await createKeys('pull test', MIN_ITERATIONS)).keys;
});

const open: Array<{ db: GlossDb; docs: PouchDatabase; store: HighlightStore }> = [];
afterEach(async () => {
  for (const { db, docs, store } of open.splice(0)) {
    store.dispose();
    db.close();
    await Dexie.delete(db.name);
    await docs.destroy();
  }
});

function setup(mySettings = { settings: {} as SyncedSettings, updatedAt: 100 }) {
  const name = `gloss-pull-test-${Math.random().toString(36).slice(2)}`;
  const db = createDb(name);
  const docs = new Pouch(name, { adapter: 'memory' });
  const store = createHighlightStore(db, { snapshotDelayMs: 60_000 });
  open.push({ db, docs, store });
  const notices: SyncNotice[] = [];
  const appliedSettings: Array<{ s: SyncedSettings; at: number }> = [];
  const c = createBridgeContext({
    db,
    store,
    docs: docs as unknown as SyncDocDb,
    keys,
    deviceId: 'device-a',
    batchSize: 2,
    onNotice: (n) => notices.push(n),
    settings: {
      read: async () => mySettings,
      apply: async (s, at) => void appliedSettings.push({ s, at }),
    },
  });
  /** Writes `rec` into the sync database as another device's (replicated) version. */
  const arrive = async (key: string, rec: SyncRecord) => {
    const id = await c.codec.idOf(key);
    const rev = await docs.get(id).then(
      (d) => (d as SealedDoc)._rev,
      () => undefined,
    );
    return docs.put((await c.codec.seal(id, rec, rev)) as unknown as Record<string, unknown>);
  };
  return { db, docs, c, notices, appliedSettings, arrive };
}

const highlights = (n: number): Highlight[] =>
  makeSeedData({ highlights: n, pages: 2, entities: 5, seed: 11 }).highlights.sort((a, b) => (a.id < b.id ? -1 : 1));

describe('pullIn', () => {
  it("applies another device's records, reports their pages, and resumes where it stopped", async () => {
    const { db, c, arrive } = setup();
    const hs = highlights(3);
    for (const h of hs) await arrive(`h:${h.id}`, { kind: 'highlight', h, by: 'device-b' });
    const out = await pullIn(c);
    expect(out.applied).toBe(3);
    expect(out.wroteLocal).toBe(false);
    expect(out.urls.sort()).toEqual([...new Set(hs.map((h) => h.url))].sort());
    expect((await db.highlights.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(hs);
    expect((await db.meta.get(APPLIED_SEQ_KEY))?.value).toBe(3);
    // Nothing new: nothing applied again.
    expect(await pullIn(c)).toEqual({ applied: 0, wroteLocal: false, urls: [] });
    // A tombstone from elsewhere deletes the highlight.
    await arrive(`h:${hs[0]!.id}`, { kind: 'tombstone', id: hs[0]!.id, deletedAt: 1, by: 'device-b' });
    expect((await pullIn(c)).applied).toBe(1);
    expect(await db.highlights.get(hs[0]!.id)).toBeUndefined();
  });

  it("skips this device's own writes and counts unreadable documents", async () => {
    const { db, docs, c, notices, arrive } = setup();
    const [mine, theirs] = highlights(2);
    const own = await arrive(`h:${mine!.id}`, { kind: 'highlight', h: mine!, by: 'device-a' });
    c.ownRevs.add(`${own.id}@${own.rev}`);
    await arrive(`h:${theirs!.id}`, { kind: 'highlight', h: theirs!, by: 'device-b' });
    await docs.put({ _id: 'garbage', iv: 'AAAA', ct: 'not sealed' });
    const out = await pullIn(c);
    expect(out.applied).toBe(1);
    expect(await db.highlights.get(mine!.id)).toBeUndefined();
    expect(await db.highlights.get(theirs!.id)).toEqual(theirs);
    expect(c.ownRevs.size).toBe(0);
    expect(notices).toEqual([{ kind: 'unreadable', count: 1 }]);
  });

  it('resolves conflicting versions into one, writes it back, and applies it', async () => {
    const { db, docs, c, notices } = setup();
    const [h] = highlights(1);
    const id = await c.codec.idOf(`h:${h!.id}`);
    const older = await c.codec.seal(id, { kind: 'highlight', h: { ...h!, note: 'old' }, by: 'device-b' });
    const newer = await c.codec.seal(id, {
      kind: 'highlight',
      h: { ...h!, note: 'new', updatedAt: h!.updatedAt + 50 },
      by: 'device-c',
    });
    // Two leaves as replication leaves them; CouchDB's winner is the higher revision id
    // ('1-b', the older edit), so the resolution (the newer edit) must be written on top.
    await (docs as unknown as { bulkDocs(d: unknown[], o: unknown): Promise<unknown> }).bulkDocs(
      [
        { ...newer, _rev: '1-a' },
        { ...older, _rev: '1-b' },
      ],
      { new_edits: false },
    );
    const out = await pullIn(c);
    expect(out.wroteLocal).toBe(true);
    // The newer edit wins; the other version's different note is kept beside it, and the
    // reader is told.
    const row = await db.highlights.get(h!.id);
    expect(row?.updatedAt).toBeGreaterThanOrEqual(h!.updatedAt + 50);
    expect(row?.note).toMatch(/^new\b[\s\S]*\bold$/);
    expect(notices.map((n) => n.kind)).toEqual(['notes-merged']);
    const leaves = (await docs.get(id, { open_revs: 'all' })) as Array<{ ok?: SealedDoc }>;
    const live = leaves.map((l) => l.ok).filter((d) => d && !d._deleted) as SealedDoc[];
    expect(live).toHaveLength(1);
    expect(await c.codec.open(live[0]!)).toMatchObject({ h: { note: row?.note } });
  });

  it('applies settings from elsewhere only when they are newer', async () => {
    const { c, appliedSettings, arrive } = setup({ settings: {}, updatedAt: 100 });
    await arrive('settings', { kind: 'settings', settings: { gdelt: true } as SyncedSettings, updatedAt: 50, by: 'b' });
    await pullIn(c);
    expect(appliedSettings).toEqual([]);
    await arrive('settings', {
      kind: 'settings',
      settings: { gdelt: false } as SyncedSettings,
      updatedAt: 200,
      by: 'b',
    });
    await pullIn(c);
    expect(appliedSettings).toEqual([{ s: { gdelt: false }, at: 200 }]);
  });
});
