// Highlights and their search, as messages: a page touches only its own site's highlights;
// search is for extension pages. Before the background is suspended, the search index's
// snapshot is written.
import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/adapters/messaging';
import type { Highlight } from '@/utils/model/types';
import { assertSameSite, ForbiddenSenderError } from '@/utils/policy/sender';
import { assertDeletedHighlight, assertHighlightPatch, assertNewHighlight, highlightId } from '@/utils/policy/validate';
import type { BackgroundContext } from './context';

/** The highlight a message names, if the sender's page may touch it: it exists and belongs to the sender's site. */
export async function ownHighlight(ctx: BackgroundContext, senderUrl: string, data: unknown): Promise<Highlight> {
  const id = highlightId(data);
  if (id === null) throw new ForbiddenSenderError('expected a highlight id');
  const h = await ctx.db.highlights.get(id);
  if (!h) throw new Error('This highlight no longer exists.');
  assertSameSite(senderUrl, h.url);
  return h;
}

export function registerHighlights(ctx: BackgroundContext): void {
  const { store } = ctx;
  onMessage('highlightCreate', async ({ data, sender }) => {
    const { url } = ctx.fromContentScript(sender);
    const h = assertNewHighlight(data);
    assertSameSite(url, h.url);
    return store.create(h);
  });
  onMessage('highlightUpdate', async ({ data, sender }) => {
    const { url } = ctx.fromContentScript(sender);
    const { id, patch } = assertHighlightPatch(data);
    await ownHighlight(ctx, url, { id });
    return store.update(id, patch);
  });
  onMessage('highlightDelete', async ({ data, sender }) => {
    const { url } = ctx.fromContentScript(sender);
    const h = await ownHighlight(ctx, url, data);
    return store.remove(h.id);
  });
  onMessage('highlightRestore', async ({ data, sender }) => {
    const { url } = ctx.fromContentScript(sender);
    const h = assertDeletedHighlight(data);
    assertSameSite(url, h.url);
    return store.restore(h);
  });
  onMessage('highlightsForPage', async ({ data, sender }) => {
    if (sender.tab) {
      const { url } = ctx.fromContentScript(sender);
      assertSameSite(url, String(data?.url));
    } else {
      ctx.fromExtensionPage(sender);
    }
    return store.forPage(String(data.url));
  });
  onMessage('searchHighlights', async ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    return store.search(data);
  });
  onMessage('prepareSearch', ({ sender }) => {
    ctx.fromExtensionPage(sender);
    void store.ready().catch((err: unknown) => console.warn('[Gloss] the search index did not load', err));
  });
  // Before the event page / service worker is suspended, write the search index snapshot.
  browser.runtime.onSuspend?.addListener(() => void store.flush());
}
