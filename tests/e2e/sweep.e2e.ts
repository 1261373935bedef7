// The reduced real-page sweep (tests/e2e/harness/sweep.ts; the full one is `npm run sweep`),
// in Chromium and Firefox ESR: the seed, the react-like app page and a mix of fixture pages
// (a page that is no article, a short story only its markup vouches for, a French one, English news pages). Gloss logs no error, leaves
// the DOM of every deterministic page exactly as it was, lets the app hydrate and keep
// working, leaves non-articles without a trace and marks nothing on non-English pages.
import { E2E_BROWSERS } from './harness/page-scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type TestBrowser } from './harness/browsers';
import { startPageServer, type PageServer } from './harness/server';
import { formatTable, sweepBrowser, sweepTargets, type SweepRun } from './harness/sweep';

const BROWSERS = E2E_BROWSERS;
// A page that is no article (tests/e2e/pages/not-article.html), and a short English news
// story that isProbablyReaderable turns down but its article markup vouches for (issue 11).
const NOT_ARTICLE = 'not-article';
const SHORT_ARTICLE = 'aeb-bbc.com-1';
const FRENCH = 'mozilla-lemonde-1';
// aeb-nytimes.com-1 is left to the full sweep: its own script appends a <script> at a time
// that varies between loads, so a two-load comparison in a short test races with it.
const PAGES = [SHORT_ARTICLE, FRENCH, 'aeb-cnn.com-1', 'mozilla-guardian-1', 'aeb-foxnews.com-1', 'aeb-reuters.com-1'];

describe.each(BROWSERS)('real-page sweep in %s', (name) => {
  let server: PageServer;
  let browser: TestBrowser;
  let runs: SweepRun[] = [];
  const run = (page: string) => {
    const r = runs.find((x) => x.page === page);
    if (!r) throw new Error(`no sweep run for ${page}`);
    return r;
  };

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name);
    runs = await sweepBrowser(browser, sweepTargets(server, PAGES, { testPages: ['react-like', NOT_ARTICLE] }));
    console.log(formatTable(runs));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads every page, with no Gloss error', () => {
    expect(runs.map((r) => r.page).sort()).toEqual(['seed', 'react-like', NOT_ARTICLE, ...PAGES].sort());
    expect(runs.filter((r) => r.failure).map((r) => `${r.page}: ${r.failure}`)).toEqual([]);
    expect(runs.flatMap((r) => r.error_messages.map((m) => `${r.page}: ${m}`))).toEqual([]);
  });

  it('leaves the DOM of every deterministic page exactly as it was', () => {
    // Our own pages are deterministic: the comparison must be a plain `false`.
    expect(run('seed').dom_changed).toBe(false);
    expect(run('react-like').dom_changed).toBe(false);
    for (const r of runs) {
      const ok = r.dom_changed === false || (r.dom_changed === null && /nondeterministic/.test(r.dom_reason ?? ''));
      expect(ok, `${r.page}: dom_changed=${r.dom_changed} ${r.dom_reason ?? ''}`).toBe(true);
    }
  });

  it('lets a React-like app hydrate and keep working', () => {
    const r = run('react-like');
    expect(r.status).toBe('article');
    expect(r.entities).toBeGreaterThan(0);
    expect(r.gloss_highlights.length).toBeGreaterThan(0);
    expect(r.hydrated).toBe('ok');
    expect(r.counter_ok).toBe(true);
  });

  it('marks the seed article, mapped in full', () => {
    const r = run('seed');
    expect(r.status).toBe('article');
    expect(r.entities).toBeGreaterThanOrEqual(5);
    expect(r.mapped_pct).toBeGreaterThanOrEqual(98);
    expect(r.ms_to_mentions).toBeGreaterThan(0);
  });

  it('reads a short English story that isProbablyReaderable turns down, leaving its DOM as it was', () => {
    const r = run(SHORT_ARTICLE);
    expect(r.status).toBe('article');
    expect(r.entities).toBeGreaterThan(0);
  });

  it('leaves a page that is no article without any trace', () => {
    const r = run(NOT_ARTICLE);
    expect(r.status).toBe('not-article');
    expect(r.entities).toBe(0);
    expect(r).toMatchObject({ gloss_nodes: 0, gloss_highlights: [], untouched: true });
    for (const x of runs.filter((y) => y.status === 'not-article')) expect(x.untouched, x.page).toBe(true);
  });

  it('marks no entity on a non-English page and says why', () => {
    const r = run(FRENCH);
    expect(r.status).toBe('article');
    expect(r.english).toBe(false);
    expect(r.entities).toBe(0);
    expect(r.gloss_highlights).toEqual([]);
    expect(r.note ?? '').not.toBe('');
  });
});
