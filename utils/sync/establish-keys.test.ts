// Sync set-up's key step against a real CouchDB-compatible server on 127.0.0.1: the first
// device creates the database (only when the reader accepted) and the key parameters; the
// next one unlocks them with the same passphrase into the same keys; a wrong passphrase and
// a missing database are refused before anything is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../../tests/sync-server/couch-server';
import { MIN_ITERATIONS, openJson, recordId, sealJson, WrongPassphraseError } from './crypto';
import { establishKeys } from './establish-keys';
import { readKeyParams, type ServerSettings, SyncServerError } from './server';

let couch: CouchServer;
const ORIGIN = 'chrome-extension://abc';

beforeAll(async () => {
  couch = await startCouchServer({
    users: { admin: { password: 'a', dbs: [], admin: true }, reader: { password: 'r', dbs: ['mine'] } },
    dbs: ['mine'],
  });
});
afterAll(async () => {
  await couch.stop();
});

const server = (over: Partial<ServerSettings> = {}): ServerSettings => ({
  url: couch.url,
  db: 'mine',
  user: 'reader',
  password: 'r',
  ...over,
});

describe('establishKeys', () => {
  it('makes the parameters on the first device and unlocks the same keys on the next', async () => {
    expect(await readKeyParams(server(), fetch, ORIGIN)).toBeNull();
    const first = await establishKeys({ server: server(), passphrase: 'correct horse' }, fetch, ORIGIN, MIN_ITERATIONS);
    expect(first.firstDevice).toBe(true);
    const params = await readKeyParams(server(), fetch, ORIGIN);
    expect(params).toMatchObject({ iterations: MIN_ITERATIONS });

    const second = await establishKeys(
      { server: server(), passphrase: 'correct horse' },
      fetch,
      ORIGIN,
      MIN_ITERATIONS,
    );
    expect(second.firstDevice).toBe(false);
    // The parameters were not rewritten, and both devices hold the same keys.
    expect(await readKeyParams(server(), fetch, ORIGIN)).toEqual(params);
    expect(await recordId(second.keys, 'h:1')).toBe(await recordId(first.keys, 'h:1'));
    const id = await recordId(first.keys, 'h:1');
    const sealed = await sealJson(first.keys, id, { quote: 'shared' });
    expect(await openJson(second.keys, id, sealed)).toEqual({ quote: 'shared' });

    await expect(
      establishKeys({ server: server(), passphrase: 'wrong horse' }, fetch, ORIGIN, MIN_ITERATIONS),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('creates a missing database only when the reader accepted that', async () => {
    const fresh = server({ user: 'admin', password: 'a', db: 'fresh' });
    const refused = await establishKeys({ server: fresh, passphrase: 'p' }, fetch, ORIGIN, MIN_ITERATIONS).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(SyncServerError);
    expect((refused as SyncServerError).kind).toBe('no-database');
    const made = await establishKeys(
      { server: fresh, passphrase: 'p', createDatabase: true },
      fetch,
      ORIGIN,
      MIN_ITERATIONS,
    );
    expect(made.firstDevice).toBe(true);
    expect(await readKeyParams(fresh, fetch, ORIGIN)).toMatchObject({ iterations: MIN_ITERATIONS });
  });

  it("passes the server's other errors on without creating anything", async () => {
    const wrong = server({ password: 'nope' });
    const err = await establishKeys(
      { server: wrong, passphrase: 'p', createDatabase: true },
      fetch,
      ORIGIN,
      MIN_ITERATIONS,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncServerError);
    expect((err as SyncServerError).kind).toBe('unauthorized');
  });
});
