// The sync engine's rows in `meta`: whether sync is on and its keys, this device's id, the
// name of the local PouchDB database (a new one per server database), and the transactions
// that turn sync on, start a database afresh, and turn it off.
import type { GlossDb } from '@/utils/adapters/db';
import type { SyncKeys } from '@/utils/sync/crypto';
import { APPLIED_SEQ_KEY } from './sync-bridge';
import { SYNC_ON_KEY } from './sync-journal';
import { FILL_KEY } from './sync-outbox-fill';

const KEYS_KEY = 'syncKeys';
const DEVICE_KEY = 'syncDeviceId';
const DB_ID_KEY = 'syncDbId';

/** The local PouchDB database's name. */
export async function localDbName(db: GlossDb): Promise<string> {
  const id = (await db.meta.get(DB_ID_KEY))?.value;
  return `gloss-sync-${typeof id === 'string' ? id : 'default'}`;
}

/** This device's id, made on first use. */
export async function deviceId(db: GlossDb): Promise<string> {
  const row = await db.meta.get(DEVICE_KEY);
  if (typeof row?.value === 'string') return row.value;
  const id = crypto.randomUUID();
  await db.meta.put({ key: DEVICE_KEY, value: id });
  return id;
}

/** The keys when sync is on; undefined when it is off or has none. */
export async function enabledKeys(db: GlossDb): Promise<SyncKeys | undefined> {
  const on = (await db.meta.get(SYNC_ON_KEY))?.value === true;
  const keys = (await db.meta.get(KEYS_KEY))?.value as SyncKeys | undefined;
  return on ? keys : undefined;
}

/** Another server database (or a new one): a new local database, nothing known, nothing queued. */
export async function startAfresh(db: GlossDb): Promise<void> {
  await db.transaction('rw', db.meta, db.syncKnown, db.syncOutbox, async () => {
    await db.meta.put({ key: DB_ID_KEY, value: crypto.randomUUID() });
    await db.meta.delete(APPLIED_SEQ_KEY);
    await db.syncKnown.clear();
    await db.syncOutbox.clear();
  });
}

/** Sync on with `keys`; the outbox is filled from the start. */
export async function markEnabled(db: GlossDb, keys: SyncKeys): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: KEYS_KEY, value: keys });
    await db.meta.put({ key: SYNC_ON_KEY, value: true });
    await db.meta.put({ key: FILL_KEY, value: '' });
  });
}

/** Sync off: the keys and the unsent outbox go; every local highlight stays. */
export async function markDisabled(db: GlossDb): Promise<void> {
  await db.transaction('rw', db.meta, db.syncOutbox, async () => {
    await db.meta.put({ key: SYNC_ON_KEY, value: false });
    await db.meta.delete(KEYS_KEY);
    await db.syncOutbox.clear();
  });
}
