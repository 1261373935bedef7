// `npm run demo`: builds Gloss, serves the seed page and every fixture page on 127.0.0.1,
// launches Chromium with the extension, and writes demo-out/: a screenshot per page and
// report.json (per page: title, site, language, words, what Gloss found). By default no
// request leaves the machine and Gloss's sources point at the local fake upstream;
// `--live` lets a person with an internet connection use the real services; `--headed`
// opens a visible browser and leaves it open until closed.
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { launch, type TestTab } from '../tests/e2e/harness/browsers';
import { fixturePageNames, startPageServer } from '../tests/e2e/harness/server';

const args = new Set(process.argv.slice(2));
const headed = args.has('--headed');
const live = args.has('--live');
const only = process.argv.find((a) => a.startsWith('--pages='))?.slice('--pages='.length);
const OUT = 'demo-out';

async function main() {
  if (!args.has('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
  ensureBrowsers();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const pages = await startPageServer();
  const upstream = live ? null : await startUpstream();
  const browser = await launch('chromium', { headed, allowOutside: live });
  if (upstream) {
    await browser.useEndpoints(upstream.endpoints);
  }
  const names = only ? only.split(',') : await fixturePageNames();
  const targets = [{ page: 'seed', url: pages.seedUrl }, ...names.map((n) => ({ page: n, url: pages.pageUrl(n) }))];
  const tab = await browser.newTab();
  const report: unknown[] = [];
  for (const t of targets) {
    const since = Date.now();
    await tab.goto(t.url);
    const r = await browser
      .waitForReport(t.url, since, 30_000)
      .catch((err: Error) => ({ status: 'error', reason: err.message }));
    // The screenshot shows the article where Gloss marked it, not the site's header.
    if (r.status === 'article') await tab.evaluate(SCROLL_TO_FIRST_MARK).catch(() => undefined);
    await tab.screenshot(`${OUT}/${t.page}.png`);
    if (r.status === 'article' && 'words' in r) {
      report.push({
        page: t.page,
        url: t.url,
        status: r.status,
        title: r.title,
        site: r.site,
        language: r.lang,
        english: r.english,
        words: r.words,
        mapped_pct: Math.round((1000 * r.mappedWords) / Math.max(1, r.words)) / 10,
        entities: r.entities.map((e) => ({
          name: e.name,
          type: e.type,
          mentions: e.mentions,
          aliases: e.aliases ?? [],
        })),
        note: r.note,
        timings_ms: r.timings,
      });
      console.log(
        `${t.page}: "${r.title}" — ${r.words} words, ${r.entities.length} entities${r.note ? ` (${r.note})` : ''}`,
      );
    } else {
      report.push({ page: t.page, url: t.url, status: r.status, reason: 'reason' in r ? r.reason : null });
      console.log(`${t.page}: ${r.status}${'reason' in r ? ` — ${r.reason}` : ''}`);
    }
  }
  // Hover cards on the seed page: hover each entity's first mention, record the card's title
  // and how many related stories it lists, and keep a screenshot of one open card.
  const seedEntry = report.find((r) => (r as { page: string }).page === 'seed') as
    | { entities?: Array<Record<string, unknown>> }
    | undefined;
  if (seedEntry?.entities?.length) {
    const since = Date.now();
    await tab.goto(pages.seedUrl);
    const r = await browser.waitForReport(pages.seedUrl, since, 30_000);
    if (r.status !== 'article') throw new Error(`the seed page was not read as an article: ${r.status}`);
    for (const e of seedEntry.entities) {
      // The entity's first drawn mention, wherever it stands (a paragraph, a link, an aside,
      // a list): read from the page's own highlight registry, in document order.
      const names = [String(e.name), ...((e.aliases as string[] | undefined) ?? [])];
      const at = await tab.evaluate<{ x: number; y: number } | null>(firstMentionAt(names, String(e.type)));
      if (!at) continue;
      await tab.mouseMove(2, 2);
      const hidden = Date.now() + 5000;
      while ((await tab.frameVisible('card.html')) && Date.now() < hidden) await new Promise((r) => setTimeout(r, 50));
      await tab.mouseMove(at.x, at.y);
      const card = await waitForCard(tab, 8000);
      e.card_title = card?.title ?? null;
      e.card_related = card?.related ?? null;
      if (card && String(e.name).includes('Erdogan')) await tab.screenshot(`${OUT}/card-erdogan.png`);
    }
  }
  writeFileSync(
    `${OUT}/report.json`,
    JSON.stringify({ generatedAt: new Date().toISOString(), live, pages: report }, null, 2),
  );
  console.log(`\nWrote ${OUT}/report.json and ${targets.length} screenshots.`);
  if (headed) {
    console.log('The browser stays open; close it (or press Ctrl+C) to end the demo.');
    await new Promise<void>((resolve) => process.on('SIGINT', () => resolve()));
  }
  await browser.close();
  await upstream?.close();
  await pages.close();
}

/** Ranges Gloss drew, in document order, read from CSS.highlights in the page's main world. */
const DRAWN_RANGES = `(() => {
  const out = [];
  for (const [name, h] of CSS.highlights) if (String(name).startsWith('gloss-') && !String(name).startsWith('gloss-hl-')) for (const r of h) out.push({ r, type: String(name) });
  out.sort((a, b) => a.r.compareBoundaryPoints(Range.START_TO_START, b.r));
  return out;
})()`;

/** Scrolls the first marked paragraph (else the first mark) to the middle of the view. */
const SCROLL_TO_FIRST_MARK = `(() => {
  const drawn = ${DRAWN_RANGES};
  const inPara = drawn.find(({ r }) => r.startContainer.parentElement && r.startContainer.parentElement.closest('p'));
  const first = inPara || drawn[0];
  if (first) first.r.startContainer.parentElement.scrollIntoView({ block: 'center' });
  return !!first;
})()`;

/** A page script: the middle of the first drawn mention of this entity (its name, or a part of it), scrolled into view. */
function firstMentionAt(names: string[], type: string): string {
  const highlight = { PER: 'gloss-person', LOC: 'gloss-place', ORG: 'gloss-org' }[type] ?? '';
  return `(() => {
    const fold = (s) => s.normalize('NFD').replace(/\\p{M}/gu, '').toLowerCase().replace(/[^\\p{L}\\p{N}]+/gu, ' ').trim();
    const all = ${JSON.stringify(names)}.map(fold);
    const name = all[0];
    const words = name.split(' ');
    const drawn = ${DRAWN_RANGES}.filter((d) => d.type === ${JSON.stringify(highlight)});
    const score = (t) => (all.includes(t) ? 3 : words.length > 1 && t === words[words.length - 1] ? 2 : t && name.includes(t) ? 1 : 0);
    let best = null;
    for (const d of drawn) {
      const s = score(fold(d.r.toString()));
      if (s > 0 && (!best || s > best.s)) best = { r: d.r, s };
      if (best && best.s === 3) break;
    }
    if (!best) return null;
    best.r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const b = best.r.getClientRects()[0] || best.r.getBoundingClientRect();
    return b && b.width > 0 ? { x: b.left + Math.min(b.width / 2, 8), y: b.top + b.height / 2 } : null;
  })()`;
}

/** The open card's title and number of related stories, once its related section settled. */
async function waitForCard(tab: TestTab, timeoutMs: number): Promise<{ title: string; related: number } | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await tab
      .frameEval<{ title: string; related: number; loading: boolean } | null>(
        'card.html',
        `(() => { const t = document.querySelector('.gloss-card__title'); if (!t) return null; const busy = !!document.querySelector('[aria-busy="true"]'); const sec = document.querySelector('[aria-labelledby="gloss-related-heading"]'); return { title: t.textContent, related: sec ? sec.querySelectorAll('li').length : 0, loading: busy }; })()`,
      )
      .catch(() => null);
    if (state && !state.loading && (await tab.frameVisible('card.html')))
      return { title: state.title, related: state.related };
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/** The local fake upstream (recorded Wikipedia/Wikidata/GDELT responses), when present. */
async function startUpstream(): Promise<{ endpoints: object; close(): Promise<void> } | null> {
  try {
    const mod = await import('../tests/fake-upstream/server');
    return await mod.startFakeUpstream();
  } catch (err) {
    console.warn(`fake upstream unavailable: ${(err as Error).message}`);
    return null;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
