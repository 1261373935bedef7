// A CouchDB-compatible server on 127.0.0.1 for tests and the bench: express-pouchdb (the
// CouchDB HTTP API over PouchDB, pouchdb-server's core) with the in-memory adapter, started
// and stopped by the test that uses it. In front of it, the two parts of CouchDB a reader's
// server configures and express-pouchdb's minimal mode lacks, answering with CouchDB's own
// status codes and bodies: basic-auth users with per-database access (401/403, as
// `_security` members), and CORS as `[chttpd] enable_cors` + `[cors] origins` would.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import expressPouchdb from 'express-pouchdb';

export interface CouchUser {
  password: string;
  /** Databases this user is a member of. */
  dbs: string[];
  /** A server admin: may create databases. */
  admin?: boolean;
}

export interface CouchServerOptions {
  users?: Record<string, CouchUser>;
  /** Origins CORS allows ('*' for any); null: CORS not enabled. */
  corsOrigins?: string[] | null;
  /** Databases to create at start. */
  dbs?: string[];
}

export interface CouchServer {
  url: string;
  port: number;
  /** The server stops answering (connections refused) until `up()`; data is kept. */
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
  /** Every stored document of a database, as the server holds it (for leak checks). */
  rawDocs(db: string): Promise<unknown[]>;
  /** Requests answered so far, by method and path (for batching checks). */
  log: Array<{ method: string; path: string; bytes: number }>;
  setCors(origins: string[] | null): void;
}

let serverCount = 0;

export async function startCouchServer(opts: CouchServerOptions = {}): Promise<CouchServer> {
  const prefix = `srv${++serverCount}-${process.pid}-`;
  const Mem = PouchDB.plugin(memory).defaults({ adapter: 'memory', prefix });
  const app = expressPouchdb(Mem, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  for (const name of opts.dbs ?? []) await new Mem(name).info();
  const users = opts.users ?? {};
  let cors = opts.corsOrigins === undefined ? ['*'] : opts.corsOrigins;
  const log: CouchServer['log'] = [];
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(body));
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push({ method: req.method ?? '', path: url.pathname, bytes: Number(req.headers['content-length'] ?? 0) });
    const origin = req.headers.origin;
    if (origin && cors && (cors.includes('*') || cors.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Expose-Headers', 'Content-Type, ETag');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
        res.setHeader('Access-Control-Allow-Headers', 'Accept, Authorization, Content-Type, Origin, Referer');
        res.statusCode = 204;
        return res.end();
      }
    } else if (req.method === 'OPTIONS') {
      return json(res, 405, { error: 'method_not_allowed', reason: 'Only DELETE,GET,HEAD,POST,PUT allowed' });
    }
    const segment = decodeURIComponent(url.pathname.split('/')[1] ?? '');
    if (segment === '' || segment === '_session' || segment === '_uuids') {
      if (segment === '')
        return json(res, 200, { couchdb: 'Welcome', version: '3.3.3', vendor: { name: 'express-pouchdb (tests)' } });
      return app(req, res);
    }
    if (segment === '_all_dbs') return json(res, 403, { error: 'forbidden', reason: 'Server admin only.' });
    const auth = req.headers.authorization;
    let user: (CouchUser & { name: string }) | null = null;
    if (auth?.startsWith('Basic ')) {
      const [name, ...rest] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
      const u = users[name];
      if (!u || u.password !== rest.join(':'))
        return json(res, 401, { error: 'unauthorized', reason: 'Name or password is incorrect.' });
      user = { ...u, name };
    }
    if (!user) return json(res, 401, { error: 'unauthorized', reason: 'You are not authorized to access this db.' });
    const creating = req.method === 'PUT' && url.pathname.replace(/\/$/, '') === `/${encodeURIComponent(segment)}`;
    if (creating && !user.admin) return json(res, 403, { error: 'forbidden', reason: 'You are not a server admin.' });
    if (!creating && !user.admin && !user.dbs.includes(segment))
      return json(res, 403, { error: 'forbidden', reason: 'You are not allowed to access this db.' });
    return app(req, res);
  };

  let server: Server | null = null;
  const sockets = new Set<Socket>();
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve();
      server = createServer(handler);
      server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
      server = null;
    });
  await listen();

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    down: close,
    up: listen,
    stop: close,
    setCors: (o) => {
      cors = o;
    },
    rawDocs: async (name) => {
      const res = await new Mem(name).allDocs({ include_docs: true, conflicts: true });
      const local = await new Mem(name).get('_local/gloss-sync').catch(() => null);
      return [...res.rows.map((r) => r.doc), ...(local ? [local] : [])];
    },
  };
}
