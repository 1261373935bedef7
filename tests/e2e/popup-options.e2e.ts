// The popup and the options page in real Chromium and Firefox ESR (issue 6): highlights made
// on two pages are found from the popup by a word of their quote, by their note and by an
// entity name; opening a result scrolls the open page to it and flashes it; a setting
// changed in the options page takes effect on an open page without reload; a JSON export
// imported into a fresh profile restores everything; axe-core finds nothing on either page
// in light and dark; the popup works from the keyboard alone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type TestBrowser, type TestTab, EXT_API } from './harness/browsers';
import { E2E_BROWSERS, selectParagraph, STORED_HIGHLIGHTS } from './harness/page-scripts';
import { startPageServer, type PageServer } from './harness/server';
import { waitFor } from './harness/wait';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const SEED_SENTENCE = 'Consultations with Tehran and Damascus have also been held on the issue, Putin said.';
const OTHER_SENTENCE =
  'Speaking in Istanbul on Sunday evening, Erdogan thanked voters and said the result would bring stability to Turkey. Opposition parties in Ankara said they would challenge the count, citing irregularities at polling stations across the country.';
const NOTE = 'Check the Astana talks';

/** Texts of the ranges registered under a CSS highlight name (empty when none). */
const registered = (name: string) =>
  `(() => { const h = CSS.highlights.get(${JSON.stringify(name)}); return h ? [...h].map((r) => r.toString()) : []; })()`;
/** The popup's hits: highlight id, quote and whether an entity chip carries a match. */
const HITS = `[...document.querySelectorAll('button.hit')].map((b) => ({ id: b.dataset.highlightId, quote: b.querySelector('q').textContent, marks: [...b.querySelectorAll('mark')].map((m) => m.textContent.toLowerCase()), entityMarked: !!b.querySelector('.chip mark'), noteMarked: !!b.querySelector('.hit__note mark') }))`;
const STATUS = `document.querySelector('.search__status').textContent`;
const ACTIVE = `(() => { const a = document.activeElement; return a ? (a.id || a.className || a.tagName) : null; })()`;

interface Hit {
  id: string;
  quote: string;
  marks: string[];
  entityMarked: boolean;
  noteMarked: boolean;
}

interface StoredHighlight {
  id: string;
  quote: string;
  note: string;
  url: string;
  entityNames: string[];
}

describe.each(E2E_BROWSERS)('popup and options in %s', (name) => {
  let server: PageServer;
  let browser: TestBrowser;
  let fresh: TestBrowser | null = null;
  let page: TestTab;
  const ids: { seed?: string; other?: string } = {};

  beforeAll(async () => {
    server = await startPageServer();
    browser = await launch(name, { colorScheme: 'light' });
    page = await browser.newTab();
  });
  afterAll(async () => {
    await fresh?.close();
    await browser?.close();
    await server?.close();
  });

  const open = (url: string) => browser.visit(page, url);
  const stored = () => browser.inExtension<StoredHighlight[]>(STORED_HIGHLIGHTS);
  const highlightSentence = async (sentence: string) => {
    expect(await page.evaluate<string>(selectParagraph(sentence))).toBe(sentence);
    await page.press('Alt+Shift+H');
    return waitFor(
      async () => (await stored()).find((h) => h.quote.trim() === sentence),
      `the highlight of “${sentence.slice(0, 30)}…” to be stored`,
    );
  };

  /** Presses Tab until `done` (an expression) holds in `tab`; fails after `max` presses. */
  const tabUntil = async (tab: TestTab, done: string, what: string, max = 30) => {
    for (let i = 0; i < max; i++) {
      if (await tab.evaluate<boolean>(done)) return;
      await tab.press('Tab');
    }
    throw new Error(`Tab never reached ${what} (focus on ${await tab.evaluate<string>(ACTIVE)})`);
  };

  /** Types a query into the popup's search box (focused by keyboard) and waits for its hits. */
  const search = async (popup: TestTab, text: string, expectedIds: string[]) => {
    if ((await popup.evaluate<string | null>(ACTIVE)) !== 'search-input')
      await tabUntil(popup, `document.activeElement?.id === 'search-input'`, 'the search box');
    await popup.press(name === 'firefox' ? 'Control+a' : 'ControlOrMeta+a');
    await popup.press('Backspace');
    await popup.type(text);
    return waitFor(async () => {
      const status = await popup.evaluate<string>(STATUS);
      if (
        !status.includes('found') ||
        (await popup.evaluate<string>(`document.getElementById('search-input').value`)) !== text
      )
        return null;
      const hits = await popup.evaluate<Hit[]>(HITS);
      // The list shows this query's results (not the previous query's, still on screen
      // during the debounce) once every hit marks a word the query's prefix begins.
      const shown = hits.every((h) => h.marks.some((m) => m.startsWith(text.toLowerCase())));
      return shown &&
        hits
          .map((h) => h.id)
          .sort()
          .join() === [...expectedIds].sort().join()
        ? hits
        : null;
    }, `the popup's results for “${text}”`);
  };

  /** axe-core's violations on the whole document (every rule, color contrast included). */
  const axe = async (tab: TestTab) => {
    await tab.evaluate(`(() => { ${AXE_SOURCE}; return true; })()`);
    const out = await tab.evaluate<{ violations: string[]; passes: number }>(
      `axe.run(document).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')).join(' | ')) }))`,
    );
    // axe really ran: a page this size passes dozens of rules.
    expect(out.passes).toBeGreaterThan(15);
    return out.violations;
  };

  it('finds highlights from two pages by a word of the quote, by the note and by an entity name', async () => {
    await open(server.seedUrl);
    const seed = await highlightSentence(SEED_SENTENCE);
    ids.seed = seed.id;
    // The note, through the highlight's toolbar: click it, Tab past the colors to "Note".
    const at = await page.evaluate<{ x: number; y: number }>(`(() => {
      const p = [...document.querySelectorAll('article p')].find((x) => x.textContent.trim() === ${JSON.stringify(SEED_SENTENCE)});
      getSelection().removeAllRanges();
      p.scrollIntoView({ block: 'center' });
      const r = document.createRange(); r.selectNodeContents(p); const b = r.getClientRects()[0];
      return { x: b.left + 10, y: b.top + b.height / 2 };
    })()`);
    await page.mouseMove(at.x, at.y);
    await page.click(at.x, at.y);
    // The toolbar takes focus once it is positioned (asynchronously).
    await waitFor(
      () => page.evaluate<boolean>(`document.activeElement?.localName === 'gloss-root'`),
      'focus in the highlight toolbar',
    );
    for (let i = 0; i < 4; i++) await page.press('Tab');
    await page.press('Enter');
    await waitFor(
      async () => (await page.frameEval<boolean>('note.html', `!!document.querySelector('textarea')`)) === true,
      'the note editor',
    );
    await page.frameEval(
      'note.html',
      `(() => { const t = document.querySelector('textarea'); t.value = ${JSON.stringify(NOTE)}; t.dispatchEvent(new Event('input', { bubbles: true })); document.querySelector('form').requestSubmit(); return true; })()`,
    );
    await waitFor(async () => (await stored()).find((h) => h.id === ids.seed)?.note === NOTE, 'the note to be saved');

    await open(server.testPageUrl('erdogan-earlier.html'));
    const other = await highlightSentence(OTHER_SENTENCE);
    ids.other = other.id;
    expect(other.entityNames).toEqual(expect.arrayContaining(['Ankara']));

    const popup = await browser.openExtensionPage('/popup.html');
    // The empty query lists both, newest first.
    await waitFor(
      async () =>
        (await popup.evaluate<Hit[]>(HITS)).map((h) => h.id).join() === [ids.other, ids.seed].join() ? true : null,
      'both highlights listed',
    );
    // The copy the next popup paints first follows the writes, the note included.
    await waitFor(async () => {
      const saved = await browser.inExtension<
        { groups: Array<{ hits: Array<{ highlight: { id: string; note: string } }> }> } | undefined
      >(`${EXT_API}.storage.local.get('popupFirstScreen').then((o) => o.popupFirstScreen?.result)`);
      const hits = saved?.groups.flatMap((g) => g.hits.map((h) => h.highlight)) ?? [];
      return hits.map((h) => h.id).join() === [ids.other, ids.seed].join() && hits[1]!.note === NOTE ? true : null;
    }, "the background's saved first screen");
    const byQuote = await search(popup, 'consultat', [ids.seed]);
    expect(byQuote[0]!.quote).toBe(SEED_SENTENCE);
    const byNote = await search(popup, 'astana', [ids.seed]);
    expect(byNote[0]!.noteMarked).toBe(true);
    const byEntity = await search(popup, 'Ankara', [ids.other]);
    expect(byEntity[0]!.entityMarked).toBe(true);
    const both = await search(popup, 'said', [ids.seed, ids.other]);
    expect(both).toHaveLength(2);
    await popup.close();
    expect(browser.glossErrors()).toEqual([]);
  });

  it('opens a result from the keyboard: the open page scrolls to the highlight and flashes it', async () => {
    await open(server.seedUrl);
    await waitFor(
      async () =>
        (await page.evaluate<string[]>(registered('gloss-hl-yellow'))).some((t) => t.includes('Consultations'))
          ? true
          : null,
      'the highlight drawn',
    );
    // Room below the article, and the view at the very bottom: the highlight is out of view.
    const inView = `(() => { const r = [...CSS.highlights.get('gloss-hl-yellow')].find((x) => x.toString().includes('Consultations')).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`;
    await page.evaluate(
      `(() => { document.body.style.paddingBottom = '4000px'; scrollTo(0, document.documentElement.scrollHeight); return true; })()`,
    );
    await waitFor(async () => (await page.evaluate<boolean>(inView)) === false, 'the highlight out of view');

    const popup = await browser.openExtensionPage('/popup.html');
    await search(popup, 'consultat', [ids.seed!]);
    await popup.press('ArrowDown');
    expect(await popup.evaluate<string>(`document.activeElement.dataset.highlightId`)).toBe(ids.seed);
    // Opening closes the popup (window.close()), possibly before the key press returns.
    await popup.press('Enter').catch((err: unknown) => {
      if (!popup.isClosed()) throw err;
    });
    const flashed = await waitFor(async () => {
      const list = await page.evaluate<string[]>(registered('gloss-hl-flash'));
      return list.length ? list : null;
    }, 'the flash on the opened highlight');
    expect(flashed.map((t) => t.trim())).toEqual([SEED_SENTENCE]);
    expect(await page.evaluate<boolean>(inView)).toBe(true);
    // The flash is brief: it goes by itself.
    await waitFor(
      async () => (await page.evaluate<string[]>(registered('gloss-hl-flash'))).length === 0,
      'the flash to end',
    );
    if (!popup.isClosed()) await popup.close();
  });

  it('applies a setting changed in the options page to the open page without reload', async () => {
    const report = await open(server.seedUrl);
    expect(report.status).toBe('article');
    const marked = () =>
      page.evaluate<Record<string, number>>(
        `Object.fromEntries(['gloss-person', 'gloss-place', 'gloss-org', 'gloss-hl-yellow'].map((n) => [n, CSS.highlights.get(n)?.size ?? 0]))`,
      );
    await waitFor(async () => {
      const m = await marked();
      return m['gloss-person']! > 0 && m['gloss-place']! > 0 && m['gloss-hl-yellow']! > 0;
    }, 'people and places marked');
    const loadsBefore = await page.evaluate<number>(
      `performance.getEntriesByType('navigation').length + performance.timeOrigin`,
    );

    const options = await browser.openExtensionPage('/options.html');
    const checkbox = (label: string) =>
      `[...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)}).querySelector('input')`;
    await waitFor(() => options.evaluate<boolean>(`!!${checkbox('People')}`), 'the options form');
    await options.evaluate(`${checkbox('People')}.click()`);
    const afterPeople = await waitFor(async () => {
      const m = await marked();
      return m['gloss-person'] === 0 ? m : null;
    }, 'people no longer marked');
    expect(afterPeople['gloss-place']).toBeGreaterThan(0);
    expect(afterPeople['gloss-hl-yellow']).toBeGreaterThan(0);

    // Gloss off for this site: the deny list, saved when the field is left.
    await options.evaluate(`(() => { const t = document.getElementById('denied-sites'); t.focus(); return true; })()`);
    await options.type('127.0.0.1');
    await options.press('Tab');
    await waitFor(async () => {
      const m = await marked();
      return Object.values(m).every((n) => n === 0);
    }, 'nothing marked or drawn on a denied site');
    // And back on: the deny list emptied, marks and highlights return, still no reload.
    await options.evaluate(
      `(() => { const t = document.getElementById('denied-sites'); t.focus(); t.select(); return true; })()`,
    );
    await options.press('Backspace');
    await options.press('Tab');
    await waitFor(async () => {
      const m = await marked();
      return m['gloss-place']! > 0 && m['gloss-hl-yellow']! > 0 && m['gloss-person'] === 0;
    }, 'places and highlights back, people still off');
    expect(
      await page.evaluate<number>(`performance.getEntriesByType('navigation').length + performance.timeOrigin`),
    ).toBe(loadsBefore);
    await options.close();
    expect(browser.glossErrors()).toEqual([]);
  });

  it('has no axe violations on the popup and the options page (light), and the popup works from the keyboard', async () => {
    const popup = await browser.openExtensionPage('/popup.html');
    expect(await popup.evaluate<boolean>(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(false);
    await waitFor(async () => ((await popup.evaluate<Hit[]>(HITS)).length === 2 ? true : null), 'the listing');
    // Keyboard: Tab reaches the search box, the filters and the results.
    await tabUntil(popup, `document.activeElement?.id === 'search-input'`, 'the search box');
    await tabUntil(popup, `document.activeElement?.tagName === 'SUMMARY'`, 'the filters');
    await popup.press('Enter');
    await waitFor(
      () => popup.evaluate<boolean>(`document.querySelector('details.filters').open`),
      'the filters to open',
    );
    await tabUntil(popup, `document.activeElement?.id === 'filter-site'`, 'the site filter');
    await tabUntil(popup, `document.activeElement?.classList.contains('hit')`, 'a result');
    expect(await axe(popup)).toEqual([]);
    await popup.close();
    const options = await browser.openExtensionPage('/options.html');
    await waitFor(() => options.evaluate<boolean>(`!!document.getElementById('denied-sites')`), 'the options form');
    expect(await axe(options)).toEqual([]);
    await options.close();
  });

  it('restores everything from a JSON export in a fresh profile (dark scheme there: axe again)', async () => {
    const exportFrom = async (b: TestBrowser) => {
      const options = await b.openExtensionPage('/options.html');
      await waitFor(() => options.evaluate<boolean>(`!!document.getElementById('denied-sites')`), 'the options form');
      // The file the button saves: the Blob handed to the download link.
      await options.evaluate(
        `(() => { globalThis.glossExported = new Promise((res) => { const orig = URL.createObjectURL; URL.createObjectURL = (blob) => { blob.text().then(res); return orig.call(URL, blob); }; }); return true; })()`,
      );
      await options.evaluate(
        `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Export JSON').click()`,
      );
      const text = await options.evaluate<string>(`globalThis.glossExported`);
      await waitFor(
        () => options.evaluate<boolean>(`/Exported 2 highlights/.test(document.body.textContent)`),
        'the export message',
      );
      return { options, text };
    };
    const comparable = (text: string) => {
      const doc = JSON.parse(text);
      delete doc.exportedAt;
      doc.highlights.sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
      doc.articles.sort((a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url));
      return doc;
    };
    const before = await exportFrom(browser);
    await before.options.close();
    const doc = comparable(before.text);
    expect(doc.highlights.map((h: { id: string }) => h.id).sort()).toEqual([ids.seed, ids.other].sort());
    expect(doc.settings.entityTypes.PER).toBe(false);

    fresh = await launch(name, { colorScheme: 'dark' });
    const target = await fresh.openExtensionPage('/options.html');
    await waitFor(() => target.evaluate<boolean>(`!!document.getElementById('import-file')`), 'the import field');
    await target.evaluate(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([${JSON.stringify(before.text)}], 'gloss-export.json', { type: 'application/json' }));
      const input = document.getElementById('import-file');
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    })()`);
    const done = await waitFor(
      () => target.evaluate<string | null>(`document.querySelector('[role=status].done')?.textContent ?? null`),
      'the import report',
    );
    expect(done).toMatch(/^Added [1-9]/);
    // The imported settings reach the options form itself.
    await waitFor(
      () =>
        target.evaluate<boolean>(
          `[...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'People').querySelector('input').checked === false`,
        ),
      'the imported settings shown',
    );
    await target.close();
    const after = await exportFrom(fresh);
    expect(comparable(after.text)).toEqual(doc);

    // Dark scheme in the fresh profile: axe on the options page and on the popup, which
    // searches the imported highlights.
    expect(await after.options.evaluate<boolean>(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(true);
    expect(await axe(after.options)).toEqual([]);
    await after.options.close();
    const popup = await fresh.openExtensionPage('/popup.html');
    expect(await popup.evaluate<boolean>(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(true);
    await search(popup, 'astana', [ids.seed!]);
    expect(await axe(popup)).toEqual([]);
    await popup.close();
    expect(fresh.glossErrors()).toEqual([]);
  });
});
