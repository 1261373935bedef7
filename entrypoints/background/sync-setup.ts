// Sync's ties to the browser, for the background: PouchDB with the IndexedDB adapter, the
// reader's sync configuration in local extension storage (never in `sync:` storage: it
// holds the server password), and the synced part of the settings with the time it last
// changed, so that the newer settings win on every device.
import { storage } from '@wxt-dev/storage';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import idb from 'pouchdb-adapter-idb';
import replication from 'pouchdb-replication';
import type { GlossDb } from '@/utils/adapters/db';
import { getSettings, updateSettings, watchSettings } from '@/utils/adapters/settings';
import { canonicalJson, SETTINGS_KEY, visitKey } from '@/utils/sync/record';
import { incomingSettingsPatch, syncedPart, type SyncedSettings } from '@/utils/sync/settings-filter';
import type { HighlightStore } from './highlight-store';
import { createSyncEngine, type SyncConfig, type SyncEngine, type SyncStatus } from './sync-engine';
import { outboxRows, SYNC_ON_KEY } from './sync-journal';

export const syncConfigItem = storage.defineItem<SyncConfig | null>('local:syncConfig', { fallback: null });
/** When the synced part of the settings last changed, and what it was then. */
const settingsStampItem = storage.defineItem<{ updatedAt: number; json: string } | null>('local:syncSettingsStamp', {
  fallback: null,
});

export interface SyncSetupOptions {
  db: GlossDb;
  store: HighlightStore;
  extensionOrigin: string;
  onApplied: (urls: string[]) => void;
  onStatus?: (s: SyncStatus) => void;
}

/** The background's sync engine, with settings following the reader's other devices. */
export function setUpSync(o: SyncSetupOptions): SyncEngine {
  const Pouch = PouchDB.plugin(idb).plugin(http).plugin(replication);
  const siteLists = async () => !!(await syncConfigItem.getValue())?.siteLists;

  const readSynced = async (): Promise<{ settings: SyncedSettings; updatedAt: number }> => {
    const settings = syncedPart(await getSettings(), await siteLists());
    const stamp = await settingsStampItem.getValue();
    const json = canonicalJson(settings);
    if (stamp?.json === json) return { settings, updatedAt: stamp.updatedAt };
    // Changed since the stamp (or never stamped): that change is now.
    const updatedAt = Date.now();
    await settingsStampItem.setValue({ updatedAt, json });
    return { settings, updatedAt };
  };

  const engine = createSyncEngine({
    db: o.db,
    store: o.store,
    Pouch,
    localAdapter: 'idb',
    fetch: (input, init) => fetch(input, init),
    extensionOrigin: o.extensionOrigin,
    config: { get: () => syncConfigItem.getValue(), set: (c) => syncConfigItem.setValue(c) },
    settings: {
      read: readSynced,
      apply: async (incoming, updatedAt) => {
        const patch = incomingSettingsPatch(incoming, await siteLists());
        const next = await updateSettings(patch);
        await settingsStampItem.setValue({ updatedAt, json: canonicalJson(syncedPart(next, await siteLists())) });
      },
    },
    onApplied: o.onApplied,
    onStatus: o.onStatus,
  });

  // A change of a synced setting on this device goes out like a highlight change.
  watchSettings(async (s) => {
    if ((await o.db.meta.get(SYNC_ON_KEY))?.value !== true) return;
    const json = canonicalJson(syncedPart(s, await siteLists()));
    const stamp = await settingsStampItem.getValue();
    if (stamp?.json === json) return;
    await settingsStampItem.setValue({ updatedAt: Date.now(), json });
    await o.db.syncOutbox.bulkPut(outboxRows([SETTINGS_KEY]));
    engine.kick();
  });
  return engine;
}

/** A history entry was recorded: it travels too when the reader turned history sync on. */
export async function journalVisit(db: GlossDb, url: string, kick: () => void): Promise<void> {
  if (!(await syncConfigItem.getValue())?.history || (await db.meta.get(SYNC_ON_KEY))?.value !== true) return;
  await db.syncOutbox.bulkPut(outboxRows([visitKey(url)]));
  kick();
}
