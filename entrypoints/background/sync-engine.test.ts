// Sync against a real CouchDB-compatible server on 127.0.0.1 (express-pouchdb, in memory),
// started and stopped here: two devices with their own Gloss database and local PouchDB.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../../tests/sync-server/couch-server';
import { makeDevice, newHighlight, type Device } from '../../tests/sync-server/devices';
import { waitFor } from '../../tests/e2e/harness/wait';
import { WrongPassphraseError } from '@/utils/sync/crypto';
import { CONFLICT_NOTE_MARK } from '@/utils/sync/resolve';
import type { ServerSettings } from '@/utils/sync/server';

let server: CouchServer;
const devices: Device[] = [];
let dbCount = 0;

beforeAll(async () => {
  server = await startCouchServer({
    users: {
      reader: { password: 'pw', dbs: [], admin: true },
      other: { password: 'pw2', dbs: ['someone-else'] },
    },
  });
});
afterAll(() => server.stop());
afterEach(async () => {
  if (server) await server.up().catch(() => undefined);
  await Promise.all(devices.splice(0).map((d) => d.close()));
});

const settings = (db = `gloss-${++dbCount}`): ServerSettings => ({
  url: server.url,
  db,
  user: 'reader',
  password: 'pw',
});
const device = (...a: Parameters<typeof makeDevice>) => {
  const d = makeDevice(...a);
  devices.push(d);
  return d;
};
const pair = async (s = settings()) => {
  const a = device();
  const b = device();
  expect(await a.engine.setup({ server: s, passphrase: 'pass phrase', createDatabase: true })).toEqual({
    firstDevice: true,
  });
  expect(await b.engine.setup({ server: s, passphrase: 'pass phrase' })).toEqual({ firstDevice: false });
  return { a, b, s };
};
const idle = (d: Device, timeoutMs = 15_000) =>
  waitFor(
    async () => (await d.engine.status()).state === 'idle' && (await d.engine.status()).pending === 0,
    `${d.name} idle`,
    { timeoutMs },
  );

describe('sync between two devices through the server', () => {
  it('carries a new highlight, an edit and a delete both ways', async () => {
    const { a, b } = await pair();
    const h = await a.store.create(newHighlight(1));
    const onB = await waitFor(() => b.db.highlights.get(h.id), 'the highlight on B');
    expect(onB).toEqual(h);
    await waitFor(async () => b.applied.flat().includes(h.url), 'B told to redraw the page');
    await b.store.update(h.id, { note: 'edited on B', color: 'green' });
    await waitFor(async () => (await a.db.highlights.get(h.id))?.note === 'edited on B', "B's edit on A");
    expect((await a.db.highlights.get(h.id))?.color).toBe('green');
    // The store's search index saw the synced change too.
    expect((await a.store.search({ text: 'edited', filters: {}, offset: 0, limit: 10 } as never)).total).toBe(1);
    await a.store.remove(h.id);
    await waitFor(async () => (await b.db.highlights.get(h.id)) === undefined, 'the delete on B');
    const h2 = await b.store.create(newHighlight(2));
    await waitFor(() => a.db.highlights.get(h2.id), "B's highlight on A");
    await b.store.remove(h2.id);
    await waitFor(async () => (await a.db.highlights.get(h2.id)) === undefined, "B's delete on A");
    expect((await a.store.counts()).highlights).toBe(0);
  });

  it('stores nothing readable on the server: no quote, note, URL or highlight id in the clear', async () => {
    const { a, b, s } = await pair();
    const h = await a.store.create(newHighlight(7, { note: 'my very private note' }));
    await waitFor(() => b.db.highlights.get(h.id), 'the highlight on B');
    const raw = JSON.stringify(await server.rawDocs(s.db));
    expect(raw).toContain('"ct"');
    for (const secret of [
      'Secret quote number 7',
      'my very private note',
      'news.example.com',
      'story-7',
      h.id,
      'Putin',
      'Q7747',
    ])
      expect(raw).not.toContain(secret);
  });

  it('refuses a wrong passphrase on a second device and changes nothing there', async () => {
    const s = settings();
    const a = device();
    await a.engine.setup({ server: s, passphrase: 'right', createDatabase: true });
    const b = device();
    const mine = await b.store.create(newHighlight(3));
    await expect(b.engine.setup({ server: s, passphrase: 'wrong' })).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(b.config.value).toBeNull();
    expect((await b.engine.status()).state).toBe('off');
    expect(await b.db.syncOutbox.count()).toBe(0);
    expect(await b.db.highlights.toArray()).toEqual([mine]);
    await idle(a);
    expect(
      (await server.rawDocs(s.db)).filter((d) => !String((d as { _id: string })._id).startsWith('_local')),
    ).toHaveLength(0);
  });
});

describe('conflicts', () => {
  it('ends with the same highlight on both devices after concurrent offline edits, keeping the losing note', async () => {
    const { a, b } = await pair();
    const h = await a.store.create(newHighlight(1, { note: '' }));
    await waitFor(() => b.db.highlights.get(h.id), 'the highlight on B');
    await idle(a);
    await idle(b);
    await server.down();
    await a.store.update(h.id, { note: 'note from A', color: 'green' });
    await new Promise((r) => setTimeout(r, 5)); // B's edit is strictly later (its updatedAt wins)
    await b.store.update(h.id, { note: 'note from B', color: 'blue' });
    await waitFor(async () => (await a.engine.status()).state === 'retrying', 'A retrying');
    await waitFor(async () => (await b.engine.status()).state === 'retrying', 'B retrying');
    await server.up();
    const settled = async () => {
      const [x, y] = [await a.db.highlights.get(h.id), await b.db.highlights.get(h.id)];
      return x &&
        y &&
        JSON.stringify(x) === JSON.stringify(y) &&
        x.note.includes('note from A') &&
        x.note.includes('note from B')
        ? x
        : null;
    };
    const end = await waitFor(settled, 'both devices equal', { timeoutMs: 30_000 });
    expect(end.color).toBe('blue');
    expect(end.note).toBe(`note from B\n\n${CONFLICT_NOTE_MARK} note from A`);
    await idle(a);
    await idle(b);
    expect(await settled()).toEqual(end);
  });

  it('keeps a highlight deleted on one device and edited on the other, and tells the reader', async () => {
    const { a, b } = await pair();
    const h = await a.store.create(newHighlight(1));
    await waitFor(() => b.db.highlights.get(h.id), 'the highlight on B');
    await idle(a);
    await idle(b);
    await server.down();
    await a.store.remove(h.id);
    await b.store.update(h.id, { note: 'still needed' });
    await waitFor(async () => (await a.engine.status()).state === 'retrying', 'A retrying');
    await server.up();
    await a.engine.syncNow().catch(() => undefined);
    await b.engine.syncNow().catch(() => undefined);
    const back = await waitFor(
      async () => (await a.db.highlights.get(h.id))?.note === 'still needed',
      'the edit back on A',
      { timeoutMs: 30_000 },
    );
    expect(back).toBe(true);
    const notices = [...(await a.engine.status()).notices, ...(await b.engine.status()).notices].join(' ');
    expect(notices).toMatch(/deleted was edited on another device/);
  });
});

describe('robustness', () => {
  it('queues changes while the server is down, retries with growing delays, and sends them when it is back', async () => {
    const s = settings();
    const tries: Array<{ at: number; retryAt: number }> = [];
    const a = device({
      onStatus: (st) => {
        if (st.state === 'retrying' && st.retryAt && tries.at(-1)?.retryAt !== st.retryAt)
          tries.push({ at: Date.now(), retryAt: st.retryAt });
      },
    });
    const b = device();
    await a.engine.setup({ server: s, passphrase: 'p', createDatabase: true });
    await b.engine.setup({ server: s, passphrase: 'p' });
    await idle(a);
    await server.down();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await a.store.create(newHighlight(100 + i)));
    const first = await waitFor(async () => {
      const st = await a.engine.status();
      return st.state === 'retrying' && st.pending >= 5 ? st : null;
    }, 'A retrying with its changes pending');
    expect(first.error).toMatch(/cannot be reached/);
    // Down for a while: a few tries, each scheduled later than the one before (base 200 ms, cap 2 s).
    const downSince = Date.now();
    await waitFor(async () => tries.length >= 4 || null, 'four tries', { timeoutMs: 20_000 });
    const downFor = Date.now() - downSince;
    const delays = tries.map((t) => t.retryAt - t.at);
    expect(delays.every((d) => d >= 100)).toBe(true);
    expect(delays[3]).toBeGreaterThan(delays[0]);
    expect(tries.length).toBeLessThan(4 + downFor / 100);
    await server.up();
    for (const h of made)
      await waitFor(() => b.db.highlights.get(h.id), `highlight ${h.id} on B`, { timeoutMs: 30_000 });
    await idle(a);
  });

  it('sends a large first sync in batches with progress, and resumes after a restart mid-way without losing anything', async () => {
    const s = settings();
    const a = device({ batchSize: 100 });
    const rows = [];
    for (let i = 0; i < 1200; i++)
      rows.push({ ...newHighlight(i), id: `h${String(i).padStart(5, '0')}`, createdAt: 1, updatedAt: 2 });
    await a.store.putMany(rows);
    const progress: number[] = [];
    let reached!: () => void;
    const seen = new Promise<void>((r) => (reached = r));
    await a.restart({
      batchSize: 100,
      onStatus: (st) => {
        if (st.progress) progress.push(st.progress.done);
        if (st.progress?.phase === 'sending' && st.progress.done >= 400) reached();
      },
    });
    await a.engine.setup({ server: s, passphrase: 'p', createDatabase: true });
    await seen;
    await a.restart({ batchSize: 100 }); // the background stops mid-sync and starts again
    const sentBefore = new Set(a.bulkSent.flatMap((r) => r.ids));
    await idle(a, 90_000);
    expect(progress.length).toBeGreaterThan(3);
    const bulk = a.bulkSent;
    // Batches: no request carried more than the batch size.
    expect(Math.max(...bulk.map((r) => r.ids.length))).toBeLessThanOrEqual(100);
    const all = bulk.flatMap((r) => r.ids);
    expect(new Set(all).size).toBe(1200);
    // Resumed from the checkpoint: what was sent before the restart was not sent again
    // (at most the batches in flight when it stopped: 2 × 100).
    expect(sentBefore.size).toBeGreaterThanOrEqual(300);
    expect(all.length - 1200).toBeLessThanOrEqual(200);
    const b = device({ batchSize: 100 });
    await b.engine.setup({ server: s, passphrase: 'p' });
    await waitFor(async () => (await b.db.highlights.count()) === 1200, 'all 1200 on B', { timeoutMs: 60_000 });
    expect(await b.db.highlights.get('h00777')).toEqual(rows[777]);
    expect((await b.store.counts()).highlights).toBe(1200);
  }, 240_000);

  it('turning sync off keeps every local highlight and sends nothing more', async () => {
    const { a, b } = await pair();
    const h = await a.store.create(newHighlight(1));
    await waitFor(() => b.db.highlights.get(h.id), 'the highlight on B');
    await b.engine.disable();
    expect(await b.db.highlights.get(h.id)).toEqual(h);
    expect((await b.engine.status()).state).toBe('off');
    await b.store.create(newHighlight(2));
    expect(await b.db.syncOutbox.count()).toBe(0);
  });
});
