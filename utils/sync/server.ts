// Talking to the reader's CouchDB-compatible server outside replication: checking the
// settings the reader typed and saying exactly what is wrong, creating the database when
// asked, and the one small unencrypted document every device needs first (the key
// derivation parameters: salt, rounds, key check value). `fetch` is passed in, so the same
// code runs in the background and in tests against a real server on loopback.
import { assertKeyParams, type KeyParams } from './crypto';

/** What the reader types in the options page. */
export interface ServerSettings {
  /** Server address, e.g. https://couch.example.org:6984 (a path prefix is allowed). */
  url: string;
  /** The database for this reader's Gloss. */
  db: string;
  user: string;
  password: string;
}

export type ProblemKind =
  | 'bad-url'
  | 'bad-db-name'
  | 'unreachable'
  | 'tls'
  | 'cors'
  | 'not-couchdb'
  | 'unauthorized'
  | 'forbidden'
  | 'no-database'
  | 'server-error';

/** Something wrong with the server or the settings, said for the reader. */
export class SyncServerError extends Error {
  override readonly name = 'SyncServerError';
  constructor(
    readonly kind: ProblemKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The server answered as a CouchDB and the database is there, readable and writable by the user. */
export interface ServerCheck {
  ok: true;
  version: string;
}

/** Key of the unencrypted parameters document (a `_local` document: never replicated). */
export const PARAMS_DOC = '_local/gloss-sync';

const DB_NAME = /^[a-z][a-z0-9_$()+\-/]{0,237}$/;

/** The server's origin and the database's URL, or a {@link SyncServerError} saying what is wrong. */
export function parseServer(s: ServerSettings): { origin: string; base: string; dbUrl: string } {
  let u: URL;
  try {
    u = new URL(s.url.trim());
  } catch {
    throw new SyncServerError(
      'bad-url',
      'Enter the server address as a full URL, such as https://couch.example.org:6984.',
    );
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new SyncServerError(
      'bad-url',
      'The server address must start with https:// (or http:// on your own network).',
    );
  if (u.username || u.password)
    throw new SyncServerError('bad-url', 'Put the user name and password in their own fields, not in the address.');
  if (u.search || u.hash) throw new SyncServerError('bad-url', 'The server address cannot have a ?query or #fragment.');
  if (!DB_NAME.test(s.db))
    throw new SyncServerError(
      'bad-db-name',
      'A database name starts with a lowercase letter and has only lowercase letters, digits and _ $ ( ) + - /.',
    );
  const base = u.href.replace(/\/+$/, '');
  return { origin: u.origin, base, dbUrl: `${base}/${encodeURIComponent(s.db)}` };
}

/** The `Authorization` header for the reader's user. */
export function authHeader(s: ServerSettings): string {
  const bytes = new TextEncoder().encode(`${s.user}:${s.password}`);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}

const corsHelp = (extensionOrigin: string) =>
  `The server is reachable but does not allow requests from Gloss (CORS is not enabled). In CouchDB's configuration set [chttpd] enable_cors = true and add ${extensionOrigin} to [cors] origins (with credentials = true); see docs/sync.md.`;

/**
 * Why a request failed before any answer. Browsers only say "failed to fetch"; a second
 * request that does not need CORS tells "reachable but CORS" from "unreachable". Node
 * (tests) also names certificate failures.
 */
async function networkProblem(
  err: unknown,
  url: string,
  fetchFn: typeof fetch,
  extensionOrigin: string,
): Promise<SyncServerError> {
  const code = String((err as { cause?: { code?: unknown } })?.cause?.code ?? '');
  if (/CERT|SSL|TLS/i.test(code))
    return new SyncServerError(
      'tls',
      `The server's TLS certificate is not trusted (${code}). Use a certificate this browser trusts.`,
      {
        cause: err,
      },
    );
  try {
    await fetchFn(url, { mode: 'no-cors', credentials: 'omit' });
    return new SyncServerError('cors', corsHelp(extensionOrigin), { cause: err });
  } catch {
    const https = url.startsWith('https:');
    return new SyncServerError(
      https ? 'unreachable' : 'unreachable',
      https
        ? `Gloss cannot reach ${new URL(url).origin}: the server is down, the address or port is wrong, you are offline, or its TLS certificate is not trusted by this browser (open the address in a tab to see which).`
        : `Gloss cannot reach ${new URL(url).origin}: the server is down, the address or port is wrong, or you are offline.`,
      { cause: err },
    );
  }
}

async function request(
  s: ServerSettings,
  fetchFn: typeof fetch,
  extensionOrigin: string,
  url: string,
  init: RequestInit = {},
): Promise<Response> {
  try {
    return await fetchFn(url, {
      ...init,
      headers: { Accept: 'application/json', Authorization: authHeader(s), ...(init.headers ?? {}) },
      credentials: 'omit',
    });
  } catch (err) {
    throw await networkProblem(err, url, fetchFn, extensionOrigin);
  }
}

async function failure(res: Response, s: ServerSettings, what: string): Promise<SyncServerError> {
  const body = (await res.json().catch(() => ({}))) as { reason?: unknown };
  const reason = typeof body.reason === 'string' ? ` (the server says: ${body.reason.slice(0, 200)})` : '';
  if (res.status === 401)
    return new SyncServerError(
      'unauthorized',
      `The server refused the user name or password for "${s.user}"${reason}.`,
    );
  if (res.status === 403)
    return new SyncServerError(
      'forbidden',
      `The user "${s.user}" is not allowed to ${what}${reason}. On the server, add the user to the database's members (its _security document).`,
    );
  if (res.status === 404)
    return new SyncServerError('no-database', `The database "${s.db}" does not exist on this server.`);
  return new SyncServerError('server-error', `The server answered ${res.status} when Gloss tried to ${what}${reason}.`);
}

/**
 * Checks the reader's settings against the server, step by step: the address, that a
 * CouchDB answers, the password, access to the database, and that it exists. Throws a
 * {@link SyncServerError} naming the first problem.
 */
export async function checkServer(
  s: ServerSettings,
  fetchFn: typeof fetch,
  extensionOrigin: string,
): Promise<ServerCheck> {
  const { base, dbUrl } = parseServer(s);
  let root: Response;
  try {
    root = await fetchFn(`${base}/`, { headers: { Accept: 'application/json' }, credentials: 'omit' });
  } catch (err) {
    throw await networkProblem(err, `${base}/`, fetchFn, extensionOrigin);
  }
  const welcome = (await root.json().catch(() => null)) as Record<string, unknown> | null;
  const isCouch = !!welcome && (typeof welcome.couchdb === 'string' || typeof welcome['express-pouchdb'] === 'string');
  if (!isCouch && root.status !== 401)
    throw new SyncServerError(
      'not-couchdb',
      `${base} answered, but not as a CouchDB server (status ${root.status}). Check the address and port.`,
    );
  const res = await request(s, fetchFn, extensionOrigin, `${dbUrl}/`);
  if (!res.ok) throw await failure(res, s, `open the database "${s.db}"`);
  return { ok: true, version: typeof welcome?.version === 'string' ? welcome.version : '' };
}

/** Creates the database (the reader accepted the offer); needs a user allowed to. */
export async function createDatabase(s: ServerSettings, fetchFn: typeof fetch, extensionOrigin: string): Promise<void> {
  const { dbUrl } = parseServer(s);
  const res = await request(s, fetchFn, extensionOrigin, `${dbUrl}/`, { method: 'PUT' });
  if (res.status === 412) return; // created meanwhile
  if (!res.ok) {
    const err = await failure(res, s, `create the database "${s.db}"`);
    if (err.kind === 'forbidden' || err.kind === 'unauthorized')
      throw new SyncServerError(
        err.kind,
        `The user "${s.user}" may not create databases. Create "${s.db}" as the server's admin (docs/sync.md), then try again.`,
      );
    throw err;
  }
}

/** The database's encryption parameters; null when none were written yet (a new database). */
export async function readKeyParams(
  s: ServerSettings,
  fetchFn: typeof fetch,
  extensionOrigin: string,
): Promise<KeyParams | null> {
  const { dbUrl } = parseServer(s);
  const res = await request(s, fetchFn, extensionOrigin, `${dbUrl}/${PARAMS_DOC}`);
  if (res.status === 404) {
    const body = (await res.json().catch(() => ({}))) as { reason?: unknown };
    // "missing"/"deleted": no parameters yet; "no_db_file"/"Database does not exist.": no database.
    if (typeof body.reason === 'string' && /no_db_file|database does not exist/i.test(body.reason))
      throw new SyncServerError('no-database', `The database "${s.db}" does not exist on this server.`);
    return null;
  }
  if (!res.ok) throw await failure(res, s, `read the database "${s.db}"`);
  const doc = (await res.json()) as { params?: unknown };
  assertKeyParams(doc.params);
  return doc.params;
}

/** Writes the parameters of a new database; refuses to replace ones another device wrote. */
export async function writeKeyParams(
  s: ServerSettings,
  fetchFn: typeof fetch,
  extensionOrigin: string,
  params: KeyParams,
): Promise<void> {
  const { dbUrl } = parseServer(s);
  const existing = await readKeyParams(s, fetchFn, extensionOrigin);
  if (existing) throw new SyncServerError('server-error', 'Another device set up this database meanwhile; try again.');
  const res = await request(s, fetchFn, extensionOrigin, `${dbUrl}/${PARAMS_DOC}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ params }),
  });
  if (!res.ok) throw await failure(res, s, `write to the database "${s.db}"`);
}
