// A private window records nothing (issue 15), in real Chromium and Firefox ESR, with Gloss
// let into private windows as a reader would let it (harness/private-windows.ts: the
// profile's own setting, written before the browser starts). Gloss runs there — the
// article in the private window is read, its entities recognized and marked (its report says
// so, from a tab the browser calls incognito) — and nothing of it reaches the reading
// history, the memory or the entity-visit index; a page read afterwards in a normal window
// is recorded as usual, alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../utils/model/page-report';
import { EXT_API, launch, type TestBrowser } from './harness/browsers';
import { E2E_BROWSERS } from './harness/page-scripts';
import { startPageServer, type PageServer } from './harness/server';
import { waitFor } from './harness/wait';

/** Rows (or keys, for the outbound-keyed index) of one store of Gloss's database. */
const storeRows = (store: string, keys = false) =>
  `new Promise((res, rej) => { const r = indexedDB.open('gloss'); r.onsuccess = () => { const q = r.result.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).${keys ? 'getAllKeys' : 'getAll'}(); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); }; r.onerror = () => rej(r.error); })`;

describe.each(E2E_BROWSERS)('a private window in %s', (name) => {
  let server: PageServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name, { privateWindows: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const history = () => browser.inExtension<Array<{ url: string }>>(storeRows('articles'));
  const memory = () => browser.inExtension<Array<{ key: string; articles: number }>>(storeRows('memory'));
  const visitKeys = () => browser.inExtension<unknown[]>(storeRows('entityVisits', true));

  it('Gloss runs and marks the article there, and records nothing of it', async () => {
    expect(await browser.inExtension<boolean>(`${EXT_API}.extension.isAllowedIncognitoAccess()`)).toBe(true);
    const { windowId, tabId } = await browser.inExtension<{ windowId: number; tabId: number }>(
      `${EXT_API}.windows.create({ incognito: true, url: ${JSON.stringify(server.seedUrl)} }).then(async (w) => ({ windowId: w.id, tabId: (w.tabs?.[0] ?? (await ${EXT_API}.tabs.query({ windowId: w.id }))[0]).id }))`,
    );
    expect(await browser.inExtension<boolean>(`${EXT_API}.tabs.get(${tabId}).then((t) => t.incognito)`)).toBe(true);
    // The content script's report of that tab: the article read, its entities recognized and
    // marked (a report says why when nothing is marked).
    const report = await waitFor(
      async () => {
        const all = await browser.inExtension<Record<string, PageReport> | undefined>(
          `(await ${EXT_API}.storage.session.get('pageReports')).pageReports`,
        );
        return all?.[String(tabId)] ?? null;
      },
      'the report of the page in the private window',
      { timeoutMs: 30_000 },
    );
    expect(report.status).toBe('article');
    if (report.status !== 'article') return;
    expect(report.url).toBe(server.seedUrl);
    expect(report.entities.filter((e) => e.type === 'PER').length).toBeGreaterThan(0);
    expect(report.note).toBeNull();

    // Nothing was recorded: no history row, no memory, no index key.
    expect(await history()).toEqual([]);
    expect(await memory()).toEqual([]);
    expect(await visitKeys()).toEqual([]);

    // The same Gloss records a page read in a normal window, and only that one. (The private
    // page's report was handled before this page was even opened; the private window is
    // closed first, or Firefox would open the new tab in it, the last focused window.)
    await browser.inExtension(`${EXT_API}.windows.remove(${windowId}).then(() => true)`);
    const tab = await browser.newTab();
    const normalUrl = server.testPageUrl('erdogan-earlier.html');
    expect((await browser.visit(tab, normalUrl)).status).toBe('article');
    const rows = await waitFor(async () => {
      const h = await history();
      return h.length > 0 ? h : null;
    }, 'the normal window’s page in the history');
    expect(rows.map((r) => r.url)).toEqual([normalUrl]);
    const remembered = await memory();
    expect(remembered.length).toBeGreaterThan(0);
    expect(remembered.every((r) => r.articles === 1)).toBe(true);
    expect(await visitKeys()).toHaveLength(remembered.length);
    expect(browser.glossErrors()).toEqual([]);
  });
});
