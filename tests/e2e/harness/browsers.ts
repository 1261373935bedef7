// Launching real Chromium (playwright-core) and Firefox ESR (puppeteer-core, WebDriver BiDi)
// with the built extension, with every request not addressed to 127.0.0.1 blocked, behind one
// small driver interface the e2e tests share. Recipes: ../shared/docs/toolchain.md.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import type { PageReport } from '../../../utils/model/page-report';
import { allowInIncognito, allowInPrivateBrowsing } from './private-windows';
import { waitFor } from './wait';

export const CHROME_DIR = resolve(process.cwd(), '.output', 'chrome-mv3');
export const FIREFOX_DIR = resolve(process.cwd(), '.output', 'firefox-mv2');
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const FIREFOX_UUID = 'a3b5c7d9-0e1f-4a2b-8c3d-4e5f6a7b8c9d';

/**
 * Firefox: everything goes to a closed local proxy; loopback is never proxied (with
 * network.proxy.allow_hijacking_localhost at its default), so only pages on 127.0.0.1 load
 * and any other request fails at once.
 */
const BLOCK_OUTSIDE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
};

export type BrowserName = 'chromium' | 'firefox';

/** A tab the test drives. `evaluate` runs in the page's main world. */
export interface TestTab {
  goto(url: string): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  screenshot(path: string): Promise<void>;
  /** Moves the real mouse pointer to viewport coordinates. */
  mouseMove(x: number, y: number): Promise<void>;
  /** Clicks the real mouse at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** Presses a key (e.g. "Escape", "Alt+Shift+E") in the page. */
  press(key: string): Promise<void>;
  /**
   * Makes this the browser's focused tab, as the reader's tab is. Firefox delivers key
   * presses to a background tab's focused element too, but activates a button on Enter or
   * Space only in the focused tab (and opening the extension page for `inExtension`
   * focuses that page); Chromium treats every automated tab as focused.
   */
  bringToFront(): Promise<void>;
  /** Evaluates `expr` in the first frame whose URL contains `urlPart`; null when none. */
  frameEval<T>(urlPart: string, expr: string): Promise<T | null>;
  /** URLs of the tab's frames (diagnostics). */
  frameUrls(): Promise<string[]>;
  /** Whether the frame whose URL contains `urlPart` is displayed (has a box). */
  frameVisible(urlPart: string): Promise<boolean>;
  /** Types `text` with the real keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** Whether the tab has been closed (by the test or by the page itself, e.g. window.close()). */
  isClosed(): boolean;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  extensionOrigin: string;
  newTab(): Promise<TestTab>;
  /** Opens an extension page (e.g. "/popup.html") in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<TestTab>;
  /** Runs `expr` (an async function body's expression) in an extension page and returns its value. */
  inExtension<T>(expr: string): Promise<T>;
  /** Merges `patch` into the reader's settings (sync storage), as the options page would. */
  setSettings(patch: Record<string, unknown>): Promise<void>;
  /** Points Gloss's networked sources at `endpoints` (the local fake upstream). */
  useEndpoints(endpoints: object): Promise<void>;
  /** Latest page report the background holds for `url`. */
  report(url: string): Promise<PageReport | null>;
  /** Waits for the report of a run of `url` that started after `since`. */
  waitForReport(url: string, since: number, timeoutMs?: number): Promise<PageReport>;
  /** Loads `url` in `tab` and waits for Gloss's report of that load. */
  visit(tab: TestTab, url: string, timeoutMs?: number): Promise<PageReport>;
  /** Errors logged by Gloss's own contexts (extension pages / background / content script). */
  glossErrors(): string[];
  /** The welcome tab Gloss opened on install, when launched with `welcome: 'keep'`; null otherwise. */
  welcome: TestTab | null;
  /** URLs of the open tabs showing one of Gloss's pages (the harness's own helper page left out). */
  extensionTabs(): Promise<string[]>;
  /**
   * Reloads Gloss as an update does (runtime.reload: its pages close, its background restarts)
   * and resolves once the background has handled the install event again, with its record.
   * Firefox only: Chromium does not bring an unpacked extension back after runtime.reload()
   * under automation (its service worker never starts again).
   */
  reloadExtension(): Promise<{ reason: string; welcome: boolean }>;
  /**
   * Chromium only: stops Gloss's service worker as Chrome does when it is idle (CDP
   * ServiceWorker.stopAllWorkers) and resolves once it is gone; the next message starts it again.
   */
  stopServiceWorker?(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headed?: boolean;
  /** Let requests leave the machine (the demo's --live). Tests never set it. */
  allowOutside?: boolean;
  /**
   * The `prefers-color-scheme` pages see. Chromium: Playwright's emulation; Firefox (whose
   * BiDi driver has no media emulation): the content color-scheme override pref.
   */
  colorScheme?: 'light' | 'dark';
  /** `prefers-reduced-motion: reduce` (Chromium: Playwright's emulation; Firefox: its pref). */
  reducedMotion?: boolean;
  /**
   * Chromium: use this profile folder and keep it on close (a later launch with the same
   * folder is a browser restart: cold service worker, same IndexedDB). Default: a fresh
   * temporary profile, deleted on close.
   */
  profileDir?: string;
  /**
   * Gloss opens its welcome page in a new tab on install. The harness waits until the
   * background has handled the install event (its session record says whether it opened the
   * page) and closes that tab ('close', the default), so that each suite starts with only its
   * own tabs as before; 'keep' hands it to the test as `TestBrowser.welcome`. (Chromium reports
   * an extension loaded with --load-extension as installed on every launch, a relaunch on the
   * same profile included, so the page opens then too.)
   */
  welcome?: 'close' | 'keep';
  /**
   * Let Gloss into private (incognito) windows from the start, as a reader does in the
   * browser's extension settings (harness/private-windows.ts). Default: not allowed, as in
   * both browsers.
   */
  privateWindows?: boolean;
}

/** The page Gloss opens on install (entrypoints/welcome). */
export const WELCOME_PATH = '/welcome.html';

export async function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

function isLoopback(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ws:' && u.protocol !== 'wss:') return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

/** The extension API object in an extension page, in either browser. */
export const EXT_API = `(globalThis.browser?.storage ? globalThis.browser : globalThis.chrome)`;

/** The background's record of the last install event (utils/background/installed.ts). */
const LAST_INSTALLED = `(await ${EXT_API}.storage.session.get('lastInstalled')).lastInstalled ?? null`;

/**
 * runtime.reload() from the helper page (a moment later, so that the call answers before the
 * page goes with the extension), then the background's record of the last install event,
 * read again (the helper page opened afresh whenever it is gone) until it is one that
 * followed the reload.
 */
async function reloadVia(
  b: Pick<TestBrowser, 'inExtension'>,
  dropHelperPage: () => Promise<void>,
): Promise<{ reason: string; welcome: boolean }> {
  const since = Date.now();
  await b.inExtension(`(setTimeout(() => ${EXT_API}.runtime.reload(), 50), true)`);
  return waitFor(
    async () => {
      try {
        const rec = await b.inExtension<{ reason: string; welcome: boolean; at: number } | null>(LAST_INSTALLED);
        return rec && rec.at >= since ? rec : null;
      } catch (err) {
        await dropHelperPage();
        throw err;
      }
    },
    'Gloss to be back after the reload',
    { timeoutMs: 30_000, intervalMs: 200 },
  );
}

/**
 * Waits for the background's record of the install event of this launch; when it opened the
 * welcome page (the record is written after the tab was created), takes that tab: closes it
 * unless the test keeps it.
 */
async function takeWelcome<P>(
  inExtension: TestBrowser['inExtension'],
  find: () => Promise<P | undefined>,
  mode: 'close' | 'keep',
  close: (p: P) => Promise<void>,
): Promise<P | null> {
  const record = await waitFor(
    () => inExtension<{ welcome: boolean } | null>(LAST_INSTALLED),
    'Gloss to handle its install event',
    { timeoutMs: 30_000, intervalMs: 100 },
  );
  if (!record.welcome) return null;
  const page = await waitFor(find, 'the welcome page Gloss opened on install', { timeoutMs: 15_000, intervalMs: 100 });
  if (mode === 'keep') return page;
  await close(page);
  return null;
}

function withReportHelpers(
  b: Omit<TestBrowser, 'report' | 'waitForReport' | 'visit' | 'setSettings' | 'useEndpoints'>,
): TestBrowser {
  const report = async (url: string) => {
    const all = await b.inExtension<Record<string, PageReport> | undefined>(
      `(await ${EXT_API}.storage.session.get('pageReports')).pageReports`,
    );
    const hits = Object.values(all ?? {}).filter((r) => r.url === url);
    return hits.sort((x, y) => y.at - x.at)[0] ?? null;
  };
  const waitForReport = (url: string, since: number, timeoutMs = 20_000) =>
    waitFor(
      async () => {
        const r = await report(url);
        return r && r.at >= since ? r : null;
      },
      `Gloss's report for ${url}`,
      { timeoutMs, intervalMs: 100 },
    );
  return {
    ...b,
    setSettings: async (patch) => {
      await b.inExtension(
        `(async () => { const cur = (await ${EXT_API}.storage.sync.get('settings')).settings ?? {}; await ${EXT_API}.storage.sync.set({ settings: { ...cur, ...${JSON.stringify(patch)} } }); return true; })()`,
      );
    },
    useEndpoints: async (endpoints) => {
      await b.inExtension(`${EXT_API}.storage.local.set({ endpoints: ${JSON.stringify(endpoints)} }).then(() => true)`);
    },
    report,
    waitForReport,
    visit: async (tab, url, timeoutMs) => {
      const since = Date.now();
      await tab.goto(url);
      return waitForReport(url, since, timeoutMs);
    },
  };
}

async function launchChromium({
  headed = false,
  allowOutside = false,
  colorScheme,
  reducedMotion,
  profileDir,
  welcome = 'close',
  privateWindows = false,
}: LaunchOptions): Promise<TestBrowser> {
  const userDataDir = profileDir ?? mkdtempSync(join(tmpdir(), 'gloss-chromium-'));
  if (privateWindows) allowInIncognito(userDataDir, CHROME_DIR);
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_BIN,
    headless: !headed,
    viewport: { width: 1280, height: 900 },
    ...(colorScheme ? { colorScheme } : {}),
    ...(reducedMotion ? { reducedMotion: 'reduce' as const } : {}),
    args: [
      `--disable-extensions-except=${CHROME_DIR}`,
      `--load-extension=${CHROME_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Nothing outside this machine resolves; the route below also aborts it.
      ...(allowOutside ? [] : ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1']),
    ],
  });
  if (!allowOutside) {
    await context.route('**/*', (route) =>
      isLoopback(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
    );
  }
  let [sw]: Worker[] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  const extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  const errors: string[] = [];
  // Only errors thrown from Gloss's own code count; fixture pages' own scripts fail often.
  context.on('weberror', (e) => {
    const err = e.error();
    if (`${err.stack ?? ''}`.includes(extensionOrigin) || /\[Gloss\]/.test(err.message))
      errors.push(`uncaught: ${err.message}`);
  });
  let extPage: PwPage | null = null;
  const extensionPage = async () => {
    if (!extPage || extPage.isClosed()) {
      extPage = await context.newPage();
      extPage.on('console', (m) => m.type() === 'error' && errors.push(`extension page: ${m.text()}`));
      await extPage.goto(`${extensionOrigin}/popup.html`);
    }
    return extPage;
  };
  const wrap = (page: PwPage): TestTab => {
    page.on('console', (m) => {
      if (m.type() === 'error' && (/\[Gloss\]/.test(m.text()) || m.location().url.startsWith(extensionOrigin)))
        errors.push(`content: ${m.text()}`);
    });
    return {
      goto: async (url) => void (await page.goto(url, { waitUntil: 'domcontentloaded' })),
      evaluate: (fn) => page.evaluate(fn),
      screenshot: async (path) => void (await page.screenshot({ path })),
      mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
      click: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key),
      bringToFront: () => page.bringToFront(),
      frameEval: async <T>(urlPart: string, expr: string) => {
        const f = page.frames().find((fr) => fr.url().includes(urlPart));
        return f ? ((await f.evaluate(expr)) as T) : null;
      },
      frameUrls: async () => page.frames().map((f) => f.url()),
      type: (text) => page.keyboard.type(text),
      isClosed: () => page.isClosed(),
      frameVisible: async (urlPart) => {
        const f = page.frames().find((fr) => fr.url().includes(urlPart));
        const el = f ? await f.frameElement() : null;
        return el ? (await el.boundingBox()) !== null : false;
      },
      close: () => page.close(),
    };
  };
  const welcomeUrl = `${extensionOrigin}${WELCOME_PATH}`;
  const inExtension = async <T>(expr: string) =>
    (await extensionPage()).evaluate(`(async () => (${expr}))()`) as Promise<T>;
  const welcomePage = await takeWelcome(
    inExtension,
    async () => context.pages().find((p) => p.url() === welcomeUrl),
    welcome,
    (p) => p.close(),
  );
  const dropHelperPage = async () => {
    const p = extPage;
    extPage = null;
    if (p && !p.isClosed()) await p.close().catch(() => undefined);
  };
  const base = {
    name: 'chromium' as const,
    extensionOrigin,
    welcome: welcomePage ? wrap(welcomePage) : null,
    extensionTabs: async () =>
      context
        .pages()
        .filter((p) => p !== extPage && p.url().startsWith(extensionOrigin))
        .map((p) => p.url()),
    newTab: async () => wrap(await context.newPage()),
    openExtensionPage: async (path: string) => {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}${path}`, { waitUntil: 'load' });
      return wrap(page);
    },
    inExtension,
    glossErrors: () => [...errors],
    stopServiceWorker: async () => {
      // The helper page is in the extension's own storage partition, where its worker runs.
      const cdp = await context.newCDPSession(await extensionPage());
      let stopped = false;
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        for (const v of e.versions)
          if (v.scriptURL.startsWith(extensionOrigin) && v.runningStatus === 'stopped') stopped = true;
      });
      try {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await waitFor(async () => stopped, "Gloss's service worker to stop", { timeoutMs: 10_000 });
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    close: async () => {
      await context.close();
      if (!profileDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return withReportHelpers({ ...base, reloadExtension: () => reloadVia(base, dropHelperPage) });
}

async function launchFirefox({
  headed = false,
  allowOutside = false,
  colorScheme,
  welcome = 'close',
  reducedMotion,
  privateWindows = false,
}: LaunchOptions): Promise<TestBrowser> {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  // A profile folder of the harness's own only when a grant must be written into it first
  // (Puppeteer makes and deletes its own otherwise).
  const ownProfile = privateWindows ? mkdtempSync(join(tmpdir(), 'gloss-firefox-')) : null;
  if (ownProfile) allowInPrivateBrowsing(ownProfile, geckoId);
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    ...(ownProfile ? { userDataDir: ownProfile } : {}),
    headless: !headed,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      ...(allowOutside ? {} : BLOCK_OUTSIDE_PREFS),
      // 0 dark, 1 light (2 follows the system, 3 the browser theme).
      ...(colorScheme
        ? {
            'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
            'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
          }
        : {}),
      ...(reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
    },
  });
  await browser.installExtension(FIREFOX_DIR);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const errors: string[] = [];
  let extPage: PpPage | null = null;
  const extensionPage = async () => {
    if (!extPage || extPage.isClosed()) {
      extPage = await browser.newPage();
      extPage.on('console', (m) => m.type() === 'error' && errors.push(`extension page: ${m.text()}`));
      const target = `${extensionOrigin}/popup.html`;
      // Puppeteer may never see a moz-extension:// navigation finish: poll instead.
      void extPage.goto(target).catch(() => undefined);
      const p = extPage;
      await waitFor(
        async () =>
          (await p.evaluate('location.href')) === target && (await p.evaluate('document.readyState')) === 'complete',
        'the extension page',
        { timeoutMs: 15_000 },
      );
    }
    return extPage;
  };
  const wrap = (page: PpPage): TestTab => {
    page.on('pageerror', (e) => {
      const text = `${String(e)} ${(e as Error).stack ?? ''}`;
      if (text.includes(extensionOrigin) || /\[Gloss\]/.test(text)) errors.push(`uncaught: ${String(e)}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && (/\[Gloss\]/.test(m.text()) || (m.location().url ?? '').startsWith(extensionOrigin)))
        errors.push(`content: ${m.text()}`);
    });
    return {
      goto: async (url) => void (await page.goto(url, { waitUntil: 'domcontentloaded' })),
      evaluate: (fn) => page.evaluate(fn) as Promise<never>,
      screenshot: async (path) => void (await page.screenshot({ path })),
      mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
      click: (x, y) => page.mouse.click(x, y),
      press: async (key) => {
        const parts = key.split('+');
        const main = parts.pop()!;
        for (const m of parts) await page.keyboard.down(m as never);
        await page.keyboard.press(main as never);
        for (const m of parts.reverse()) await page.keyboard.up(m as never);
      },
      bringToFront: () => page.bringToFront(),
      // Puppeteer over BiDi may report a moz-extension:// frame as about:blank: ask each frame.
      frameEval: async <T>(urlPart: string, expr: string) => {
        const f = await findFrame(page, urlPart);
        return f ? ((await f.evaluate(expr)) as T) : null;
      },
      type: (text) => page.keyboard.type(text),
      isClosed: () => page.isClosed(),
      frameUrls: async () =>
        Promise.all(page.frames().map((f) => f.evaluate('location.href').catch(() => f.url()) as Promise<string>)),
      frameVisible: async (urlPart) => {
        const f = await findFrame(page, urlPart);
        const el = f ? await f.frameElement() : null;
        return el ? (await el.boundingBox()) !== null : false;
      },
      close: () => page.close(),
    };
  };
  // Puppeteer over BiDi may report a moz-extension:// page as about:blank: ask each page.
  const hrefOf = (p: PpPage) => p.evaluate('location.href').catch(() => p.url()) as Promise<string>;
  const welcomeUrl = `${extensionOrigin}${WELCOME_PATH}`;
  const inExtension = async <T>(expr: string) =>
    (await extensionPage()).evaluate(`(async () => (${expr}))()`) as Promise<T>;
  const welcomePage = await takeWelcome(
    inExtension,
    async () => {
      for (const p of await browser.pages()) if ((await hrefOf(p)) === welcomeUrl) return p;
      return undefined;
    },
    welcome,
    (p) => p.close(),
  );
  const dropHelperPage = async () => {
    const p = extPage;
    extPage = null;
    if (p && !p.isClosed()) await p.close().catch(() => undefined);
  };
  const base = {
    name: 'firefox' as const,
    extensionOrigin,
    welcome: welcomePage ? wrap(welcomePage) : null,
    extensionTabs: async () => {
      const urls: string[] = [];
      for (const p of await browser.pages()) {
        if (p === extPage) continue;
        const href = await hrefOf(p);
        if (href.startsWith(extensionOrigin)) urls.push(href);
      }
      return urls;
    },
    newTab: async () => wrap(await browser.newPage()),
    openExtensionPage: async (path: string) => {
      const page = await browser.newPage();
      const target = `${extensionOrigin}${path}`;
      // As for the helper page above: poll rather than await the moz-extension:// navigation.
      void page.goto(target).catch(() => undefined);
      await waitFor(
        async () =>
          (await page.evaluate('location.href')) === target &&
          (await page.evaluate('document.readyState')) === 'complete',
        target,
        { timeoutMs: 15_000 },
      );
      return wrap(page);
    },
    inExtension,
    glossErrors: () => [...errors],
    close: async () => {
      await browser.close();
      if (ownProfile) rmSync(ownProfile, { recursive: true, force: true });
    },
  };
  return withReportHelpers({ ...base, reloadExtension: () => reloadVia(base, dropHelperPage) });
}

async function findFrame(page: PpPage, urlPart: string) {
  for (const f of page.frames()) {
    if (f.url().includes(urlPart)) return f;
    const href = await f.evaluate('location.href').catch(() => '');
    if (typeof href === 'string' && href.includes(urlPart)) return f;
  }
  return null;
}
