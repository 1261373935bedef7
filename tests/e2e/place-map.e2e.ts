// Locator maps in place cards, in real Chromium and Firefox ESR with outside traffic blocked:
// hovering Sochi, Syria and Damascus on the seed page shows a map whose filled shape is the
// right country (its ISO numeric id) and a dot for the cities; a person card has no map; axe
// finds nothing in the card with a map. Twice: online against the fake upstream (Wikidata's
// P625/P17, light scheme), then in offline/private mode (the bundled gazetteer, dark scheme,
// reduced motion: the map does not fade in).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream } from '../fake-upstream/server';
import { launch, type TestBrowser, type TestTab } from './harness/browsers';
import { startPageServer, type PageServer } from './harness/server';
import { CARD_TEXT, E2E_BROWSERS, wordCenter } from './harness/page-scripts';
import { waitFor } from './harness/wait';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What the card frame's map shows (null: no map element). */
const MAP_STATE = `(() => {
  const svg = document.querySelector('svg.gloss-map__svg');
  if (!svg) return null;
  const focus = [...svg.querySelectorAll(':scope > .gloss-map__land--focus')].map((p) => p.getAttribute('data-country-id'));
  return {
    label: svg.getAttribute('aria-label'),
    role: svg.getAttribute('role'),
    focus,
    dots: svg.querySelectorAll(':scope > circle.gloss-map__dot').length,
    inset: !!svg.querySelector('.gloss-map__inset'),
    caption: document.querySelector('.gloss-map__caption')?.textContent ?? '',
    animation: getComputedStyle(svg).animationName,
  };
})()`;

interface MapState {
  label: string;
  role: string;
  focus: string[];
  dots: number;
  inset: boolean;
  caption: string;
  animation: string;
}

const CASES = [
  { word: 'Sochi', after: ' on Wednesday', label: 'Map: Sochi, Russia', country: '643', dots: 1 },
  { word: 'Syria', after: ' with Turkish', label: 'Map: Syria', country: '760', dots: 0 },
  { word: 'Damascus', after: ' have also', label: 'Map: Damascus, Syria', country: '760', dots: 1 },
];

describe.each(E2E_BROWSERS)('locator maps in %s', (name) => {
  let server: PageServer;
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
  let browser: TestBrowser | undefined;
  let tab: TestTab;

  beforeAll(async () => {
    server = await startPageServer();
    upstream = await startFakeUpstream();
  });
  afterAll(async () => {
    await browser?.close();
    await upstream?.close();
    await server?.close();
  });

  const open = async (opts: { colorScheme: 'light' | 'dark'; offline: boolean; reducedMotion: boolean }) => {
    await browser?.close();
    browser = await launch(name, { colorScheme: opts.colorScheme, reducedMotion: opts.reducedMotion });
    await browser.useEndpoints(upstream.endpoints);
    await browser.setSettings({ offline: opts.offline });
    tab = await browser.newTab();
    await tab.bringToFront();
    expect((await browser.visit(tab, server.seedUrl)).status).toBe('article');
  };

  const hover = async (word: string, after: string) => {
    await tab.mouseMove(2, 2);
    await waitFor(async () => !(await tab.frameVisible('card.html')), 'the card to hide');
    const at = await tab.evaluate<{ x: number; y: number } | null>(wordCenter(word, after));
    expect(at, `"${word}" on the page`).not.toBeNull();
    await tab.mouseMove(at!.x - 1, at!.y);
    await tab.mouseMove(at!.x, at!.y);
  };

  const mapFor = async (c: (typeof CASES)[number]) => {
    await hover(c.word, c.after);
    return waitFor(
      async () => {
        // Shown first: a hidden frame has no computed style in Firefox.
        if (!(await tab.frameVisible('card.html'))) return null;
        const s = await tab.frameEval<MapState | null>('card.html', MAP_STATE);
        return s && s.label === c.label && s.animation !== '' ? s : null;
      },
      `a map labelled "${c.label}"`,
      { timeoutMs: 15_000 },
    );
  };

  const axe = async () => {
    await tab.frameEval('card.html', `(() => { ${AXE_SOURCE}; return true; })()`);
    const out = await tab.frameEval<{ violations: string[]; passes: number }>(
      'card.html',
      `axe.run(document).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')).join(' | ')) }))`,
    );
    expect(out!.passes).toBeGreaterThan(10);
    return out!.violations;
  };

  const checkCases = async (source: RegExp, animation: string) => {
    for (const c of CASES) {
      const s = await mapFor(c);
      expect(s.animation, 'the map fades in only when motion is welcome').toBe(animation);
      expect(s.role).toBe('img');
      expect(s.focus, `${c.word}'s filled country`).toEqual([c.country]);
      expect(s.dots, `${c.word}'s dot`).toBe(c.dots);
      expect(s.inset).toBe(c.dots > 0);
      expect(s.caption).toContain(c.word);
      expect(s.caption).toMatch(source);
    }
  };

  it('online (fake upstream): Sochi, Syria and Damascus get their maps from Wikidata; a person none; axe light', async () => {
    await open({ colorScheme: 'light', offline: false, reducedMotion: false });
    await checkCases(/Natural Earth · Position: Wikidata/, 'gloss-map-in');
    // The facts beside Damascus's map: country, population with its year, area.
    const text = ((await tab.frameEval<string>('card.html', CARD_TEXT)) ?? '').replace(/\s+/g, ' ');
    expect(text).toMatch(/Country Syria/);
    expect(text).toMatch(/Population 2,503,000 \(as of 2023\)/);
    expect(text).toMatch(/Area 105 km²/);
    expect(await axe()).toEqual([]);

    // A person's card: background and related stories arrive, and no map.
    await hover('Putin', ' said');
    await waitFor(async () => {
      const t = (await tab.frameEval<string>('card.html', CARD_TEXT)) ?? '';
      return t.includes('Vladimir Putin') && /Related stories/i.test(t) && !/Loading/i.test(t);
    }, 'the person card with its related stories');
    expect(await tab.frameEval('card.html', MAP_STATE)).toBeNull();
    expect(browser!.glossErrors()).toEqual([]);
  });

  it('offline/private mode: the same maps from the bundled gazetteer, no request made; reduced motion; axe dark', async () => {
    await open({ colorScheme: 'dark', offline: true, reducedMotion: true });
    const before = upstream.requests.length;
    await checkCases(/Natural Earth · Position: GeoNames/, 'none');
    expect(await axe()).toEqual([]);
    expect(upstream.requests.length).toBe(before);
    expect(browser!.glossErrors()).toEqual([]);
  });
});
