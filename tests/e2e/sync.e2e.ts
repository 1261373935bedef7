// Sync between two real browsers, Chromium and Firefox ESR, as two devices of one reader,
// through a CouchDB-compatible server on 127.0.0.1 (tests/sync-server): a wrong passphrase
// is refused and changes nothing; a highlight made in one is drawn in the other's open tab;
// a note and a delete travel the other way; the server going down and coming back loses
// nothing; the server holds no quote, note or URL in the clear. Sync is set up through the
// background's own messages (the options page's permission prompt cannot be clicked in a
// headless browser; the server allows CORS instead, as docs/sync.md describes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../sync-server/couch-server';
import { EXT_API, launch, type TestBrowser, type TestTab } from './harness/browsers';
import { selectParagraph, STORED_HIGHLIGHTS } from './harness/page-scripts';
import { startPageServer, type PageServer } from './harness/server';
import { waitFor } from './harness/wait';

const SENTENCE = 'Consultations with Tehran and Damascus have also been held on the issue, Putin said.';
const DRAWN = `(() => { const out = []; for (const [name, h] of CSS.highlights) if (name.startsWith('gloss-hl-')) for (const r of h) out.push(r.toString()); return out; })()`;
const CENTER = `(() => {
  const p = [...document.querySelectorAll('article p')].find((x) => x.textContent.trim() === ${JSON.stringify(SENTENCE)});
  p.scrollIntoView({ block: 'center' });
  const r = document.createRange(); r.selectNodeContents(p); const b = r.getClientRects()[0];
  return { x: b.left + 10, y: b.top + b.height / 2 };
})()`;

/** Sends one message of Gloss's protocol from an extension page (webext-core's wire format). */
const send = (type: string, data: unknown) =>
  `${EXT_API}.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type: ${JSON.stringify(type)}, data: ${JSON.stringify(data)}, timestamp: Date.now() })`;

interface Answer<T> {
  res?: T;
  err?: { message?: string };
}

describe('sync between Chromium and Firefox through a server on loopback', () => {
  let couch: CouchServer;
  let pages: PageServer;
  let chromium: TestBrowser;
  let firefox: TestBrowser;
  let cTab: TestTab;
  let fTab: TestTab;
  const server = () => ({ url: couch.url, db: 'gloss-e2e', user: 'reader', password: 'reader-pw' });

  beforeAll(async () => {
    couch = await startCouchServer({ users: { reader: { password: 'reader-pw', dbs: [], admin: true } } });
    pages = await startPageServer();
    chromium = await launch('chromium');
    firefox = await launch('firefox');
    cTab = await chromium.newTab();
    fTab = await firefox.newTab();
  });
  afterAll(async () => {
    await chromium?.close();
    await firefox?.close();
    await pages?.close();
    await couch?.stop();
  });

  const status = (b: TestBrowser) =>
    b.inExtension<Answer<{ state: string; pending: number; error: string | null }>>(send('syncStatus', null));
  const stored = (b: TestBrowser) => b.inExtension<Array<{ quote: string; note: string }>>(STORED_HIGHLIGHTS);
  const drawnIn = (tab: TestTab, what: string) =>
    waitFor(
      async () => {
        const list = await tab.evaluate<string[]>(DRAWN);
        return list.some((t) => t.includes('Consultations with Tehran')) ? list : null;
      },
      what,
      { timeoutMs: 30_000 },
    );
  const clickHighlight = async (tab: TestTab) => {
    const at = await tab.evaluate<{ x: number; y: number }>(CENTER);
    await tab.bringToFront();
    await tab.mouseMove(at.x, at.y);
    await tab.click(at.x, at.y);
  };

  it('sets up the first device, refuses a wrong passphrase on the second without changing anything, then joins', async () => {
    const first = await chromium.inExtension<Answer<{ ok: boolean; firstDevice?: boolean }>>(
      send('syncSetup', { server: server(), passphrase: 'correct horse', createDatabase: true }),
    );
    expect(first.res).toEqual({ ok: true, firstDevice: true });
    const wrong = await firefox.inExtension<Answer<{ ok: boolean; kind?: string; message?: string }>>(
      send('syncSetup', { server: server(), passphrase: 'wrong horse' }),
    );
    expect(wrong.res).toMatchObject({ ok: false, kind: 'wrong-passphrase' });
    expect(wrong.res?.message).toMatch(/does not open/);
    expect((await status(firefox)).res?.state).toBe('off');
    const joined = await firefox.inExtension<Answer<{ ok: boolean; firstDevice?: boolean }>>(
      send('syncSetup', { server: server(), passphrase: 'correct horse' }),
    );
    expect(joined.res).toEqual({ ok: true, firstDevice: false });
  });

  it('draws a highlight made in Chromium in the Firefox tab showing the page', async () => {
    await firefox.visit(fTab, pages.seedUrl);
    await chromium.visit(cTab, pages.seedUrl);
    expect(await cTab.evaluate<string>(selectParagraph(SENTENCE))).toBe(SENTENCE);
    await cTab.press('Alt+Shift+H');
    await drawnIn(cTab, 'the highlight in Chromium');
    await drawnIn(fTab, 'the synced highlight drawn in Firefox');
    const rows = await stored(firefox);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.quote.trim()).toBe(SENTENCE);
  });

  it('carries a note written in Firefox to Chromium', async () => {
    await clickHighlight(fTab);
    for (let i = 0; i < 4; i++) await fTab.press('Tab');
    await fTab.press('Enter');
    await waitFor(
      async () => (await fTab.frameEval<boolean>('note.html', `!!document.querySelector('textarea')`)) === true,
      'the note editor in Firefox',
    );
    await fTab.frameEval(
      'note.html',
      `(() => { const t = document.querySelector('textarea'); t.value = 'Written in Firefox'; t.dispatchEvent(new Event('input', { bubbles: true })); document.querySelector('form').requestSubmit(); return true; })()`,
    );
    await waitFor(async () => (await stored(chromium))[0]?.note === 'Written in Firefox', 'the note in Chromium', {
      timeoutMs: 30_000,
    });
  });

  it('stores nothing readable on the server', async () => {
    const raw = JSON.stringify(await couch.rawDocs('gloss-e2e'));
    expect(raw).toContain('"ct"');
    for (const secret of ['Consultations', 'Tehran', 'Written in Firefox', '127.0.0.1', 'seed'])
      expect(raw).not.toContain(secret);
  });

  it('queues a change while the server is down and delivers it when it is back', async () => {
    await couch.down();
    await clickHighlight(cTab);
    for (let i = 0; i < 5; i++) await cTab.press('Tab');
    await cTab.press('Enter'); // Delete
    await waitFor(async () => (await cTab.evaluate<string[]>(DRAWN)).length === 0, 'the highlight gone in Chromium');
    const waiting = await waitFor(
      async () => {
        const s = (await status(chromium)).res;
        return s && s.state === 'retrying' && s.pending >= 1 ? s : null;
      },
      'Chromium to wait for the server',
      { timeoutMs: 30_000 },
    );
    expect(waiting.error).toMatch(/cannot be reached/);
    expect(await fTab.evaluate<string[]>(DRAWN)).not.toEqual([]);
    await couch.up();
    await waitFor(async () => (await fTab.evaluate<string[]>(DRAWN)).length === 0, 'the delete drawn in Firefox', {
      timeoutMs: 60_000,
    });
    expect(await stored(firefox)).toEqual([]);
    expect(chromium.glossErrors()).toEqual([]);
  });

  it('resolves notes written in both browsers while apart to the same highlight, keeping both notes', async () => {
    await firefox.visit(fTab, pages.seedUrl);
    expect(await fTab.evaluate<string>(selectParagraph(SENTENCE))).toBe(SENTENCE);
    await fTab.press('Alt+Shift+H');
    await drawnIn(fTab, 'the new highlight in Firefox');
    await drawnIn(cTab, 'the new highlight drawn in Chromium');
    await waitFor(async () => (await status(firefox)).res?.pending === 0 || null, 'Firefox idle');
    await couch.down();
    const writeNote = async (b: TestBrowser, tab: TestTab, text: string) => {
      await clickHighlight(tab);
      for (let i = 0; i < 4; i++) await tab.press('Tab');
      await tab.press('Enter');
      await waitFor(
        async () => (await tab.frameEval<boolean>('note.html', `!!document.querySelector('textarea')`)) === true,
        `the note editor in ${b.name}`,
      );
      await tab.frameEval(
        'note.html',
        `(() => { const t = document.querySelector('textarea'); t.value = ${JSON.stringify(text)}; t.dispatchEvent(new Event('input', { bubbles: true })); document.querySelector('form').requestSubmit(); return true; })()`,
      );
      await waitFor(async () => (await stored(b))[0]?.note === text, `the note saved in ${b.name}`);
    };
    await writeNote(chromium, cTab, 'note from Chromium');
    await writeNote(firefox, fTab, 'note from Firefox');
    await couch.up();
    const same = await waitFor(
      async () => {
        const [c, f] = [(await stored(chromium))[0], (await stored(firefox))[0]];
        return c &&
          f &&
          JSON.stringify(c) === JSON.stringify(f) &&
          c.note.includes('from Chromium') &&
          c.note.includes('from Firefox')
          ? c
          : null;
      },
      'both browsers to end with the same highlight',
      { timeoutMs: 90_000 },
    );
    // Firefox wrote last: its note wins, Chromium's is appended.
    expect(same.note).toBe('note from Firefox\n\n[from another device] note from Chromium');
  });
});
