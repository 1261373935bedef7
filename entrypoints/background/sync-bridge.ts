// The bridge between Gloss's database (Dexie, what every part of Gloss reads) and the local
// sync database (PouchDB, which replicates with the reader's server): local changes in the
// outbox are sealed into encrypted documents; documents that arrived from the server are
// opened, conflicts among them resolved (utils/sync/resolve.ts), and applied to Dexie
// through the highlight store, so its search index and counts stay right. Every step is in
// batches and records where it got to, so a background that stops mid-way resumes.
import type { GlossDb, SyncOutboxRow } from '@/utils/adapters/db';
import { openJson, recordId, sealJson, type SyncKeys } from '@/utils/sync/crypto';
import { checkRecord, localKeyOf, sameRecord, SETTINGS_KEY, type SyncRecord } from '@/utils/sync/record';
import { resolveConflict } from '@/utils/sync/resolve';
import type { SyncNotice } from '@/utils/sync/notice';
import type { SyncedSettings } from '@/utils/sync/settings-filter';
import type { Highlight } from '@/utils/model/types';
import type { HighlightStore } from './highlight-store';
import { recordVisit } from './memory-store';

/** Key in `meta` of the local sync database's change sequence applied to Dexie. */
export const APPLIED_SEQ_KEY = 'syncAppliedSeq';

/** The parts of a PouchDB database the bridge uses (PouchDB.Database satisfies it). */
export interface SyncDocDb {
  allDocs(opts: { keys: string[]; include_docs: true }): Promise<{
    rows: Array<{ key: string; doc?: SealedDoc | null; value?: { rev: string; deleted?: boolean }; error?: string }>;
  }>;
  bulkDocs(docs: SealedDoc[]): Promise<Array<{ ok?: boolean; id?: string; rev?: string; error?: unknown }>>;
  get(id: string, opts: { open_revs: 'all' }): Promise<Array<{ ok?: SealedDoc; missing?: string }>>;
  changes(opts: {
    since: number | string;
    limit: number;
    include_docs: true;
    conflicts: true;
  }): Promise<{ results: Array<{ id: string; doc?: SealedDoc; deleted?: boolean }>; last_seq: number | string }>;
}

/** A document as stored in the sync database and on the server: sealed content only. */
export interface SealedDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  v?: number;
  iv?: string;
  ct?: string;
}

export type { SyncNotice } from '@/utils/sync/notice';

export interface BridgeOptions {
  db: GlossDb;
  store: HighlightStore;
  docs: SyncDocDb;
  keys: SyncKeys;
  deviceId: string;
  /** Records per batch (documents per bulk write and per changes read). */
  batchSize?: number;
  now?: () => number;
  /** The synced part of this device's settings, and how to apply another device's. */
  settings?: {
    read(): Promise<{ settings: SyncedSettings; updatedAt: number }>;
    apply(s: SyncedSettings, updatedAt: number): Promise<void>;
  };
  /** Reading history travels too (the reader turned it on). */
  history?: () => boolean;
  onNotice?: (n: SyncNotice) => void;
}

/** What one `pullIn` did. */
export interface PullOutcome {
  /** Highlights written or deleted in Dexie. */
  applied: number;
  /** Conflict resolutions were written to the sync database (to be sent). */
  wroteLocal: boolean;
  /** Page URLs whose highlights changed (their open tabs redraw). */
  urls: string[];
}

export interface SyncBridge {
  /** Seals every outbox entry into the sync database, in batches; returns how many. */
  pushOutbox(onProgress?: (done: number) => void): Promise<number>;
  /** Applies every change of the sync database not yet applied to Dexie; returns how many. */
  pullIn(): Promise<PullOutcome>;
  /** Local changes not yet on the server (in the outbox, sealed or not). */
  pending(): Promise<number>;
  /** Replication carried every sealed entry to the server: they leave the outbox. */
  sent(): Promise<void>;
}

export function createSyncBridge(o: BridgeOptions): SyncBridge {
  const { db, store, docs, keys, deviceId } = o;
  const batchSize = o.batchSize ?? 250;
  const now = o.now ?? Date.now;
  const idCache = new Map<string, string>();
  const idOf = async (key: string): Promise<string> => {
    let id = idCache.get(key);
    if (!id) {
      id = await recordId(keys, key);
      if (idCache.size > 50_000) idCache.clear();
      idCache.set(key, id);
    }
    return id;
  };

  /**
   * Revisions this bridge wrote itself (id@rev) and this device's data already reflects: the
   * changes feed brings them back, and opening them again would only find the same record.
   */
  const ownRevs = new Set<string>();
  const open = async (doc: SealedDoc): Promise<SyncRecord> =>
    checkRecord(await openJson(keys, doc._id, { iv: doc.iv, ct: doc.ct }));
  const seal = async (id: string, rec: SyncRecord, rev?: string): Promise<SealedDoc> => ({
    _id: id,
    ...(rev ? { _rev: rev } : {}),
    v: 1,
    ...(await sealJson(keys, id, rec)),
  });

  const quoteOf = (r: SyncRecord): string => (r.kind === 'highlight' ? r.h.quote.slice(0, 120) : '');
  const noteResolution = (res: ReturnType<typeof resolveConflict>): void => {
    if (res.deleteOverridden) o.onNotice?.({ kind: 'delete-overridden', quote: quoteOf(res.record) });
    else if (res.notesMerged) o.onNotice?.({ kind: 'notes-merged', quote: quoteOf(res.record) });
  };

  /** The record this device holds for a local key now (null: nothing to send). */
  const localRecord = async (key: string, rows: Map<string, Highlight>): Promise<SyncRecord | null> => {
    if (key.startsWith('h:')) {
      const id = key.slice(2);
      const h = rows.get(id);
      return h ? { kind: 'highlight', h, by: deviceId } : { kind: 'tombstone', id, deletedAt: now(), by: deviceId };
    }
    if (key === SETTINGS_KEY && o.settings) {
      const { settings, updatedAt } = await o.settings.read();
      return { kind: 'settings', settings, updatedAt, by: deviceId };
    }
    if (key.startsWith('a:') && o.history?.()) {
      const visit = await db.articles.get(key.slice(2));
      return visit ? { kind: 'visit', visit, by: deviceId } : null;
    }
    return null;
  };

  const pushBatch = async (entries: Array<{ key: string; token: string }>): Promise<void> => {
    const hlIds = entries.filter((e) => e.key.startsWith('h:')).map((e) => e.key.slice(2));
    const rows = new Map<string, Highlight>();
    for (const h of await db.highlights.bulkGet(hlIds)) if (h) rows.set(h.id, h);
    const known = await db.syncKnown.bulkGet(entries.map((e) => e.key));
    const ids = await Promise.all(entries.map((e) => idOf(e.key)));
    const current = await docs.allDocs({ keys: ids, include_docs: true });
    const writes: SealedDoc[] = [];
    const writeKeys: string[] = [];
    const written = new Set<string>();
    const unchanged: Array<{ key: string; rev: string }> = [];
    for (let i = 0; i < entries.length; i++) {
      const key = entries[i].key;
      let rec = await localRecord(key, rows);
      if (!rec) continue;
      const cur = current.rows[i]?.doc ?? null;
      const curRev = current.rows[i]?.value?.deleted ? undefined : cur?._rev;
      if (cur && curRev && curRev !== known[i]?.rev) {
        // The sync database holds a version this device has not applied: changed elsewhere
        // concurrently. Resolve as for a replication conflict.
        let theirs: SyncRecord | null = null;
        try {
          theirs = await open(cur);
        } catch {
          theirs = null; // unreadable: overwrite with ours
        }
        if (theirs) {
          if (sameRecord(theirs, rec)) {
            unchanged.push({ key, rev: curRev });
            continue;
          }
          const res = resolveConflict([theirs, rec]);
          noteResolution(res);
          rec = res.record;
          if (sameRecord(theirs, rec)) {
            unchanged.push({ key, rev: curRev });
            continue;
          }
        }
      } else if (!cur && rec.kind === 'tombstone' && !known[i]) {
        continue; // deleted before it was ever synced: nothing to tell the server
      }
      writes.push(await seal(ids[i], rec, curRev));
      writeKeys.push(key);
      written.add(key);
    }
    const results = writes.length ? await docs.bulkDocs(writes) : [];
    const done = new Map<string, string>();
    for (const u of unchanged) done.set(u.key, u.rev);
    results.forEach((r, i) => {
      // A conflict (the doc changed under us: a pull wrote it) keeps the entry for the next round.
      if (r.ok && r.rev) {
        done.set(writeKeys[i], r.rev);
        if (ownRevs.size > 200_000) ownRevs.clear();
        ownRevs.add(`${writes[i]._id}@${r.rev}`);
      }
    });
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
  };

  const pushOutbox: SyncBridge['pushOutbox'] = async (onProgress) => {
    let total = 0;
    let after = '';
    for (;;) {
      const rows = await db.syncOutbox.where('key').above(after).limit(batchSize).toArray();
      if (rows.length === 0) break;
      const entries = rows.filter((r) => !r.sealed);
      if (entries.length) await pushBatch(entries);
      total += entries.length;
      after = rows[rows.length - 1].key;
      onProgress?.(total);
    }
    return total;
  };

  /**
   * A document with conflicting versions: every device computes the same resolution; if
   * it differs from the current winner it is written on top of it, and the other
   * versions are deleted. Returns the resolved record (null: nothing readable).
   */
  const resolveLeaves = async (doc: SealedDoc): Promise<{ record: SyncRecord | null; wrote: boolean }> => {
    const leaves = (await docs.get(doc._id, { open_revs: 'all' }))
      .map((l) => l.ok)
      .filter((d): d is SealedDoc => !!d && !d._deleted);
    const opened: Array<{ doc: SealedDoc; rec: SyncRecord }> = [];
    for (const d of leaves) {
      try {
        opened.push({ doc: d, rec: await open(d) });
      } catch {
        // unreadable versions lose
      }
    }
    if (opened.length === 0) return { record: null, wrote: false };
    const res = resolveConflict(opened.map((x) => x.rec));
    noteResolution(res);
    const winner = opened.find((x) => x.doc._rev === doc._rev) ?? opened[0];
    const writes: SealedDoc[] = [];
    if (!sameRecord(winner.rec, res.record)) writes.push(await seal(doc._id, res.record, winner.doc._rev));
    for (const d of leaves) if (d._rev !== winner.doc._rev) writes.push({ _id: d._id, _rev: d._rev, _deleted: true });
    if (writes.length) await docs.bulkDocs(writes);
    return { record: res.record, wrote: writes.length > 0 };
  };

  const pullIn: SyncBridge['pullIn'] = async () => {
    let applied = 0;
    let wroteLocal = false;
    const urls = new Set<string>();
    let unreadable = 0;
    for (;;) {
      const since = ((await db.meta.get(APPLIED_SEQ_KEY))?.value as number | string | undefined) ?? 0;
      const res = await docs.changes({ since, limit: batchSize, include_docs: true, conflicts: true });
      if (res.results.length === 0) break;
      const incoming: Array<{ rec: SyncRecord; rev: string }> = [];
      for (const ch of res.results) {
        const doc = ch.doc;
        if (!doc || ch.deleted || doc._deleted || ch.id.startsWith('_')) continue;
        if (!doc._conflicts?.length && ownRevs.delete(`${doc._id}@${doc._rev}`)) continue;
        if (doc._conflicts?.length) {
          const r = await resolveLeaves(doc);
          wroteLocal ||= r.wrote;
          // A written resolution comes back through the changes feed; apply it then.
          if (r.record && !r.wrote) incoming.push({ rec: r.record, rev: doc._rev! });
          continue;
        }
        try {
          incoming.push({ rec: await open(doc), rev: doc._rev! });
        } catch {
          unreadable++;
        }
      }
      let settingsRec: Extract<SyncRecord, { kind: 'settings' }> | null = null;
      const syncHistory = o.history?.() ?? false;
      let visits: typeof incoming = [];
      await store.writeBatch(
        [db.syncOutbox, db.syncKnown],
        async () => {
          const keys = incoming.map((x) => localKeyOf(x.rec));
          const pendingRows = await db.syncOutbox.bulkGet(keys);
          const hIds = incoming.map((x) =>
            x.rec.kind === 'highlight' ? x.rec.h.id : x.rec.kind === 'tombstone' ? x.rec.id : '',
          );
          const existing = await db.highlights.bulkGet(hIds.map((id) => id || '\u0000'));
          const put: Highlight[] = [];
          const removed: string[] = [];
          let added = 0;
          const known: Array<{ key: string; rev: string }> = [];
          incoming.forEach(({ rec, rev }, i) => {
            // A local change not yet sent wins here: sending it resolves against this version.
            if (pendingRows[i] && !pendingRows[i]!.sealed) return;
            known.push({ key: keys[i], rev });
            if (rec.kind === 'highlight') {
              const cur = existing[i];
              if (!cur) added++;
              if (!cur || !sameRecord({ kind: 'highlight', h: cur, by: '' }, rec)) {
                put.push(rec.h);
                urls.add(rec.h.url);
                if (cur) urls.add(cur.url);
              }
            } else if (rec.kind === 'tombstone') {
              const cur = existing[i];
              if (cur) {
                removed.push(rec.id);
                urls.add(cur.url);
              }
            } else if (rec.kind === 'settings') settingsRec = rec;
          });
          visits = incoming.filter((x, i) => x.rec.kind === 'visit' && !(pendingRows[i] && !pendingRows[i]!.sealed));
          if (put.length) await db.highlights.bulkPut(put);
          if (removed.length) await db.highlights.bulkDelete(removed);
          await db.syncKnown.bulkPut(known);
          await db.meta.put({ key: APPLIED_SEQ_KEY, value: res.last_seq });
          applied += put.length + removed.length;
          return { put, removed, delta: added - removed.length, value: undefined, fromSync: true };
        },
        'changes from your other devices were not saved.',
      );
      // Visits go through the memory store, which keeps each entity's reading summary in step.
      if (syncHistory)
        for (const x of visits) await recordVisit(db, (x.rec as Extract<SyncRecord, { kind: 'visit' }>).visit);
      const s = settingsRec as Extract<SyncRecord, { kind: 'settings' }> | null;
      if (s && o.settings) {
        const mine = await o.settings.read();
        if (s.updatedAt > mine.updatedAt || (s.updatedAt === mine.updatedAt && s.by > deviceId))
          await o.settings.apply(s.settings, s.updatedAt);
      }
    }
    if (unreadable) o.onNotice?.({ kind: 'unreadable', count: unreadable });
    return { applied, wroteLocal, urls: [...urls] };
  };

  return {
    pushOutbox,
    pullIn,
    pending: () => db.syncOutbox.count(),
    sent: async () => {
      // Read and deleted in one transaction: an entry sealed again meanwhile is not touched.
      await db.transaction('rw', db.syncOutbox, async () => {
        const keys = await db.syncOutbox.filter((r) => r.sealed === true).primaryKeys();
        await db.syncOutbox.bulkDelete(keys);
      });
    },
  };
}
