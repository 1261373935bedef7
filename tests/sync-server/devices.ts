// Test devices for sync: each is a Gloss database (fake-indexeddb), its highlight store with
// the sync journal, and a sync engine whose local PouchDB uses the in-memory adapter, all
// replicating through a real CouchDB-compatible server on 127.0.0.1 (couch-server.ts).
import Dexie from 'dexie';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { createDb, type GlossDb } from '../../utils/adapters/db';
import { createHighlightStore, type HighlightStore } from '../../entrypoints/background/highlight-store';
import { createSyncJournal } from '../../entrypoints/background/sync-journal';
import {
  createSyncEngine,
  type SyncConfig,
  type SyncEngine,
  type SyncEngineOptions,
} from '../../entrypoints/background/sync-engine';
import { MIN_ITERATIONS } from '../../utils/sync/crypto';
import type { NewHighlight } from '../../utils/model/types';

export const Pouch = PouchDB.plugin(http).plugin(replication).plugin(memory);

export interface Device {
  name: string;
  db: GlossDb;
  store: HighlightStore;
  engine: SyncEngine;
  config: { value: SyncConfig | null };
  applied: string[][];
  /** Documents of each _bulk_docs request this device sent to the server. */
  bulkSent: Array<{ url: string; ids: string[] }>;
  /** A new engine over the same data, as after a background restart. */
  restart(extra?: Partial<SyncEngineOptions>): Promise<void>;
  close(): Promise<void>;
}

let n = 0;

export function makeDevice(extra: Partial<SyncEngineOptions> = {}, dbName?: string): Device {
  const name = dbName ?? `sync-dev-${process.pid}-${++n}-${Math.random().toString(36).slice(2, 8)}`;
  const db = createDb(name);
  const config = { value: null as SyncConfig | null };
  const applied: string[][] = [];
  const bulkSent: Device['bulkSent'] = [];
  // The real fetch, with a note of what each bulk write carried (batching and resume checks).
  const recordingFetch: typeof fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (init?.method === 'POST' && url.includes('/_bulk_docs') && typeof init.body === 'string') {
      const body = JSON.parse(init.body) as { docs?: Array<{ _id: string }> };
      bulkSent.push({ url, ids: (body.docs ?? []).map((d) => d._id) });
    }
    return globalThis.fetch(input, init);
  };
  let engine!: SyncEngine;
  const store = createHighlightStore(db, {
    journal: createSyncJournal(db),
    onWrite: () => engine.kick(),
    snapshotDelayMs: 60_000,
  });
  const build = (more: Partial<SyncEngineOptions>) =>
    createSyncEngine({
      db,
      store,
      Pouch,
      localAdapter: 'memory',
      fetch: recordingFetch,
      extensionOrigin: 'chrome-extension://test',
      config: { get: async () => config.value, set: async (c) => void (config.value = c) },
      iterations: MIN_ITERATIONS,
      pushDelayMs: 20,
      backoff: { baseMs: 200, maxMs: 2000 },
      heartbeatMs: 2000,
      onApplied: (urls) => applied.push(urls),
      ...extra,
      ...more,
    });
  engine = build({});
  const device: Device = {
    name,
    db,
    store,
    get engine() {
      return engine;
    },
    config,
    applied,
    bulkSent,
    async restart(more = {}) {
      await engine.stop();
      engine = build(more);
      await engine.start();
    },
    async close() {
      await engine.stop();
      store.dispose();
      db.close();
      await Dexie.delete(name);
    },
  } as Device;
  return device;
}

export const newHighlight = (i: number, over: Partial<NewHighlight> = {}): NewHighlight => ({
  url: `https://news.example.com/story-${i % 50}`,
  title: `Story ${i % 50}`,
  site: 'news.example.com',
  quote: `Secret quote number ${i}`,
  prefix: 'before ',
  suffix: ' after',
  start: i * 10,
  end: i * 10 + 8,
  color: 'yellow',
  note: `private note ${i}`,
  tags: [],
  entityIds: ['Q7747'],
  entityNames: ['Vladimir Putin'],
  ...over,
});
