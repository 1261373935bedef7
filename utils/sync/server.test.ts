// The connection check against a real CouchDB-compatible server on 127.0.0.1: each problem
// the reader can have is named.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../../tests/sync-server/couch-server';
import { createKeys, MIN_ITERATIONS } from './crypto';
import {
  checkServer,
  createDatabase,
  parseServer,
  readKeyParams,
  SyncServerError,
  writeKeyParams,
  type ServerSettings,
} from './server';

let couch: CouchServer;
let plain: Server;
let plainUrl = '';
const ORIGIN = 'chrome-extension://abc';

beforeAll(async () => {
  couch = await startCouchServer({
    users: { admin: { password: 'a', dbs: [], admin: true }, reader: { password: 'r', dbs: ['mine'] } },
    dbs: ['mine', 'theirs'],
  });
  plain = createServer((_req, res) => res.end('<html>not a database</html>'));
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  plainUrl = `http://127.0.0.1:${(plain.address() as { port: number }).port}`;
});
afterAll(async () => {
  await couch.stop();
  await new Promise((r) => plain.close(r));
});

const s = (over: Partial<ServerSettings> = {}): ServerSettings => ({
  url: couch.url,
  db: 'mine',
  user: 'reader',
  password: 'r',
  ...over,
});
const kindOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof SyncServerError) return err.kind;
    throw err;
  }
};

describe('checkServer', () => {
  it('accepts a reachable CouchDB, a right password and a database the user may use', async () => {
    expect(await checkServer(s(), fetch, ORIGIN)).toEqual({ ok: true, version: '3.3.3' });
  });

  it('names each problem', async () => {
    expect(await kindOf(checkServer(s({ password: 'nope' }), fetch, ORIGIN))).toBe('unauthorized');
    expect(await kindOf(checkServer(s({ db: 'theirs' }), fetch, ORIGIN))).toBe('forbidden');
    expect(await kindOf(checkServer(s({ user: 'admin', password: 'a', db: 'missing' }), fetch, ORIGIN))).toBe(
      'no-database',
    );
    expect(await kindOf(checkServer(s({ url: plainUrl }), fetch, ORIGIN))).toBe('not-couchdb');
    // A closed port: nothing listens there.
    expect(await kindOf(checkServer(s({ url: 'http://127.0.0.1:9' }), fetch, ORIGIN))).toBe('unreachable');
    expect(await kindOf(checkServer(s({ url: 'ftp://127.0.0.1' }), fetch, ORIGIN))).toBe('bad-url');
    expect(await kindOf(checkServer(s({ url: 'http://u:p@127.0.0.1' }), fetch, ORIGIN))).toBe('bad-url');
    expect(await kindOf(checkServer(s({ db: 'Has Spaces' }), fetch, ORIGIN))).toBe('bad-db-name');
  });

  it('tells CORS from unreachable: the server answers without CORS, the browser refuses the answer', async () => {
    // A browser's fetch: a CORS request to a server that sends no Access-Control-Allow-Origin
    // fails with a TypeError, while a no-cors request to it succeeds (opaque).
    couch.setCors(null);
    const browserFetch: typeof fetch = async (input, init) => {
      const res = await fetch(input, { ...init, headers: { ...(init?.headers ?? {}), Origin: ORIGIN } });
      if (init?.mode === 'no-cors') return res;
      if (!res.headers.get('access-control-allow-origin')) throw new TypeError('Failed to fetch');
      return res;
    };
    try {
      const err = await checkServer(s(), browserFetch, ORIGIN).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SyncServerError);
      expect((err as SyncServerError).kind).toBe('cors');
      expect((err as SyncServerError).message).toContain('[chttpd] enable_cors = true');
      expect((err as SyncServerError).message).toContain(ORIGIN);
    } finally {
      couch.setCors(['*']);
    }
    expect(await checkServer(s(), browserFetch, ORIGIN)).toEqual({ ok: true, version: '3.3.3' });
  });
});

describe('creating a database and its key parameters', () => {
  it('creates a missing database when the user may, and says who may when not', async () => {
    expect(await kindOf(createDatabase(s({ db: 'newdb' }), fetch, ORIGIN))).toBe('forbidden');
    await createDatabase(s({ user: 'admin', password: 'a', db: 'newdb' }), fetch, ORIGIN);
    expect(await checkServer(s({ user: 'admin', password: 'a', db: 'newdb' }), fetch, ORIGIN)).toMatchObject({
      ok: true,
    });
  });

  it('writes the parameters once and reads them back; a second write is refused', async () => {
    const settings = s({ user: 'admin', password: 'a', db: 'paramsdb' });
    await createDatabase(settings, fetch, ORIGIN);
    expect(await readKeyParams(settings, fetch, ORIGIN)).toBeNull();
    const { params } = await createKeys('p', MIN_ITERATIONS);
    await writeKeyParams(settings, fetch, ORIGIN, params);
    expect(await readKeyParams(settings, fetch, ORIGIN)).toEqual(params);
    const other = (await createKeys('q', MIN_ITERATIONS)).params;
    await expect(writeKeyParams(settings, fetch, ORIGIN, other)).rejects.toBeInstanceOf(SyncServerError);
    expect(await readKeyParams(settings, fetch, ORIGIN)).toEqual(params);
  });

  it('keeps a path prefix of the server address', () => {
    expect(parseServer(s({ url: 'https://host.example/couch/' })).dbUrl).toBe('https://host.example/couch/mine');
  });
});
