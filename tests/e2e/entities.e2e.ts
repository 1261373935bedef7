// The entity engine in the page, in Chromium and Firefox ESR: on the seed article every gold
// person's mentions are drawn in CSS.highlights ('gloss-person'), places in 'gloss-place',
// and the page's DOM is untouched (drawing uses ranges only).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../shared';
import { launch, type TestBrowser } from './harness/browsers';
import { startPageServer, type PageServer } from './harness/server';
import { E2E_BROWSERS } from './harness/page-scripts';
import { waitFor } from './harness/wait';

const BROWSERS = E2E_BROWSERS;
const gold = JSON.parse(readFileSync(sharedPath('fixtures/seed/gold.json'), 'utf8')) as {
  PER: Array<{ name: string; mentions: string[] }>;
  LOC: Array<{ name: string; mentions: string[] }>;
};

const drawn = (name: string) =>
  `(() => { const h = CSS.highlights.get(${JSON.stringify(name)}); return h ? [...h].map((r) => r.toString().replace(/\\s+/g, ' ')) : []; })()`;

describe.each(BROWSERS)('entities on the seed page in %s', (name) => {
  let server: PageServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws every gold person and most gold places with the Custom Highlight API', async () => {
    const tab = await browser.newTab();
    const since = Date.now();
    await tab.goto(server.seedUrl);
    const report = await browser.waitForReport(server.seedUrl, since, 30_000);
    expect(report.status).toBe('article');
    const people = await waitFor(async () => {
      const list = await tab.evaluate<string[]>(drawn('gloss-person'));
      return list.length ? list : null;
    }, 'person highlights');
    for (const p of gold.PER) {
      for (const m of p.mentions) expect(people, `${p.name}: "${m}"`).toContain(m);
    }
    const places = await tab.evaluate<string[]>(drawn('gloss-place'));
    const foundPlaces = gold.LOC.filter((l) => l.mentions.some((m) => places.includes(m)));
    expect(foundPlaces.length).toBeGreaterThanOrEqual(gold.LOC.length - 1);
    // Drawing added no node: the article still has its own markup only.
    expect(await tab.evaluate<number>(`document.querySelectorAll('article *').length`)).toBe(
      await tab.evaluate<number>(
        `new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html').querySelectorAll('article *').length`,
      ),
    );
    expect(browser.glossErrors()).toEqual([]);
    await tab.close();
  });
});
