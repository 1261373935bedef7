// The welcome page in real Chromium and Firefox ESR (issue 15, point 4): it opens on install,
// its sample story shows the engine's marks with the right types, a card opens on hover and
// from the keyboard with no network (every request outside 127.0.0.1 is blocked anyway, and
// the page loads nothing but its own files), the options page links to it, axe-core finds
// nothing in light and dark, and reloading Gloss (an update, for the browser) does not open it
// again.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, WELCOME_PATH, type TestBrowser, type TestTab } from './harness/browsers';
import { E2E_BROWSERS } from './harness/page-scripts';
import { waitFor } from './harness/wait';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Texts of the ranges registered under a CSS highlight name (empty when none). */
const registered = (name: string) =>
  `(() => { const h = CSS.highlights.get(${JSON.stringify(name)}); return h ? [...h].map((r) => r.toString()) : []; })()`;
/** Viewport centre of the first mark reading `text`, scrolled into view. */
const markCenter = (highlight: string, text: string) => `(() => {
  const r = [...CSS.highlights.get(${JSON.stringify(highlight)})].find((x) => x.toString() === ${JSON.stringify(text)});
  r.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const b = r.getClientRects()[0];
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
})()`;
const CARD = `(() => { const d = document.querySelector('.sample__card [role="dialog"]'); const box = document.querySelector('.sample__card'); return d && getComputedStyle(box).visibility === 'visible' ? { label: d.getAttribute('aria-label'), text: d.textContent } : null; })()`;
const ACTIVE = `(() => { const a = document.activeElement; return a ? (a.getAttribute('aria-label') || a.textContent || a.tagName) : null; })()`;

/** axe-core's violations on the whole document (every rule, color contrast included). */
async function axe(tab: TestTab): Promise<string[]> {
  await tab.evaluate(`(() => { ${AXE_SOURCE}; return true; })()`);
  const out = await tab.evaluate<{ violations: string[]; passes: number }>(
    `axe.run(document).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')).join(' | ')) }))`,
  );
  expect(out.passes).toBeGreaterThan(15);
  return out.violations;
}

/** Waits until the sample is marked; returns the page's own timings. */
const whenMarked = (tab: TestTab) =>
  waitFor(
    () =>
      tab.evaluate<{ recognizeMs: number; readyMs: number } | null>(`(() => {
        const s = document.querySelector('[data-state="ready"]');
        return s ? { recognizeMs: Number(s.dataset.recognizeMs), readyMs: Number(s.dataset.readyMs) } : null;
      })()`),
    'the sample to be marked',
    { timeoutMs: 30_000 },
  );

describe.each(E2E_BROWSERS)('welcome page in %s', (name) => {
  let browser: TestBrowser;
  let dark: TestBrowser | null = null;
  let welcome: TestTab;

  beforeAll(async () => {
    browser = await launch(name, { colorScheme: 'light', welcome: 'keep' });
  });
  afterAll(async () => {
    await dark?.close();
    await browser?.close();
  });

  it('opens by itself on install, once, and marks the sample’s names with the right types', async () => {
    expect(browser.welcome).not.toBeNull();
    welcome = browser.welcome!;
    expect(await welcome.evaluate<string>('location.href')).toBe(`${browser.extensionOrigin}${WELCOME_PATH}`);
    expect((await browser.extensionTabs()).filter((u) => u.endsWith(WELCOME_PATH))).toHaveLength(1);
    const timings = await whenMarked(welcome);
    console.log(
      `[welcome ${name}] marks drawn ${timings.readyMs} ms after the page started; recognition (background, cold model) ${timings.recognizeMs} ms`,
    );
    expect(new Set(await welcome.evaluate<string[]>(registered('gloss-person')))).toEqual(
      new Set(['Charles Darwin', 'Darwin', 'Joseph Hooker', 'Hooker']),
    );
    expect(new Set(await welcome.evaluate<string[]>(registered('gloss-place')))).toEqual(new Set(['London', 'Kent']));
    expect(await welcome.evaluate<string[]>(registered('gloss-org'))).toEqual(['Cambridge University Library']);
    // Nothing but Gloss's own files was loaded: the page needs no network.
    const resources = await welcome.evaluate<string[]>(`performance.getEntriesByType('resource').map((e) => e.name)`);
    expect(resources.filter((u) => !u.startsWith(browser.extensionOrigin))).toEqual([]);
  });

  it('opens a card on hover, from bundled data, and hides it when the pointer leaves', async () => {
    await welcome.bringToFront();
    const at = await welcome.evaluate<{ x: number; y: number }>(markCenter('gloss-place', 'Kent'));
    await welcome.mouseMove(at.x, at.y);
    const card = await waitFor(() => welcome.evaluate<{ label: string; text: string } | null>(CARD), 'the card');
    expect(card.label).toBe('About Kent');
    expect(card.text).toContain('Garden of England');
    expect(card.text).toContain('Written for this sample and bundled with Gloss');
    await welcome.mouseMove(5, 5);
    await waitFor(async () => (await welcome.evaluate(CARD)) === null, 'the card to hide');
  });

  it('opens the same card from the keyboard, focused; Esc closes it and gives focus back', async () => {
    await welcome.bringToFront();
    await welcome.evaluate(`document.querySelector('button.sample__name').focus()`);
    expect(await welcome.evaluate<string>(ACTIVE)).toBe('Charles Darwin (person, 6 mentions)');
    await welcome.press('Enter');
    const card = await waitFor(() => welcome.evaluate<{ label: string; text: string } | null>(CARD), 'the card');
    expect(card.label).toBe('About Charles Darwin');
    expect(card.text).toContain('On the Origin of Species');
    await waitFor(async () => (await welcome.evaluate<string>(ACTIVE)) === 'About Charles Darwin', 'focus in the card');
    // axe with the card open too: the whole page, light scheme.
    expect(await axe(welcome)).toEqual([]);
    await welcome.press('Escape');
    await waitFor(async () => (await welcome.evaluate(CARD)) === null, 'the card to close');
    expect(await welcome.evaluate<string>(ACTIVE)).toBe('Charles Darwin (person, 6 mentions)');
  });

  it('has no axe violations (light), and says what leaves the device as the settings are', async () => {
    expect(await welcome.evaluate<boolean>(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(false);
    expect(await axe(welcome)).toEqual([]);
    const flows = await welcome.evaluate<Record<string, string>>(
      `Object.fromEntries([...document.querySelectorAll('tr[data-flow]')].map((r) => [r.dataset.flow, r.dataset.on]))`,
    );
    expect(flows).toEqual({
      wikipedia: 'true',
      wikidata: 'true',
      pictures: 'true',
      gdelt: 'true',
      'google-news': 'false',
    });
    await browser.setSettings({ offline: true });
    await waitFor(
      async () =>
        (
          await welcome.evaluate<string[]>(`[...document.querySelectorAll('tr[data-flow]')].map((r) => r.dataset.on)`)
        ).every((on) => on === 'false'),
      'every service to show as off in offline mode',
    );
    await browser.setSettings({ offline: false });
  });

  it('is reachable from the options page', async () => {
    const options = await browser.openExtensionPage('/options.html');
    await waitFor(() => options.evaluate<boolean>(`!!document.getElementById('welcome-link')`), 'the options page');
    await options.bringToFront();
    await options.evaluate(`document.getElementById('welcome-link').click()`);
    await waitFor(
      async () => (await options.evaluate<string>('location.href').catch(() => '')).endsWith(WELCOME_PATH),
      'the welcome page from the options page',
    );
    await whenMarked(options);
    await options.close();
    expect(browser.glossErrors()).toEqual([]);
  });

  // Chromium cannot drive this: runtime.reload() of an unpacked extension never brings it back
  // under automation (no service worker starts again), and an extension loaded with
  // --load-extension is reported as installed ("install") on every launch, a relaunch on the
  // same profile with a higher manifest version included. utils/welcome/open-on-install.test.ts
  // covers the reasons; Firefox drives a real "update" here.
  it.skipIf(name === 'chromium')('does not open again when Gloss is reloaded, as on an update', async () => {
    const record = await browser.reloadExtension();
    expect(record).toMatchObject({ reason: 'update', welcome: false });
    // The record is written after any welcome tab was created: none was.
    expect((await browser.extensionTabs()).filter((u) => u.endsWith(WELCOME_PATH))).toEqual([]);
  });

  it('opens in a fresh dark profile too, with no axe violations there', async () => {
    dark = await launch(name, { colorScheme: 'dark', welcome: 'keep' });
    const tab = dark.welcome!;
    expect(tab).not.toBeNull();
    await whenMarked(tab);
    expect(await tab.evaluate<boolean>(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(true);
    expect(await axe(tab)).toEqual([]);
    await tab.bringToFront();
    await tab.evaluate(`document.querySelector('button.sample__name').focus()`);
    await tab.press('Enter');
    await waitFor(() => tab.evaluate(CARD), 'the card (dark)');
    expect(await axe(tab)).toEqual([]);
    expect(dark.glossErrors()).toEqual([]);
  });
});
