// Foundation, in real Chromium and Firefox ESR: the built extension finds the article on the
// seed page, maps it to the live DOM, leaves the page's DOM as it was, leaves non-articles
// alone, follows late articles and in-page navigation, and no request leaves 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type TestBrowser } from './harness/browsers';
import { startPageServer, type PageServer } from './harness/server';
import { E2E_BROWSERS } from './harness/page-scripts';
import { waitFor } from './harness/wait';

const SEED_TITLE = 'Putin: I discussed de-escalation zones in Syria with Trump, Erdogan';
const BROWSERS = E2E_BROWSERS;

/** The page's DOM as text, without Gloss's own host element (none yet in this step). */
const SERIALIZE = `(() => { const c = document.documentElement.cloneNode(true); c.querySelectorAll('gloss-root').forEach((n) => n.remove()); return c.outerHTML; })()`;

describe.each(BROWSERS)('foundation in %s', (name) => {
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

  const setSettings = (patch: Record<string, unknown>) => browser.setSettings(patch);

  it('extracts the seed article and maps every probed span to the live text', async () => {
    const tab = await browser.newTab();
    const since = Date.now();
    await tab.goto(server.seedUrl);
    const report = await browser.waitForReport(server.seedUrl, since);
    expect(report.status).toBe('article');
    if (report.status !== 'article') return;
    expect(report.title).toBe(SEED_TITLE);
    expect(report.words).toBeGreaterThanOrEqual(400);
    expect(report.mappedWords / report.words).toBeGreaterThanOrEqual(0.98);
    expect(report.english).toBe(true);
    expect(report.text).toContain('Recep Tayyip Erdogan');
    expect(report.text).not.toMatch(/Thursday\.Anthony|Trending/);
    expect(report.probes.length).toBeGreaterThanOrEqual(12);
    for (const p of report.probes) expect(p.live).toBe(p.text);
    // Readability ran in the background (Chrome: offscreen document), not on the page's thread.
    expect({ offThread: report.timings.offThread, fallback: report.timings.fallback }).toEqual({
      offThread: true,
      fallback: null,
    });
    expect(browser.glossErrors()).toEqual([]);
    await tab.close();
  });

  // Chrome may close the offscreen document Readability runs in; the next page makes it again.
  it.runIf(name === 'chromium')('keeps Readability off the page when its offscreen document was closed', async () => {
    const tab = await browser.newTab();
    let since = Date.now();
    await tab.goto(server.seedUrl);
    await browser.waitForReport(server.seedUrl, since);
    const closed = await browser.inExtension<boolean>(
      `chrome.offscreen.hasDocument().then(async (had) => { if (had) await chrome.offscreen.closeDocument(); return had; })`,
    );
    expect(closed).toBe(true);
    since = Date.now();
    await tab.goto(server.seedUrl);
    const report = await browser.waitForReport(server.seedUrl, since);
    expect(report.status).toBe('article');
    if (report.status !== 'article') return;
    expect({ offThread: report.timings.offThread, fallback: report.timings.fallback }).toEqual({
      offThread: true,
      fallback: null,
    });
    expect(await browser.inExtension<boolean>(`chrome.offscreen.hasDocument()`)).toBe(true);
    expect(browser.glossErrors()).toEqual([]);
    await tab.close();
  });

  it('leaves the page DOM exactly as it is without Gloss', async () => {
    const tab = await browser.newTab();
    await setSettings({ enabled: false });
    let since = Date.now();
    await tab.goto(server.seedUrl);
    const off = await browser.waitForReport(server.seedUrl, since);
    expect(off.status).toBe('off');
    const without = await tab.evaluate<string>(SERIALIZE);
    await setSettings({ enabled: true });
    since = Date.now();
    await tab.goto(server.seedUrl);
    const on = await browser.waitForReport(server.seedUrl, since);
    expect(on.status).toBe('article');
    expect(await tab.evaluate<string>(SERIALIZE)).toBe(without);
    await tab.close();
  });

  it('respects the site deny list', async () => {
    const tab = await browser.newTab();
    await setSettings({ deniedSites: ['127.0.0.1'] });
    const since = Date.now();
    await tab.goto(server.seedUrl);
    const r = await browser.waitForReport(server.seedUrl, since);
    expect(r).toMatchObject({ status: 'off', reason: '127.0.0.1 is on the deny list' });
    await setSettings({ deniedSites: [] });
    await tab.close();
  });

  it('leaves a page that is not an article alone', async () => {
    const tab = await browser.newTab();
    const url = server.testPageUrl('not-article.html');
    const since = Date.now();
    await tab.goto(url);
    const r = await browser.waitForReport(url, since);
    expect(r.status).toBe('not-article');
    expect(await tab.evaluate<number>(`document.querySelectorAll('gloss-root').length`)).toBe(0);
    await tab.close();
  });

  it('finds an article that arrives after load', async () => {
    const tab = await browser.newTab();
    const url = server.testPageUrl('late.html');
    const since = Date.now();
    await tab.goto(url);
    const r = await waitFor(
      async () => {
        const rep = await browser.report(url);
        return rep && rep.at >= since && rep.status === 'article' ? rep : null;
      },
      'the late article to be found',
      { timeoutMs: 20_000 },
    );
    expect(r.status === 'article' && r.title).toContain('I discussed de-escalation zones in Syria with Trump, Erdogan');
    await tab.close();
  });

  it('re-runs when the page navigates in place with history.pushState', async () => {
    const tab = await browser.newTab();
    const url = server.testPageUrl('spa.html');
    const since = Date.now();
    await tab.goto(url);
    expect((await browser.waitForReport(url, since)).status).toBe('not-article');
    await tab.evaluate(`document.getElementById('go').click()`);
    const target = server.testPageUrl('spa-article');
    const r = await waitFor(
      async () => {
        const rep = await browser.report(target);
        return rep?.status === 'article' ? rep : null;
      },
      'the in-page navigation to be processed',
      { timeoutMs: 20_000 },
    );
    expect(r.status === 'article' && r.words).toBeGreaterThanOrEqual(400);
    await tab.close();
  });

  it('blocks every request that is not addressed to 127.0.0.1, fast', async () => {
    const tab = await browser.newTab();
    await tab.goto(server.testPageUrl('not-article.html'));
    const result = await tab.evaluate<{ ok: boolean; ms: number }>(`(async () => {
      const t0 = performance.now();
      try { await fetch('http://example.com/', { mode: 'no-cors', cache: 'no-store' }); return { ok: true, ms: performance.now() - t0 }; }
      catch { return { ok: false, ms: performance.now() - t0 }; }
    })()`);
    expect(result.ok).toBe(false);
    expect(result.ms).toBeLessThan(1000);
    await tab.close();
  });
});
