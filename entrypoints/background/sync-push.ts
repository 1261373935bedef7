// The bridge's outbound direction: every outbox entry becomes the record this device holds
// for its key, sealed into the local sync database in batches. A version there that this
// device has not applied (changed elsewhere concurrently) is resolved as a replication
// conflict would be; entries handled leave the outbox or are marked sealed.
import type { SyncOutboxRow } from '@/utils/adapters/db';
import type { Highlight } from '@/utils/model/types';
import { sameRecord, SETTINGS_KEY, type SyncRecord } from '@/utils/sync/record';
import { resolveConflict } from '@/utils/sync/resolve';
import type { BridgeContext } from './sync-bridge-context';
import type { SealedDoc } from './sync-docs';

/** The record this device holds for a local key now (null: nothing to send). */
async function localRecord(c: BridgeContext, key: string, rows: Map<string, Highlight>): Promise<SyncRecord | null> {
  const { deviceId } = c;
  if (key.startsWith('h:')) {
    const id = key.slice(2);
    const h = rows.get(id);
    return h ? { kind: 'highlight', h, by: deviceId } : { kind: 'tombstone', id, deletedAt: c.now(), by: deviceId };
  }
  if (key === SETTINGS_KEY && c.settings) {
    const { settings, updatedAt } = await c.settings.read();
    return { kind: 'settings', settings, updatedAt, by: deviceId };
  }
  if (key.startsWith('a:') && c.history?.()) {
    const visit = await c.db.articles.get(key.slice(2));
    return visit ? { kind: 'visit', visit, by: deviceId } : null;
  }
  return null;
}

/**
 * Ours against the version in the sync database that this device has not applied: the
 * record to write, or null when the stored version already says the same.
 */
async function againstTheirs(c: BridgeContext, cur: SealedDoc, rec: SyncRecord): Promise<SyncRecord | null> {
  let theirs: SyncRecord | null = null;
  try {
    theirs = await c.codec.open(cur);
  } catch {
    return rec; // unreadable: overwrite with ours
  }
  if (sameRecord(theirs, rec)) return null;
  const res = resolveConflict([theirs, rec]);
  c.noteResolution(res);
  return sameRecord(theirs, res.record) ? null : res.record;
}

/** Marks what a batch did in the outbox and the known versions, in one transaction. */
async function settleBatch(
  c: BridgeContext,
  entries: Array<{ key: string; token: string }>,
  done: Map<string, string>,
  written: Set<string>,
): Promise<void> {
  const { db } = c;
  await db.transaction('rw', db.syncOutbox, db.syncKnown, async () => {
    const now = await db.syncOutbox.bulkGet(entries.map((e) => e.key));
    const gone: string[] = [];
    const sealed: SyncOutboxRow[] = [];
    entries.forEach((e, i) => {
      // Only the entry handled: a change made meanwhile has a new token and stays.
      if (now[i]?.token !== e.token) return;
      if (done.has(e.key) && written.has(e.key)) sealed.push({ ...e, sealed: true });
      else if (done.has(e.key) || !written.has(e.key)) gone.push(e.key);
    });
    await db.syncKnown.bulkPut([...done].map(([key, rev]) => ({ key, rev })));
    await db.syncOutbox.bulkDelete(gone);
    await db.syncOutbox.bulkPut(sealed);
  });
}

async function pushBatch(c: BridgeContext, entries: Array<{ key: string; token: string }>): Promise<void> {
  const { db, codec } = c;
  const hlIds = entries.filter((e) => e.key.startsWith('h:')).map((e) => e.key.slice(2));
  const rows = new Map<string, Highlight>();
  for (const h of await db.highlights.bulkGet(hlIds)) if (h) rows.set(h.id, h);
  const known = await db.syncKnown.bulkGet(entries.map((e) => e.key));
  const ids = await Promise.all(entries.map((e) => codec.idOf(e.key)));
  const current = await c.docs.allDocs({ keys: ids, include_docs: true });
  const writes: SealedDoc[] = [];
  const writeKeys: string[] = [];
  const written = new Set<string>();
  const done = new Map<string, string>();
  for (let i = 0; i < entries.length; i++) {
    const key = entries[i].key;
    let rec = await localRecord(c, key, rows);
    if (!rec) continue;
    const cur = current.rows[i]?.doc ?? null;
    const curRev = current.rows[i]?.value?.deleted ? undefined : cur?._rev;
    if (cur && curRev && curRev !== known[i]?.rev) {
      // The sync database holds a version this device has not applied: changed elsewhere
      // concurrently. Resolve as for a replication conflict.
      const resolved = await againstTheirs(c, cur, rec);
      if (!resolved) {
        done.set(key, curRev);
        continue;
      }
      rec = resolved;
    } else if (!cur && rec.kind === 'tombstone' && !known[i]) {
      continue; // deleted before it was ever synced: nothing to tell the server
    }
    writes.push(await codec.seal(ids[i], rec, curRev));
    writeKeys.push(key);
    written.add(key);
  }
  const results = writes.length ? await c.docs.bulkDocs(writes) : [];
  results.forEach((r, i) => {
    // A conflict (the doc changed under us: a pull wrote it) keeps the entry for the next round.
    if (r.ok && r.rev) {
      done.set(writeKeys[i], r.rev);
      if (c.ownRevs.size > 200_000) c.ownRevs.clear();
      c.ownRevs.add(`${writes[i]._id}@${r.rev}`);
    }
  });
  await settleBatch(c, entries, done, written);
}

/** Seals every outbox entry into the sync database, in batches; returns how many. */
export async function pushOutbox(c: BridgeContext, onProgress?: (done: number) => void): Promise<number> {
  let total = 0;
  let after = '';
  for (;;) {
    const rows = await c.db.syncOutbox.where('key').above(after).limit(c.batchSize).toArray();
    if (rows.length === 0) break;
    const entries = rows.filter((r) => !r.sealed);
    if (entries.length) await pushBatch(c, entries);
    total += entries.length;
    after = rows[rows.length - 1].key;
    onProgress?.(total);
  }
  return total;
}
