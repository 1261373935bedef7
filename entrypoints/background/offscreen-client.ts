// Where Readability runs off the page's main thread: in Firefox's background page, which has
// a DOMParser, directly; in Chrome, whose service worker has none, in an offscreen document
// (entrypoints/offscreen) created on the first page and kept. The content script falls back to
// Readability in the page when this fails (utils/article/extract.ts).
import { browser } from 'wxt/browser';
import { domParserExtractor, type RemoteArticle } from '@/utils/article/remote-extract';
import { sendMessage } from '@/utils/adapters/messaging';

interface OffscreenApi {
  createDocument(opts: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export type PageExtractor = (html: string) => Promise<RemoteArticle>;

export interface PageExtractorHandle {
  extract: PageExtractor;
  /** Makes the offscreen document now (Chrome), so that the first page does not wait for it. */
  prepare(): void;
}

export function createPageExtractor(): PageExtractorHandle {
  if (typeof DOMParser === 'function') {
    const extract = domParserExtractor(new DOMParser());
    return { extract: async (html) => extract(html), prepare: () => undefined };
  }
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen)
    return {
      extract: async () =>
        Promise.reject(new Error('this browser has no DOMParser in the background and no offscreen documents')),
      prepare: () => undefined,
    };
  let ready: Promise<void> | null = null;
  const ensure = () =>
    (ready ??= (async () => {
      if (await offscreen.hasDocument?.()) return;
      await offscreen.createDocument({
        url: browser.runtime.getURL('/offscreen.html'),
        reasons: ['DOM_PARSER'],
        justification: "Reads a copy of the article with Readability outside the page's main thread.",
      });
    })().catch((err: unknown) => {
      ready = null; // the next page tries again
      throw err;
    }));
  const extract: PageExtractor = async (html) => {
    await ensure();
    try {
      return await sendMessage('offscreenExtract', { html });
    } catch (err) {
      // The document may have been closed (by the browser, or a crash): make it again, once.
      if (
        !/Receiving end does not exist|Could not establish connection|No response/i.test(
          String((err as Error)?.message),
        )
      )
        throw err;
      ready = null;
      await ensure();
      return sendMessage('offscreenExtract', { html });
    }
  };
  return { extract, prepare: () => void ensure().catch(() => undefined) };
}
