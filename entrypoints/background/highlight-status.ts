// Which page each tab shows and how its highlights anchored (the badge, the popup), and
// opening a popup search result there. Without the "tabs" permission Gloss cannot read a
// tab's URL, so a tab's page is known from what its content script reported (the page's key
// URL, canonical link included: the URL highlights are stored under).
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/adapters/messaging';
import { assertSameSite } from '@/utils/policy/sender';
import { assertHighlightStatus, highlightId } from '@/utils/policy/validate';
import { showOrphanCount } from './badge';
import type { BackgroundContext } from './context';
import { openHighlight, type TabsApi } from './open-highlight';

export function registerHighlightStatus(ctx: BackgroundContext): void {
  const highlightStatus = new Map<number, { url: string; placed: number; orphanIds: string[] }>();
  // A result opened in a new tab is shown once that tab reports its page.
  const pendingShow = new Map<number, { id: string; url: string }>();
  const showHighlight = (tabId: number, id: string) =>
    sendMessage('pageCommand', { command: 'show-highlight', id }, tabId).catch(() => undefined);

  onMessage('highlightStatus', async ({ data, sender }) => {
    const { tabId, url: senderUrl } = ctx.fromContentScript(sender);
    const status = assertHighlightStatus(data);
    assertSameSite(senderUrl, status.url);
    highlightStatus.set(tabId, status);
    const pending = pendingShow.get(tabId);
    if (pending && pending.url === status.url) {
      pendingShow.delete(tabId);
      void showHighlight(tabId, pending.id);
    }
    await showOrphanCount(tabId, status.orphanIds.length);
  });
  onMessage('getHighlightStatus', ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    return highlightStatus.get(Number(data?.tabId)) ?? null;
  });

  const resultTabs: TabsApi = {
    queryTabs: async () =>
      (await browser.tabs.query({})).map((t) => ({
        id: t.id,
        windowId: t.windowId,
        active: t.active,
        url: (t.id !== undefined ? highlightStatus.get(t.id)?.url : undefined) ?? t.url,
      })),
    activateTab: (id) => browser.tabs.update(id, { active: true }),
    focusWindow: (id) => browser.windows.update(id, { focused: true }),
    createTab: (url) => browser.tabs.create({ url }),
  };
  onMessage('openHighlight', async ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    const id = highlightId(data);
    const h = id !== null ? await ctx.db.highlights.get(id) : undefined;
    if (!h) throw new Error('This highlight no longer exists.');
    const outcome = await openHighlight(h, resultTabs);
    if (outcome.kind === 'focused') await showHighlight(outcome.tabId, h.id);
    else if (outcome.tabId !== undefined) pendingShow.set(outcome.tabId, { id: h.id, url: h.url });
    return outcome;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    highlightStatus.delete(tabId);
    pendingShow.delete(tabId);
  });
  // A tab loading another document no longer shows the page its content script reported.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') highlightStatus.delete(tabId);
  });
}
