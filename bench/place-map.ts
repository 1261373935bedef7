// Locator maps in real Chromium: (1) first map paint after a place card opens — from the
// moment the card's map section has the place to the animation frame after the SVG is in
// the DOM, with the map module and outlines already loaded once in the frame — over hovers
// that rotate through the seed page's places (each hover a new map), p50 and p95; (2) the
// first load of the map module in a fresh card frame (dynamic import: module, d3-geo,
// topojson-client and the outlines), over fresh page loads; (3) bytes: the lazy chunk
// (module + outlines) and the bundled gazetteer, gzipped. The card page records both times
// with User Timing (`gloss-map-paint`, `gloss-map-load`); this reads them from its frame.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, type TestTab } from '../tests/e2e/harness/browsers';
import { wordCenter } from '../tests/e2e/harness/page-scripts';
import { startPageServer } from '../tests/e2e/harness/server';
import { waitFor } from '../tests/e2e/harness/wait';
import { startFakeUpstream } from '../tests/fake-upstream/server';

const ROUNDS = 8;
const LOADS = 5;
/** Seed-page places, each with the text that follows a mention of it. */
const PLACES: [string, string][] = [
  ['Sochi', ' on Wednesday'],
  ['Syria', ' with Turkish'],
  ['Damascus', ' have also'],
  ['Tehran', ' and Damascus'],
  ['Ankara', ' both agree'],
];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

const TAKE = (name: string) =>
  `(() => { const e = performance.getEntriesByName(${JSON.stringify(name)}).map((x) => x.duration); performance.clearMeasures(${JSON.stringify(name)}); return e; })()`;

export async function benchPlaceMap(): Promise<Record<string, number>> {
  const chunks = join('.output', 'chrome-mv3', 'chunks');
  const lazy = readdirSync(chunks).find((f) => f.startsWith('LocatorMap-'));
  if (!lazy) throw new Error('no LocatorMap chunk in the Chrome build: is the map still a separate chunk?');
  const server = await startPageServer();
  const upstream = await startFakeUpstream();
  const browser = await launch('chromium');
  try {
    await browser.useEndpoints(upstream.endpoints);
    const tab = await browser.newTab();
    const hover = async (word: string, after: string) => {
      await tab.mouseMove(2, 2);
      await waitFor(async () => !(await tab.frameVisible('card.html')), 'the card to hide');
      const at = await tab.evaluate<{ x: number; y: number } | null>(wordCenter(word, after));
      if (!at) throw new Error(`"${word}${after}" not on the seed page`);
      await tab.mouseMove(at.x - 1, at.y);
      await tab.mouseMove(at.x, at.y);
    };
    const next = (tab: TestTab, name: string, label: string) =>
      waitFor(
        async () => {
          const got = (await tab.frameEval<number[]>('card.html', TAKE(name))) ?? [];
          return got.length > 0 ? got : null;
        },
        label,
        { timeoutMs: 20_000, intervalMs: 20 },
      );

    // First loads of the map module, one per fresh card frame (a fresh page load).
    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await browser.visit(tab, server.seedUrl);
      await hover(...PLACES[i % PLACES.length]!);
      loads.push(...(await next(tab, 'gloss-map-load', 'the map module to load')));
      await next(tab, 'gloss-map-paint', 'the first map');
    }
    // Paints with the module and outlines loaded: every hover shows another place's map.
    const paints: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const [word, after] of PLACES) {
        await hover(word, after);
        paints.push(...(await next(tab, 'gloss-map-paint', `the map for ${word}`)));
      }
    }
    return {
      place_map_ms_p50: pct(paints, 50),
      place_map_ms_p95: pct(paints, 95),
      place_map_paints: paints.length,
      place_map_module_load_ms_p50: pct(loads, 50),
      place_map_module_load_ms_max: Math.max(...loads),
      place_map_bytes_gz: gz(join(chunks, lazy)),
      place_gazetteer_bytes_gz: gz(join('.output', 'chrome-mv3', 'geo', 'places.tsv')),
    };
  } finally {
    await browser.close();
    await upstream.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchPlaceMap().then((r) => console.log(r));
}
