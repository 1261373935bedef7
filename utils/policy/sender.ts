// Who may ask the background what. Content scripts speak for one tab and may only send or
// ask what concerns that page; extension pages (popup, options, card) may read the store.
// Pure: the extension's own id and origin are passed in.

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export class ForbiddenSenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenSenderError';
  }
}

/** A content script of this extension, in a tab (its messages concern that tab only). */
export function assertContentScript(sender: SenderInfo, extensionId: string): { tabId: number; url: string } {
  if (sender.id !== extensionId) throw new ForbiddenSenderError('message from another extension');
  const tabId = sender.tab?.id;
  const url = sender.url ?? sender.tab?.url;
  if (typeof tabId !== 'number' || !url) throw new ForbiddenSenderError('expected a content script in a tab');
  return { tabId, url };
}

/** An extension page (popup, options, card frame) of this extension. */
export function assertExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): void {
  if (sender.id !== extensionId) throw new ForbiddenSenderError('message from another extension');
  const url = sender.url ?? '';
  if (!url.startsWith(extensionOrigin)) throw new ForbiddenSenderError('only extension pages may read Gloss data');
}

/**
 * Either of the above: a content script in a tab, or an extension page (a page of Gloss's
 * own origin, in a tab or not, such as the welcome page).
 */
export function assertContentScriptOrExtensionPage(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): void {
  if (sender.id !== extensionId) throw new ForbiddenSenderError('message from another extension');
  if ((sender.url ?? '').startsWith(extensionOrigin)) return;
  assertContentScript(sender, extensionId);
}

/** Host of a URL without the "www." / "m." / "amp." / "mobile." variants, or null. */
function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(www|m|mobile|amp)\./, '');
  } catch {
    return null;
  }
}

/**
 * A content script may only read or change highlights of its own site's pages: the URL it
 * names (normalized, possibly its canonical URL) must be on the same site as the tab it runs in.
 */
export function assertSameSite(senderUrl: string, requested: string): void {
  const a = siteOf(senderUrl);
  if (!a || a !== siteOf(requested)) throw new ForbiddenSenderError('a page may only touch its own highlights');
}
