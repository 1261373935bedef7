// Keyboard access to cards in real Chromium and Firefox ESR: Alt+Shift+E opens the list of the
// page's entities in the card frame with focus in its search box; typing filters; Enter opens
// the entity's card; Esc closes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream } from '../fake-upstream/server';
import { launch, type TestBrowser } from './harness/browsers';
import { startPageServer, type PageServer } from './harness/server';
import { E2E_BROWSERS } from './harness/page-scripts';
import { waitFor } from './harness/wait';

const BROWSERS = E2E_BROWSERS;

describe.each(BROWSERS)('keyboard in %s', (name) => {
  let server: PageServer;
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
  let browser: TestBrowser;
  beforeAll(async () => {
    server = await startPageServer();
    upstream = await startFakeUpstream();
    browser = await launch(name);
    await browser.useEndpoints(upstream.endpoints);
  });
  afterAll(async () => {
    await browser?.close();
    await upstream?.close();
    await server?.close();
  });

  it('lists the entities, filters by typing, opens a card with Enter and closes it with Esc', async () => {
    const tab = await browser.newTab();
    const since = Date.now();
    await tab.goto(server.seedUrl);
    expect((await browser.waitForReport(server.seedUrl, since)).status).toBe('article');
    await tab.evaluate(`document.body.focus()`);
    await tab.press('Alt+Shift+E');
    const list = await waitFor(async () => {
      const text = await tab.frameEval<string>('card.html', 'document.body.innerText');
      return text?.includes('Recep Tayyip Erdogan') && text.includes('Sochi') && (await tab.frameVisible('card.html'))
        ? text
        : null;
    }, 'the entity list');
    expect(list).toMatch(/People/i);
    for (const ch of 'erdo') await tab.press(ch);
    await waitFor(
      async () => !((await tab.frameEval<string>('card.html', 'document.body.innerText')) ?? '').includes('Sochi'),
      'the list to filter',
    );
    await tab.press('ArrowDown');
    await tab.press('Enter');
    await waitFor(async () => {
      const text = await tab.frameEval<string>('card.html', 'document.body.innerText');
      return (
        !!text &&
        text.includes('Recep Tayyip Erdoğan') &&
        text.includes('President of Turkey') &&
        (await tab.frameVisible('card.html'))
      );
    }, 'the card of the chosen entity');
    await tab.press('Escape');
    await waitFor(async () => !(await tab.frameVisible('card.html')), 'Esc to close the card');
    expect(browser.glossErrors()).toEqual([]);
    await tab.close();
  });
});
