// Hover cards in real Chromium and Firefox ESR, against the local fake upstream speaking the
// Wikipedia/Wikidata/GDELT contracts: hovering "Erdogan" on the seed page shows Recep Tayyip
// Erdoğan with description and extract, related stories from the page and from the reader's
// history; a second hover is served from cache; with the upstream down the card says so; the
// page's scripts cannot see into Gloss's card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream } from '../fake-upstream/server';
import { launch, type TestBrowser, type TestTab } from './harness/browsers';
import { startPageServer, type PageServer } from './harness/server';
import { CARD_TEXT, E2E_BROWSERS, wordCenter } from './harness/page-scripts';
import { waitFor } from './harness/wait';

const BROWSERS = E2E_BROWSERS;

describe.each(BROWSERS)('hover cards in %s', (name) => {
  let server: PageServer;
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
  let browser: TestBrowser;
  let tab: TestTab;

  beforeAll(async () => {
    server = await startPageServer();
    upstream = await startFakeUpstream();
    browser = await launch(name);
    await browser.useEndpoints(upstream.endpoints);
    // An article read earlier that mentions Erdogan: it must come back as reading history.
    tab = await browser.newTab();
    const earlier = server.testPageUrl('erdogan-earlier.html');
    const since = Date.now();
    await tab.goto(earlier);
    expect((await browser.waitForReport(earlier, since)).status).toBe('article');
  });
  afterAll(async () => {
    await browser?.close();
    await upstream?.close();
    await server?.close();
  });

  const hoverAndRead = async (word: string, after: string, expectText: string) => {
    const at = await tab.evaluate<{ x: number; y: number } | null>(wordCenter(word, after));
    expect(at, `"${word}" on the page`).not.toBeNull();
    await tab.mouseMove(at!.x - 1, at!.y);
    await tab.mouseMove(at!.x, at!.y);
    return waitFor(
      async () => {
        const text = await tab.frameEval<string>('card.html', CARD_TEXT);
        return text?.includes(expectText) && (await tab.frameVisible('card.html')) ? text : null;
      },
      `a card showing "${expectText}"`,
      { timeoutMs: 15_000 },
    );
  };
  const moveAway = async () => {
    await tab.mouseMove(2, 2);
    await waitFor(async () => !(await tab.frameVisible('card.html')), 'the card to hide');
  };

  it('shows background and related stories for "Erdogan", then serves the second hover from cache', async () => {
    const since = Date.now();
    await tab.goto(server.seedUrl);
    expect((await browser.waitForReport(server.seedUrl, since)).status).toBe('article');
    const card = await hoverAndRead('Erdogan', ' said', 'Recep Tayyip Erdoğan');
    expect(card).toMatch(/President of Turkey/i);
    const withRelated = await waitFor(async () => {
      const text = await tab.frameEval<string>('card.html', CARD_TEXT);
      return text?.includes('Erdogan claims victory in constitutional referendum') &&
        text.includes('Erdogan claims narrow win')
        ? text
        : null;
    }, 'related stories from the page and from reading history');
    expect(withRelated).toContain('Erdogan claims victory in constitutional referendum');
    await moveAway();

    const before = upstream.requests.length;
    await hoverAndRead('Erdogan', ' said', 'Recep Tayyip Erdoğan');
    await waitFor(
      async () => ((await tab.frameEval<string>('card.html', CARD_TEXT)) ?? '').includes('Erdogan claims victory'),
      'cached related stories',
    );
    expect(upstream.requests.slice(before).map((r) => r.url)).toEqual([]);
    await moveAway();
    expect(browser.glossErrors()).toEqual([]);
  });

  it('expands to key facts from Wikidata: office, party, born, country', async () => {
    await hoverAndRead('Erdogan', ' said', 'Recep Tayyip Erdoğan');
    const before = upstream.requests.length;
    // The reader's click on "More facts" (its keyboard path is covered by the card's unit tests).
    const clicked = await tab.frameEval<boolean>(
      'card.html',
      `(() => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === 'More facts');
      if (!b) return false;
      b.click();
      return true;
    })()`,
    );
    expect(clicked).toBe(true);
    const facts = await waitFor(async () => {
      const text = (await tab.frameEval<string>('card.html', CARD_TEXT)) ?? '';
      return /key facts/i.test(text) && text.includes('Justice and Development Party')
        ? text.replace(/\s+/g, ' ')
        : null;
    }, 'the key facts');
    expect(facts).toContain('President of Turkey');
    expect(facts).toContain('Turkey');
    expect(facts).toMatch(/1954/);
    // Only Wikidata was asked, and only for the entity's item (no page text in the request).
    const asked = upstream.requests.slice(before).map((r) => r.url);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((u) => /wikidata|wbgetentities|Q\d+/.test(u))).toBe(true);
    await moveAway();
    expect(browser.glossErrors()).toEqual([]);
  });

  it('says it is offline when the upstream is down and nothing is cached', async () => {
    upstream.setDown(true);
    try {
      const card = await hoverAndRead('Sochi', ' on Wednesday', 'offline');
      expect(card).toMatch(/offline/i);
      await moveAway();
    } finally {
      upstream.setDown(false);
    }
  });

  it('gives page scripts no way into the card', async () => {
    const probe = await tab.evaluate<{ host: boolean; shadowHidden: boolean; iframes: number }>(`(() => {
      const host = document.querySelector('gloss-root');
      return { host: !!host, shadowHidden: host ? host.shadowRoot === null : false, iframes: document.querySelectorAll('iframe').length };
    })()`);
    expect(probe).toEqual({ host: true, shadowHidden: true, iframes: 0 });
  });
  it('sizes the frame to the card on every fresh hover and after every card size change (times logged)', async () => {
    // Asserted: each hover ends in a visible card at its own size, and each of ten size changes
    // resizes the iframe. The times are logged for the record (issue 14's frame channel), not
    // asserted: the machine is shared. A fresh page each time, so the card frame starts at its default size and must
    // take the card's.
    const hoverToSized: number[] = [];
    for (let i = 0; i < 5; i++) {
      const since = Date.now();
      await tab.goto(server.seedUrl);
      expect((await browser.waitForReport(server.seedUrl, since)).status).toBe('article');
      const at = await tab.evaluate<{ x: number; y: number } | null>(wordCenter('Erdogan', ' said'));
      await tab.mouseMove(at!.x - 1, at!.y);
      const t0 = performance.now();
      await tab.mouseMove(at!.x, at!.y);
      await waitFor(
        async () => {
          const s = await tab.frameEval<{ text: string; app: number; inner: number }>(
            'card.html',
            `({ text: document.body.textContent, app: Math.ceil(document.getElementById('app').getBoundingClientRect().height), inner: innerHeight })`,
          );
          // Sized: as tall as the card, or capped below it (never the frame's default 180).
          const sized = s && s.inner !== 180 && (Math.abs(s.app - s.inner) <= 1 || s.inner < s.app);
          return s?.text.includes('Recep Tayyip Erdoğan') && sized && (await tab.frameVisible('card.html'));
        },
        'a sized card',
        { intervalMs: 5 },
      );
      hoverToSized.push(performance.now() - t0);
    }
    // The hop itself, timed inside the frame: the card's root changes size (its ResizeObserver,
    // as the app's own) → the iframe element takes the new size (the frame window's resize).
    const hops: number[] = [];
    for (let i = 0; i < 10; i++) {
      const hop = await tab.frameEval<number>(
        'card.html',
        `new Promise((resolve) => {
          const root = document.getElementById('app');
          let reported = 0;
          const ro = new ResizeObserver(() => { if (!reported) reported = performance.now(); });
          addEventListener('resize', function onResize() {
            if (!reported) return;
            removeEventListener('resize', onResize);
            ro.disconnect();
            resolve(performance.now() - reported);
          });
          ro.observe(root);
          // Skip the observer's first call (observe() always reports once).
          requestAnimationFrame(() => requestAnimationFrame(() => {
            reported = 0;
            root.style.maxHeight = root.style.maxHeight ? '' : '${160 + (i % 3) * 20}px';
          }));
        })`,
      );
      if (hop !== null) hops.push(hop);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
    console.log(
      `[figures] ${name}: hover → card sized and visible median ${median(hoverToSized).toFixed(0)} ms ` +
        `(${hoverToSized.map((x) => x.toFixed(0)).join(', ')}); card size change → iframe resized median ` +
        `${median(hops).toFixed(1)} ms over ${hops.length} (${hops.map((x) => x.toFixed(1)).join(', ')})`,
    );
    expect(hops.length).toBe(10);
  });
});
