// The evaluator end to end, as `npm run eval:pages` runs it, on two pages made here: an article
// and a page that is not one. Checks what it writes (--out), what it prints (coverage, the skip
// reason, the score line) and that the printed score is the scorer's on the written output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGoldFile } from '../utils/eval/page-gold';
import { prf, scorePages, type PagePrediction } from '../utils/eval/score-pages';

const ROOT = resolve(__dirname, '..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

const paragraph = (n: number) =>
  `<p>On day ${n} of the summit, Chancellor Angela Merkel met President Emmanuel Macron in Paris to discuss the budget of the European Union, and the two leaders later spoke with reporters from Reuters about trade with China and the United States, the price of energy and the road ahead.</p>`;
const ARTICLE = `<!doctype html><html lang="en"><head><title>Merkel and Macron meet in Paris</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Merkel and Macron meet in Paris</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('\n')}</article>
</body></html>`;
const NOT_ARTICLE =
  '<!doctype html><html lang="en"><head><title>Home</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><p>Short.</p></body></html>';

let dir: string;
const run = (...args: string[]) =>
  spawnSync(TSX, [resolve(ROOT, 'scripts/eval-pages.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eval-pages-'));
  for (const [name, html] of [
    ['paris', ARTICLE],
    ['home', NOT_ARTICLE],
  ] as const) {
    mkdirSync(join(dir, 'pages', name), { recursive: true });
    writeFileSync(join(dir, 'pages', name, 'source.html'), html);
    writeFileSync(
      join(dir, 'pages', name, 'meta.json'),
      JSON.stringify({ url: `https://news.example/${name}`, lang: 'en' }),
    );
  }
  writeFileSync(
    join(dir, 'gold.json'),
    JSON.stringify({
      pages: {
        paris: {
          PER: [
            { name: 'Angela Merkel', mentions: ['Angela Merkel', 'Merkel'], borderline: false },
            { name: 'Emmanuel Macron', mentions: ['Emmanuel Macron', 'Macron'], borderline: false },
          ],
          LOC: [
            { name: 'Paris', mentions: ['Paris'], borderline: false },
            { name: 'China', mentions: ['China'], borderline: false },
            { name: 'United States', mentions: ['United States'], borderline: false },
          ],
          ORG: [
            { name: 'European Union', mentions: ['European Union'], borderline: true },
            { name: 'Reuters', mentions: ['Reuters'], borderline: false },
          ],
        },
      },
      notArticles: { home: 'a home page' },
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run eval:pages', () => {
  it('writes what was drawn per page, prints coverage and skips, and scores the written output', {
    timeout: 120_000,
  }, () => {
    const out = join(dir, 'out.json');
    const r = run('--pages', join(dir, 'pages'), '--gold', join(dir, 'gold.json'), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as Record<string, PagePrediction>;
    expect(Object.keys(written).sort()).toEqual(['home', 'paris']);
    expect(written.home).toEqual({ PER: [], LOC: [], ORG: [] });
    // Distinct strings: each name once, however many paragraphs repeat it.
    for (const list of Object.values(written.paris!)) expect(new Set(list).size).toBe(list.length);
    expect(written.paris!.PER.length + written.paris!.LOC.length).toBeGreaterThan(0);

    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain('English article pages: 1; pages with marks: 1 of them (100.0%)');
    expect(r.stdout).toMatch(/home \(a home page\): isProbablyReaderable said no/);
    // Every recognized mention found its range in the page.
    expect(r.stdout).toMatch(/mentions drawn: ([1-9]\d*) of \1 recognized/);
    expect(r.stdout).toMatch(/gold pages: 1 \(entities not borderline: PER 2, LOC 3, ORG 1\)/);
    const gold = parseGoldFile(JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')));
    const f1 = prf(scorePages(gold.pages, written), ['PER', 'LOC']).f1;
    expect(lines.at(-1)).toBe(`PER+LOC entity F1 ${f1.toFixed(3)}`);
  });

  it('refuses bad arguments and a malformed gold file with a clear message and exit code 2', {
    timeout: 120_000,
  }, () => {
    const missing = run('--pages', join(dir, 'nowhere'), '--gold', 'none');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no pages folder at .*nowhere/);
    const unknown = run('--pages', join(dir, 'pages'), '--gold', 'none', '--only', 'paris,elsewhere');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--only: no page folder elsewhere/);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ pages: { paris: { PER: [{ name: 'X' }] } } }));
    const bad = run('--pages', join(dir, 'pages'), '--gold', join(dir, 'bad.json'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/paris\.PER\[0\] \("X"\) needs non-empty "mentions"/);
    const model = run('--pages', join(dir, 'pages'), '--gold', 'none', '--model', join(dir, 'no-model.bin'));
    expect(model.status).toBe(2);
    expect(model.stderr).toMatch(/no model file at .*no-model\.bin/);
    const flag = run('--bogus');
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/unknown argument --bogus/);
  });
});
