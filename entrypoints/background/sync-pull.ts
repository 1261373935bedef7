// The bridge's inbound direction: every change of the local sync database not yet applied
// (replicated from the server) is opened, conflicts among its versions resolved
// (utils/sync/resolve.ts), and applied to Dexie through the highlight store, batch by batch,
// recording the sequence reached so a stopped background resumes.
import { type Incoming, highlightIdOf, planApply } from '@/utils/sync/apply-plan';
import { localKeyOf, sameRecord, type SettingsRecord, type VisitRecord } from '@/utils/sync/record';
import { resolveConflict } from '@/utils/sync/resolve';
import type { BridgeContext } from './sync-bridge-context';
import type { SealedDoc } from './sync-docs';
import { recordVisit } from './memory-store';

/** Key in `meta` of the local sync database's change sequence applied to Dexie. */
export const APPLIED_SEQ_KEY = 'syncAppliedSeq';

/** What one `pullIn` did. */
export interface PullOutcome {
  /** Highlights written or deleted in Dexie. */
  applied: number;
  /** Conflict resolutions were written to the sync database (to be sent). */
  wroteLocal: boolean;
  /** Page URLs whose highlights changed (their open tabs redraw). */
  urls: string[];
}

/**
 * A document with conflicting versions: every device computes the same resolution; if
 * it differs from the current winner it is written on top of it, and the other
 * versions are deleted. Returns the resolved record (null: nothing readable).
 */
async function resolveLeaves(c: BridgeContext, doc: SealedDoc) {
  const leaves = (await c.docs.get(doc._id, { open_revs: 'all' }))
    .map((l) => l.ok)
    .filter((d): d is SealedDoc => !!d && !d._deleted);
  const opened: Array<{ doc: SealedDoc; rec: Incoming['rec'] }> = [];
  for (const d of leaves) {
    try {
      opened.push({ doc: d, rec: await c.codec.open(d) });
    } catch {
      // unreadable versions lose
    }
  }
  if (opened.length === 0) return { record: null, wrote: false };
  const res = resolveConflict(opened.map((x) => x.rec));
  c.noteResolution(res);
  const winner = opened.find((x) => x.doc._rev === doc._rev) ?? opened[0];
  const writes: SealedDoc[] = [];
  if (!sameRecord(winner.rec, res.record)) writes.push(await c.codec.seal(doc._id, res.record, winner.doc._rev));
  for (const d of leaves) if (d._rev !== winner.doc._rev) writes.push({ _id: d._id, _rev: d._rev, _deleted: true });
  if (writes.length) await c.docs.bulkDocs(writes);
  return { record: res.record, wrote: writes.length > 0 };
}

/** One page of the changes feed, opened: the records to apply. */
async function openChanges(
  c: BridgeContext,
  results: Array<{ id: string; doc?: SealedDoc; deleted?: boolean }>,
): Promise<{ incoming: Incoming[]; wroteLocal: boolean; unreadable: number }> {
  const incoming: Incoming[] = [];
  let wroteLocal = false;
  let unreadable = 0;
  for (const ch of results) {
    const doc = ch.doc;
    if (!doc || ch.deleted || doc._deleted || ch.id.startsWith('_')) continue;
    if (!doc._conflicts?.length && c.ownRevs.delete(`${doc._id}@${doc._rev}`)) continue;
    if (doc._conflicts?.length) {
      const r = await resolveLeaves(c, doc);
      wroteLocal ||= r.wrote;
      // A written resolution comes back through the changes feed; apply it then.
      if (r.record && !r.wrote) incoming.push({ rec: r.record, rev: doc._rev! });
      continue;
    }
    try {
      incoming.push({ rec: await c.codec.open(doc), rev: doc._rev! });
    } catch {
      unreadable++;
    }
  }
  return { incoming, wroteLocal, unreadable };
}

/** Applies one batch through the highlight store; then its visits and settings. */
async function applyBatch(c: BridgeContext, incoming: Incoming[], lastSeq: number | string, urls: Set<string>) {
  const { db } = c;
  const syncHistory = c.history?.() ?? false;
  let settings: SettingsRecord | null = null;
  let visits: Incoming[] = [];
  const applied = await c.store.writeBatch(
    [db.syncOutbox, db.syncKnown],
    async () => {
      const keys = incoming.map((x) => localKeyOf(x.rec));
      const pendingRows = await db.syncOutbox.bulkGet(keys);
      const existing = await db.highlights.bulkGet(incoming.map((x) => highlightIdOf(x.rec) || '\u0000'));
      const plan = planApply(incoming, keys, pendingRows, existing);
      for (const url of plan.urls) urls.add(url);
      settings = plan.settings;
      visits = plan.visits;
      if (plan.put.length) await db.highlights.bulkPut(plan.put);
      if (plan.removed.length) await db.highlights.bulkDelete(plan.removed);
      await db.syncKnown.bulkPut(plan.known);
      await db.meta.put({ key: APPLIED_SEQ_KEY, value: lastSeq });
      const { put, removed } = plan;
      return { put, removed, delta: plan.added - removed.length, value: put.length + removed.length, fromSync: true };
    },
    'changes from your other devices were not saved.',
  );
  // Visits go through the memory store, which keeps each entity's reading summary in step.
  if (syncHistory) for (const x of visits) await recordVisit(db, (x.rec as VisitRecord).visit);
  const s = settings as SettingsRecord | null;
  if (s && c.settings) {
    const mine = await c.settings.read();
    if (s.updatedAt > mine.updatedAt || (s.updatedAt === mine.updatedAt && s.by > c.deviceId))
      await c.settings.apply(s.settings, s.updatedAt);
  }
  return applied;
}

/** Applies every change of the sync database not yet applied to Dexie. */
export async function pullIn(c: BridgeContext): Promise<PullOutcome> {
  let applied = 0;
  let wroteLocal = false;
  const urls = new Set<string>();
  let unreadable = 0;
  for (;;) {
    const since = ((await c.db.meta.get(APPLIED_SEQ_KEY))?.value as number | string | undefined) ?? 0;
    const res = await c.docs.changes({ since, limit: c.batchSize, include_docs: true, conflicts: true });
    if (res.results.length === 0) break;
    const opened = await openChanges(c, res.results);
    wroteLocal ||= opened.wroteLocal;
    unreadable += opened.unreadable;
    applied += await applyBatch(c, opened.incoming, res.last_seq, urls);
  }
  if (unreadable) c.onNotice?.({ kind: 'unreadable', count: unreadable });
  return { applied, wroteLocal, urls: [...urls] };
}
