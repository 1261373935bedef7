// A static server on 127.0.0.1 for e2e tests and the demo: the seed page, every fixture page
// and the test-only pages of tests/e2e/pages, exactly as stored (no rewriting).
import { createServer, type Server } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { SHARED_DIR } from '../../shared';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
};

export interface PageServer {
  origin: string;
  /** URL of the seed article page. */
  seedUrl: string;
  /** URL of fixture page `name` (a folder of ../shared/fixtures/pages). */
  pageUrl(name: string): string;
  /** URL of a test-only page in tests/e2e/pages. */
  testPageUrl(file: string): string;
  close(): Promise<void>;
}

const ROOTS: Record<string, string> = {
  seed: join(SHARED_DIR, 'fixtures', 'seed'),
  pages: join(SHARED_DIR, 'fixtures', 'pages'),
  test: resolve(process.cwd(), 'tests', 'e2e', 'pages'),
};

/** Names of the fixture page folders, sorted. */
export async function fixturePageNames(): Promise<string[]> {
  const entries = await readdir(ROOTS.pages!, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export async function startPageServer(port = 0): Promise<PageServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const [, root, ...rest] = url.pathname.split('/');
      const base = ROOTS[root ?? ''];
      if (!base) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      let rel = decodeURIComponent(rest.join('/'));
      if (rel === '' || rel.endsWith('/'))
        rel += root === 'pages' ? 'source.html' : root === 'seed' ? 'page.html' : 'index.html';
      const file = normalize(join(base, rel));
      if (!file.startsWith(base)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch (err) {
      const code = (err as { code?: string }).code;
      res.writeHead(code === 'ENOENT' || code === 'EISDIR' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(String((err as Error).message));
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const addr = server.address();
  const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}`;
  return {
    origin,
    seedUrl: `${origin}/seed/`,
    pageUrl: (name) => `${origin}/pages/${encodeURIComponent(name)}/`,
    testPageUrl: (file) => `${origin}/test/${file}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
