// Gloss's content script: wires the page pipeline (process-page.ts) to the
// browser — settings, the background recognizer, the page's highlight registry — and re-runs
// it on in-page navigation and late-loading articles. It adds no node to the page.
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '@/utils/article/page-watcher';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, sendMessageNow } from '@/utils/adapters/messaging';
import { createHighlightController } from './highlight-controller';
import { createNoteFrame } from './note-frame';
import { pageKeyUrl } from '@/utils/highlights/page-url';
import { entitiesIn } from '@/utils/highlights/entities-in';
import { createCardController } from './card-controller';
import { newChannelKey, offerFrameChannel, originOf } from '@/utils/adapters/frame-channel';
import { parseCardChannelEvent } from '@/utils/policy/frame-messages';
import { processPage, type PageState } from './process-page';
import { highlightApiOf } from '@/utils/render/highlight-api';
import { getSettings, watchSettings } from '@/utils/adapters/settings';
import type { Settings } from '@/utils/model/settings';
import type { StageSpan } from '@/utils/model/page-report';
import { whenDomReady } from './page-start';

/** What the content script's pieces share while it runs. */
interface Live {
  settings: Settings;
  state: PageState | null;
  /** The page key the highlights were loaded for (null: none). */
  highlightsUrl: string | null;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Loaded at document_start only to read the settings while the page parses; the page run
  // starts when its DOM is ready (page-start.ts), before the page's own DOMContentLoaded
  // listeners, so the background parses while they run.
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    let settings: Settings | null = null;
    // A failed read is said once, here; Gloss then does not run on the page (as before).
    const read = getSettings().then(
      (s) => (settings = s),
      (err) => {
        console.error('[Gloss] the settings could not be read:', err);
        return null;
      },
    );
    whenDomReady(document, () => {
      const domReady = performance.now();
      // Read by now on all but the smallest pages; otherwise the wait is the trace's settings stage.
      if (settings) startPage(ctx, settings, domReady, []);
      else
        void read.then(
          (s) => s && startPage(ctx, s, domReady, [{ stage: 'settings', start: domReady, end: performance.now() }]),
        );
    });
  },
});

/**
 * Gloss's page run on a ready DOM with the reader's settings: the page pipeline, cards,
 * highlights and commands. `scriptStart` is when the run began (the trace's zero for Gloss's
 * own latency); `before` holds any wait for the settings.
 */
function startPage(ctx: ContentScriptContext, settings: Settings, scriptStart: number, initial: StageSpan[]): void {
  const live: Live = { settings, state: null, highlightsUrl: null };
  let runs = 0;
  // No wait for the page's idle time: the article is parsed, and Gloss only reads the page
  // (off its thread but for the gate, serializing, mapping and drawing).
  let before: StageSpan[] = initial;
  let firstMark: number | null = null;
  const highlightApi = highlightApiOf(globalThis);
  const cards = wireCards(ctx, live);
  const highlights = wireHighlights(ctx, live, highlightApi);
  wireCommands(live, cards, highlights);
  const pageUrl = () => location.href.replace(/#.*$/, '');

  const run = async () => {
    try {
      return await runOnce();
    } catch (err) {
      // A failure of Gloss must never break the page; say so where developers look.
      console.error('[Gloss] page pipeline failed:', err);
      return 'not-article' as const;
    }
  };
  const runOnce = async () => {
    runs += 1;
    const state = await processPage(
      {
        doc: document,
        url: pageUrl(),
        settings: live.settings,
        recognize: (text) => sendMessage('recognize', { text }),
        extractOffThread: (html) => sendMessageNow('extractArticle', { html }),
        highlights: highlightApi,
        now: () => performance.now(),
        trace: { timeOrigin: performance.timeOrigin, scriptStart, before, firstMark },
      },
      runs,
    );
    live.state = state;
    before = [];
    if (state.report.status === 'article') firstMark = state.report.trace?.firstMark ?? null;
    if (!ctx.isValid) return state.report.status;
    const r = state.report;
    cards.update(
      state.article && r.status === 'article'
        ? {
            map: state.article.textMap,
            mentions: state.mentions,
            entities: state.entities,
            lang: r.lang,
            title: r.title,
            url: r.url,
          }
        : null,
    );
    void sendMessage('pageProcessed', state.report).catch(() => undefined);
    // Highlights work on any page Gloss may run on, article or not.
    const key = r.status === 'off' ? null : pageKeyUrl(document, location.href);
    if (key !== live.highlightsUrl) {
      live.highlightsUrl = key;
      if (key)
        await highlights.load({
          url: key,
          title: r.status === 'article' ? r.title : document.title,
          site: siteName(document),
        });
      else highlights.unload();
    } else if (key) {
      await highlights.retry();
    }
    return state.report.status;
  };

  const stop = watchPage(
    {
      url: pageUrl,
      fingerprint: () => String((document.body?.textContent?.length ?? 0) >> 7),
      onUrlChange: (cb) => {
        ctx.addEventListener(window, 'wxt:locationchange', cb);
        return () => undefined;
      },
      onMutation: (cb) => {
        const observer = new MutationObserver(cb);
        observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
        return () => observer.disconnect();
      },
      now: () => performance.now(),
      setTimeout: (cb, ms) => ctx.setTimeout(cb, ms),
      clearTimeout: (id) => clearTimeout(id),
    },
    run,
  );
  ctx.onInvalidated(stop);
  // Settings apply live: switching Gloss off, or a site onto the deny list, takes effect now.
  const unwatch = watchSettings((next) => {
    live.settings = next;
    void run();
  });
  ctx.onInvalidated(unwatch);
}

/** The hover cards: their controller, with the card frame's direct channel (frame-channel.ts). */
function wireCards(ctx: ContentScriptContext, live: Live) {
  const cardUrl = browser.runtime.getURL('/card.html');
  const cards = createCardController({
    win: window,
    cardUrl,
    newKey: () => newChannelKey(crypto),
    openChannel: (iframe, key) => offerFrameChannel(iframe, originOf(cardUrl), key, parseCardChannelEvent),
    fetchCard: (req) => sendMessage('cardFetch', req),
    cancelCard: (token) => void sendMessage('cardCancel', { token }).catch(() => undefined),
    hoverDelayMs: () => live.settings.hoverDelayMs,
    onShown: (ms) => void sendMessage('cardShown', { ms }).catch(() => undefined),
  });
  ctx.onInvalidated(() => cards.dispose());
  return cards;
}

/** The reader's highlights: the controller over the background's store, and the note frame. */
function wireHighlights(ctx: ContentScriptContext, live: Live, api: ReturnType<typeof highlightApiOf>) {
  const noteFrame = createNoteFrame(document, browser.runtime.getURL('/note.html'));
  const highlights = createHighlightController({
    win: window,
    api,
    store: {
      create: (h) => sendMessage('highlightCreate', h),
      update: (id, patch) => sendMessage('highlightUpdate', { id, patch }),
      remove: (id) => sendMessage('highlightDelete', { id }),
      restore: (h) => sendMessage('highlightRestore', h),
      forPage: (url) => sendMessage('highlightsForPage', { url }),
    },
    colors: () => live.settings.highlightColors,
    entitiesIn: (range) =>
      live.state ? entitiesIn(range, live.state.mentions, live.state.entities) : { keys: [], names: [] },
    onStatus: (placed, orphans) => {
      if (live.highlightsUrl)
        void sendMessage('highlightStatus', {
          url: live.highlightsUrl,
          placed,
          orphanIds: orphans.map((h) => h.id),
        }).catch(() => undefined);
    },
    openNote: (h) => {
      const p = highlights.placed().find((x) => x.h.id === h.id);
      if (p) void noteFrame.open(p.range);
      void sendMessage('noteOpen', { id: h.id }).catch((err: Error) => {
        noteFrame.close();
        console.error(`[Gloss] the note editor could not open: ${err.message}`);
      });
    },
    onError: (message) => console.error(`[Gloss] ${message}`),
  });
  ctx.onInvalidated(() => {
    highlights.dispose();
    noteFrame.destroy();
  });
  onMessage('noteEvent', ({ data }) => {
    noteFrame.close();
    if (data.highlight) highlights.noteSaved(data.highlight);
    if (data.error) console.error(`[Gloss] the note could not be saved: ${data.error}`);
  });
  return highlights;
}

/** The background's page commands (shortcuts, context menu, popup, sync). */
function wireCommands(
  live: Live,
  cards: ReturnType<typeof wireCards>,
  highlights: ReturnType<typeof wireHighlights>,
): void {
  onMessage('pageCommand', ({ data }) => {
    if (data.command === 'highlight-selection') void highlights.highlightSelection();
    else if (data.command === 'list-entities') cards.openList();
    else if (data.command === 'open-entity') cards.openEntity(data.entityId);
    else if (data.command === 'show-highlight') highlights.show(data.id);
    // Another device changed highlights of these pages (sync): redraw if this is one.
    else if (data.command === 'highlights-changed' && live.highlightsUrl && data.urls.includes(live.highlightsUrl))
      void highlights.refresh();
  });
}

/** The site's own name (og:site_name) or its host without "www.". */
function siteName(doc: Document): string {
  return (
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() ||
    location.hostname.replace(/^www\./, '')
  );
}
