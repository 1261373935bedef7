// Page furniture on real fixture pages, in Chromium and Firefox ESR: captions, photo credits,
// bylines, timestamps and interface labels are left unmarked, and the article's people (the
// hand-judged gold people of tests/gold/pages.json) are marked. Two pages with furniture of
// different kinds: a business story whose caption carries an agency credit, and a wire story
// on a page with "Photo", "Caption" and "Subscribe" labels and an "(AP Photo/…)" credit.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type TestBrowser } from './harness/browsers';
import { E2E_BROWSERS } from './harness/page-scripts';
import { startPageServer, type PageServer } from './harness/server';
import { waitFor } from './harness/wait';

const gold = JSON.parse(readFileSync(new URL('../gold/pages.json', import.meta.url), 'utf8')) as {
  pages: Record<string, { PER: Array<{ name: string; mentions: string[]; borderline?: boolean }> }>;
};

/** Per mark drawn by Gloss: its text, its type and whether it sits in furniture by the page's structure. */
const MARKS = `(() => {
  const out = [];
  // furniture as the page's structure marks it: by tag or role, or by a class word on a short element
  const TAGS = 'figcaption, time, button, nav, [role="toolbar"], [role="navigation"], [rel~="author"], [itemprop~="author"]';
  const WORDS = ['caption', 'credit', 'credits', 'byline'];
  const named = (el) => {
    for (let p = el; p; p = p.parentElement) {
      const words = (String(p.getAttribute('class') || '') + ' ' + String(p.id || '')).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
      if (words.some((w) => WORDS.includes(w)) && (p.textContent || '').length <= 400) return true;
    }
    return false;
  };
  for (const [name, h] of CSS.highlights) {
    if (!String(name).startsWith('gloss-') || String(name).startsWith('gloss-hl-')) continue;
    for (const r of h) {
      const el = r.startContainer.parentElement;
      out.push({ type: String(name), text: r.toString().replace(/\\s+/g, ' '), inFurniture: !!(el && (el.closest(TAGS) || named(el))) });
    }
  }
  return out;
})()`;

interface Mark {
  type: string;
  text: string;
  inFurniture: boolean;
}

const PAGES: Array<{ page: string; furniture: string[] }> = [
  // a caption credited "Natalie Naccache | Getty Images"
  { page: 'aeb-cnbc.com-1', furniture: ['Getty', 'Naccache', 'Photo'] },
  // "Photo: David Zalubowski, STF / Associated Press", "(AP Photo/David Zalubowski)", "Caption", "Subscribe"
  { page: 'aeb-chron.com-1', furniture: ['Zalubowski', 'AP Photo', 'Photo', 'Caption', 'Subscribe', 'Advertise'] },
];

describe.each(E2E_BROWSERS)('page furniture in %s', (name) => {
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

  it.each(PAGES)('$page: furniture unmarked, the article’s people marked', async ({ page, furniture }) => {
    const tab = await browser.newTab();
    const url = server.pageUrl(page);
    const since = Date.now();
    await tab.goto(url);
    const report = await browser.waitForReport(url, since, 30_000);
    expect(report.status).toBe('article');
    const marks = await waitFor(async () => {
      const list = await tab.evaluate<Mark[]>(MARKS);
      return list.some((m) => m.type === 'gloss-person') ? list : null;
    }, 'person marks');
    // nothing drawn inside captions, credits, bylines, times, buttons or navigation
    expect(marks.filter((m) => m.inFurniture)).toEqual([]);
    for (const word of furniture)
      expect(
        marks.map((m) => m.text).filter((t) => t.includes(word)),
        word,
      ).toEqual([]);
    // every gold person of the article is marked by at least one of their mentions
    const people = marks.filter((m) => m.type === 'gloss-person').map((m) => m.text);
    const goldPeople = gold.pages[page]!.PER.filter((p) => !p.borderline);
    expect(goldPeople.length).toBeGreaterThan(0);
    for (const p of goldPeople)
      expect(
        p.mentions.some((m) => people.includes(m)),
        p.name,
      ).toBe(true);
    expect(browser.glossErrors()).toEqual([]);
    await tab.close();
  });
});
