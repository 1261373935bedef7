// Highlights in real Chromium and Firefox ESR: select a sentence on the seed page, press the
// shortcut → drawn with CSS.highlights and stored; reload → drawn again; the same page with
// ?utm_source=x shows it; a note survives reload; delete + undo works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type TestBrowser, type TestTab } from './harness/browsers';
import { startPageServer, type PageServer } from './harness/server';
import { E2E_BROWSERS, selectParagraph, STORED_HIGHLIGHTS } from './harness/page-scripts';
import { waitFor } from './harness/wait';

const BROWSERS = E2E_BROWSERS;
const SENTENCE = 'Consultations with Tehran and Damascus have also been held on the issue, Putin said.';

const DRAWN = `(() => { const h = CSS.highlights.get('gloss-hl-yellow'); return h ? [...h].map((r) => r.toString()) : []; })()`;
const SELECT = selectParagraph(SENTENCE);
const CENTER = `(() => {
  const p = [...document.querySelectorAll('article p')].find((x) => x.textContent.trim() === ${JSON.stringify(SENTENCE)});
  p.scrollIntoView({ block: 'center' });
  const r = document.createRange(); r.selectNodeContents(p); const b = r.getClientRects()[0];
  return { x: b.left + 10, y: b.top + b.height / 2 };
})()`;

describe.each(BROWSERS)('highlights in %s', (name) => {
  let server: PageServer;
  let browser: TestBrowser;
  let tab: TestTab;
  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name);
    tab = await browser.newTab();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (url: string) => browser.visit(tab, url);
  const drawn = (what: string) =>
    waitFor(async () => {
      const list = await tab.evaluate<string[]>(DRAWN);
      return list.some((t) => t.includes('Consultations with Tehran')) ? list : null;
    }, what);

  it('creates a highlight with the shortcut, stores it, and draws it again after reload and on a URL variant', async () => {
    await open(server.seedUrl);
    expect(await tab.evaluate<string>(SELECT)).toBe(SENTENCE);
    await tab.press('Alt+Shift+H');
    await drawn('the new highlight to be drawn');
    const stored = await waitFor(async () => {
      const rows =
        await browser.inExtension<Array<{ quote: string; url: string; entityNames: string[] }>>(STORED_HIGHLIGHTS);
      return rows.length ? rows : null;
    }, 'the highlight to be stored');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.quote.trim()).toBe(SENTENCE);
    expect(stored[0]!.entityNames).toEqual(expect.arrayContaining(['Tehran', 'Damascus']));

    await open(server.seedUrl);
    await drawn('the highlight after reload');
    await open(`${server.seedUrl}?utm_source=x&fbclid=abc`);
    await drawn('the highlight on the URL variant');
    expect(browser.glossErrors()).toEqual([]);
  });

  it('keeps a note across reloads', async () => {
    await open(server.seedUrl);
    await drawn('the highlight');
    const at = await tab.evaluate<{ x: number; y: number }>(CENTER);
    await clickAt(tab, at);
    // Focus moves into the toolbar (first color); Tab past the 4 colors reaches "Note".
    for (let i = 0; i < 4; i++) await tab.press('Tab');
    await tab.press('Enter');
    await waitFor(() => tab.frameVisible('note.html'), 'the note frame');
    await waitFor(
      async () => (await tab.frameEval<boolean>('note.html', `!!document.querySelector('textarea')`)) === true,
      'the note editor',
    );
    await tab.frameEval(
      'note.html',
      `(() => { const t = document.querySelector('textarea'); t.value = 'Check the Astana talks'; t.dispatchEvent(new Event('input', { bubbles: true })); document.querySelector('form').requestSubmit(); return true; })()`,
    );
    await waitFor(async () => {
      const rows = await browser.inExtension<Array<{ note: string }>>(STORED_HIGHLIGHTS);
      return rows[0]?.note === 'Check the Astana talks';
    }, 'the note to be saved');
    await open(server.seedUrl);
    await drawn('the highlight after reload');
    const rows = await browser.inExtension<Array<{ note: string }>>(STORED_HIGHLIGHTS);
    expect(rows[0]!.note).toBe('Check the Astana talks');
  });

  it('deletes a highlight and brings it back with undo', async () => {
    await open(server.seedUrl);
    await drawn('the highlight');
    const at = await tab.evaluate<{ x: number; y: number }>(CENTER);
    await clickAt(tab, at);
    for (let i = 0; i < 5; i++) await tab.press('Tab');
    await tab.press('Enter'); // Delete
    await waitFor(async () => (await tab.evaluate<string[]>(DRAWN)).length === 0, 'the highlight to disappear');
    await waitFor(
      async () => (await browser.inExtension<unknown[]>(STORED_HIGHLIGHTS)).length === 0,
      'the highlight to be deleted',
    );
    await tab.press('Enter'); // focus is on "Undo"
    await drawn('the highlight to come back');
    const rows = await waitFor(async () => {
      const r = await browser.inExtension<Array<{ note: string }>>(STORED_HIGHLIGHTS);
      return r.length ? r : null;
    }, 'the highlight to be restored');
    expect(rows[0]!.note).toBe('Check the Astana talks');
  });
});

/**
 * A reader's click: in the tab in front. (The extension page that `inExtension` opens takes
 * the focus, and Firefox only activates a focused button on Enter in the focused tab.)
 */
async function clickAt(tab: TestTab, at: { x: number; y: number }) {
  await tab.bringToFront();
  await tab.mouseMove(at.x, at.y);
  await tab.click(at.x, at.y);
}
