// Sync set-up's checks before anything changes: the server answers (creating the database
// when the reader accepted that), and the passphrase opens the database's encryption
// parameters, or makes them when there are none (the first device). `fetch` is passed in.
import type { SetupRequest } from '../model/sync';
import { createKeys, unlockKeys, type SyncKeys } from './crypto';
import { checkServer, createDatabase, readKeyParams, SyncServerError, writeKeyParams } from './server';

/** The keys for the server's database, and whether this device made its parameters. */
export interface EstablishedKeys {
  keys: SyncKeys;
  firstDevice: boolean;
}

/** Checks the server and the passphrase; throws the server's or the passphrase's error. */
export async function establishKeys(
  req: SetupRequest,
  fetch: typeof globalThis.fetch,
  extensionOrigin: string,
  iterations: number,
): Promise<EstablishedKeys> {
  try {
    await checkServer(req.server, fetch, extensionOrigin);
  } catch (err) {
    if (!(err instanceof SyncServerError) || err.kind !== 'no-database' || !req.createDatabase) throw err;
    await createDatabase(req.server, fetch, extensionOrigin);
  }
  const params = await readKeyParams(req.server, fetch, extensionOrigin);
  if (params) return { keys: await unlockKeys(req.passphrase, params), firstDevice: false };
  const made = await createKeys(req.passphrase, iterations);
  await writeKeyParams(req.server, fetch, extensionOrigin, made.params);
  return { keys: made.keys, firstDevice: true };
}
