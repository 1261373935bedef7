// Gloss's background: the message router. Each handler checks who is asking and what shape
// the message has, then calls one piece from utils/background or utils/*.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createCardService } from '@/utils/background/cards';
import { countAll, deleteEverything, exportAll, importText } from '@/utils/background/data-ops';
import { serializeExport } from '@/utils/export/format';
import { createPartCollector, MAX_IMPORT_CHARS, splitParts, type PartCollector } from '@/utils/export/parts';
import { clearHistory, historyFor, recordVisit } from '@/utils/background/history';
import { createHighlightStore, GENERATION_KEY } from '@/utils/background/highlight-store';
import { createDexieKnowledgeCache } from '@/utils/background/knowledge-cache';
import { buildKnowledgeService } from '@/utils/background/knowledge-setup';
import { createNoteService } from '@/utils/background/notes';
import { forgetTab, getPageReport, recordCardTiming, savePageReport } from '@/utils/background/page-reports';
import { keepFirstScreen } from '@/utils/background/first-screen';
import { createPageExtractor } from '@/utils/background/page-extractor';
import { createRecognizer } from '@/utils/background/recognizer';
import {
  assertCardRequest,
  assertExtractRequest,
  assertHighlightPatch,
  assertNewHighlight,
  assertPageReport,
  assertRecognizeRequest,
} from '@/utils/background/validate';
import { createDb } from '@/utils/db';
import { setUpSync, syncConfigItem } from '@/utils/background/sync-setup';
import { createSyncJournal, outboxRows, SYNC_ON_KEY } from '@/utils/background/sync-journal';
import { syncAnswer } from '@/utils/background/sync-answer';
import { visitKey } from '@/utils/sync/record';
import { listNewestFromDb } from '@/utils/db-listing';
import { firstScreenItem } from '@/utils/first-screen-item';
import { EMPTY_FORM, PAGE_SIZE, buildQuery } from '@/utils/popup/search-query';
import type { KnowledgeService } from '@/utils/knowledge';
import { onMessage, sendMessage } from '@/utils/messaging';
import { entityKey } from '@/utils/model/entity-key';
import type { Highlight } from '@/utils/model/types';
import { assertContentScript, assertExtensionPage, assertSameSite, ForbiddenSenderError } from '@/utils/policy/sender';
import { importableSettings } from '@/utils/export/settings';
import { endpointsItem, getSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';
import { openHighlight, type TabsApi } from '@/utils/popup/open-highlight';
import { normalizeUrl } from '@/utils/url/normalize-url';

export default defineBackground(() => {
  const extensionId = browser.runtime.id;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const db = createDb();
  // Opened now, not on the first query: a popup's first request then finds it open.
  void db.open().catch((err: unknown) => console.warn('[Gloss] the database did not open', err));
  // The popup's first screen follows every write (utils/background/first-screen.ts).
  const firstQuery = buildQuery(EMPTY_FORM, 0, PAGE_SIZE);
  const firstScreen = keepFirstScreen({
    list: () => listNewestFromDb(db, firstQuery),
    generation: async () => {
      const g = (await db.meta.get(GENERATION_KEY))?.value;
      return typeof g === 'number' ? g : 0;
    },
    load: () => firstScreenItem.getValue(),
    save: (screen) => firstScreenItem.setValue(screen),
    now: Date.now,
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  });
  const store = createHighlightStore(db, {
    onWrite: () => {
      firstScreen.changed();
      sync.kick();
    },
    // Sync's outbox is written in each write's own transaction (docs/sync.md).
    journal: createSyncJournal(db),
  });
  const sync = setUpSync({
    db,
    store,
    extensionOrigin,
    // Open tabs of a page whose highlights changed on another device redraw them.
    onApplied: (urls) => {
      const changed = new Set(urls);
      for (const [tabId, st] of highlightStatus)
        if (changed.has(st.url))
          void sendMessage('pageCommand', { command: 'highlights-changed' }, tabId).catch(() => undefined);
    },
  });
  void sync.start().catch((err: unknown) => console.warn('[Gloss] sync did not start', err));
  void firstScreen.refreshIfStale();
  const cache = createDexieKnowledgeCache(db);
  const recognizer = createRecognizer(async () => {
    const res = await fetch(browser.runtime.getURL('/models/ner-en.bin'));
    if (!res.ok) throw new Error(`model file missing (${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  });

  // Settings and the knowledge service follow the reader's choices live.
  let settings: Promise<Settings> = getSettings();
  let knowledge: Promise<KnowledgeService> | null = null;
  const service = () =>
    (knowledge ??= (async () => {
      const s = await settings;
      return buildKnowledgeService({ offline: s.offline, endpoints: await endpointsItem.getValue(), cache });
    })());
  watchSettings((s) => {
    settings = Promise.resolve(s);
    knowledge = null;
  });
  endpointsItem.watch(() => {
    knowledge = null;
  });

  const cards = createCardService({
    history: async (key, excludeUrl) => ((await settings).readingHistory ? historyFor(db, key, excludeUrl) : []),
    toTab: (tabId, event) => void sendMessage('cardEvent', event, tabId).catch(() => undefined),
    openTab: (url) => void browser.tabs.create({ url }),
    cardPageUrl: browser.runtime.getURL('/card.html'),
  });
  const notes = createNoteService({
    get: (id) => db.highlights.get(id),
    saveNote: (id, note) => store.update(id, { note }),
    toTab: (tabId, event) => void sendMessage('noteEvent', event, tabId).catch(() => undefined),
    notePageUrl: browser.runtime.getURL('/note.html'),
  });

  /** A highlight the sender's page may touch: it exists and belongs to the sender's site. */
  const ownHighlight = async (senderUrl: string, id: unknown): Promise<Highlight> => {
    if (typeof id !== 'string') throw new ForbiddenSenderError('expected a highlight id');
    const h = await db.highlights.get(id);
    if (!h) throw new Error('This highlight no longer exists.');
    assertSameSite(senderUrl, h.url);
    return h;
  };

  const extractPage = createPageExtractor();
  onMessage('extractArticle', async ({ data, sender }) => {
    assertContentScript(sender, extensionId);
    const { html } = assertExtractRequest(data);
    return extractPage(html);
  });

  onMessage('recognize', async ({ data, sender }) => {
    assertContentScript(sender, extensionId);
    const { text } = assertRecognizeRequest(data);
    return recognizer.recognize(text);
  });

  onMessage('pageProcessed', async ({ data, sender }) => {
    const { tabId } = assertContentScript(sender, extensionId);
    assertPageReport(data);
    await savePageReport(tabId, data);
    const s = await settings;
    if (data.status === 'article' && s.readingHistory) {
      const url = safeNormalize(data.url);
      if (url) {
        await recordVisit(db, {
          url,
          title: data.title,
          site: data.site ?? new URL(data.url).hostname,
          published: data.published ?? undefined,
          visitedAt: Date.now(),
          entityIds: data.entities.map((e) => entityKey(e.type, e.name)),
          lang: data.lang,
        });
        // Reading history syncs only when the reader turned that on.
        if ((await syncConfigItem.getValue())?.history && (await db.meta.get(SYNC_ON_KEY))?.value === true) {
          await db.syncOutbox.bulkPut(outboxRows([visitKey(url)]));
          sync.kick();
        }
      }
    }
  });

  onMessage('getPageReport', async ({ data, sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return getPageReport(data ?? {});
  });

  // Hover cards.
  onMessage('cardFetch', async ({ data, sender }) => {
    const { tabId } = assertContentScript(sender, extensionId);
    const req = assertCardRequest(data);
    const [svc, s] = await Promise.all([service(), settings]);
    return cards.fetchCard(tabId, req, {
      knowledge: svc,
      gdelt: s.gdelt && !s.offline,
      googleNews: s.googleNews && !s.offline,
      wikidataFacts: s.wikidataFacts,
    });
  });
  onMessage('cardList', ({ data, sender }) => {
    const { tabId } = assertContentScript(sender, extensionId);
    const entities = Array.isArray(data?.entities) ? data.entities.slice(0, 500) : [];
    const ok = entities.every(
      (e) =>
        e &&
        typeof e.id === 'string' &&
        typeof e.name === 'string' &&
        ['PER', 'LOC', 'ORG'].includes(e.type) &&
        typeof e.mentions === 'number',
    );
    if (!ok) throw new ForbiddenSenderError('cardList expects entities');
    cards.showList(
      tabId,
      entities.map((e) => ({ id: e.id, name: e.name.slice(0, 300), type: e.type, mentions: e.mentions })),
    );
  });
  // The last 200 show-to-paint times, in session memory: `npm run bench` reads them.
  onMessage('cardShown', async ({ data, sender }) => {
    assertContentScript(sender, extensionId);
    if (typeof data?.ms === 'number' && Number.isFinite(data.ms)) await recordCardTiming(data.ms);
  });
  onMessage('cardCancel', ({ data, sender }) => {
    const { tabId } = assertContentScript(sender, extensionId);
    if (typeof data?.token === 'number') cards.cancel(tabId, data.token);
  });

  // Highlights: a page touches only its own site's highlights.
  onMessage('highlightCreate', async ({ data, sender }) => {
    const { url } = assertContentScript(sender, extensionId);
    const h = assertNewHighlight(data);
    assertSameSite(url, h.url);
    return store.create(h);
  });
  onMessage('highlightUpdate', async ({ data, sender }) => {
    const { url } = assertContentScript(sender, extensionId);
    const { id, patch } = assertHighlightPatch(data);
    await ownHighlight(url, id);
    return store.update(id, patch);
  });
  onMessage('highlightDelete', async ({ data, sender }) => {
    const { url } = assertContentScript(sender, extensionId);
    await ownHighlight(url, data?.id);
    return store.remove(data.id);
  });
  onMessage('highlightRestore', async ({ data, sender }) => {
    const { url } = assertContentScript(sender, extensionId);
    const h = assertNewHighlight(data) as Highlight;
    assertSameSite(url, h.url);
    if (typeof data.id !== 'string' || !Number.isFinite(data.createdAt) || !Number.isFinite(data.updatedAt))
      throw new ForbiddenSenderError('expected a deleted highlight');
    return store.restore(data);
  });
  onMessage('highlightsForPage', async ({ data, sender }) => {
    if (sender.tab) {
      const { url } = assertContentScript(sender, extensionId);
      assertSameSite(url, String(data?.url));
    } else {
      assertExtensionPage(sender, extensionId, extensionOrigin);
    }
    return store.forPage(String(data.url));
  });
  const highlightStatus = new Map<number, { url: string; placed: number; orphanIds: string[] }>();
  onMessage('highlightStatus', async ({ data, sender }) => {
    const { tabId, url: senderUrl } = assertContentScript(sender, extensionId);
    const orphanIds = Array.isArray(data?.orphanIds)
      ? data.orphanIds.filter((x): x is string => typeof x === 'string').slice(0, 10_000)
      : [];
    if (typeof data?.url !== 'string') throw new ForbiddenSenderError('highlightStatus expects the page URL');
    assertSameSite(senderUrl, data.url);
    highlightStatus.set(tabId, { url: data.url, placed: Number(data.placed) || 0, orphanIds });
    const pending = pendingShow.get(tabId);
    if (pending && pending.url === data.url) {
      pendingShow.delete(tabId);
      void showHighlight(tabId, pending.id);
    }
    const orphans = orphanIds.length;
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: orphans ? String(orphans) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await action.setTitle({
      tabId,
      title: orphans ? `Gloss — ${orphans} highlight${orphans === 1 ? '' : 's'} could not be placed` : 'Gloss',
    });
  });
  onMessage('getHighlightStatus', ({ data, sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return highlightStatus.get(Number(data?.tabId)) ?? null;
  });
  // Opening a popup search result. Without the "tabs" permission Gloss cannot read a tab's
  // URL, so a tab's page is known from what its content script reported (the page's key
  // URL, canonical link included: the URL highlights are stored under).
  const pendingShow = new Map<number, { id: string; url: string }>();
  const showHighlight = (tabId: number, id: string) =>
    sendMessage('pageCommand', { command: 'show-highlight', id }, tabId).catch(() => undefined);
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
    assertExtensionPage(sender, extensionId, extensionOrigin);
    const h = typeof data?.id === 'string' ? await db.highlights.get(data.id) : undefined;
    if (!h) throw new Error('This highlight no longer exists.');
    const outcome = await openHighlight(h, resultTabs);
    if (outcome.kind === 'focused') await showHighlight(outcome.tabId, h.id);
    else if (outcome.tabId !== undefined) pendingShow.set(outcome.tabId, { id: h.id, url: h.url });
    return outcome;
  });
  onMessage('noteOpen', async ({ data, sender }) => {
    const { tabId, url } = assertContentScript(sender, extensionId);
    await ownHighlight(url, data?.id);
    notes.open(tabId, data.id);
  });

  // Search and data management: extension pages only.
  onMessage('searchHighlights', async ({ data, sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return store.search(data);
  });
  onMessage('prepareSearch', ({ sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    void store.ready().catch((err: unknown) => console.warn('[Gloss] the search index did not load', err));
  });
  // Export and import travel in parts (utils/export/parts.ts). An export's parts wait here
  // for the options page to fetch them (dropped after the last, or after 5 minutes); an
  // import's parts are collected until the file is whole, then imported in one transaction.
  const outgoing = new Map<string, string[]>();
  const incoming = new Map<string, PartCollector>();
  const forgetLater = (map: Map<string, unknown>, id: string) => setTimeout(() => map.delete(id), 5 * 60_000);
  onMessage('exportBegin', async ({ sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    const data = await exportAll(db, store, { ...(await settings) });
    const text = serializeExport(data);
    const id = crypto.randomUUID();
    const parts = splitParts(text);
    outgoing.set(id, parts);
    forgetLater(outgoing, id);
    return {
      id,
      parts: parts.length,
      chars: text.length,
      highlights: data.highlights.length,
      articles: data.articles.length,
    };
  });
  onMessage('exportPart', ({ data, sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    const parts = outgoing.get(String(data?.id));
    const part = parts?.[Number(data?.index)];
    if (parts === undefined || part === undefined) throw new Error('This export is no longer ready; export again.');
    if (Number(data.index) === parts.length - 1) outgoing.delete(String(data.id));
    return part;
  });
  onMessage('importPart', async ({ data, sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    if (typeof data?.id !== 'string' || typeof data.text !== 'string')
      throw new Error('Choose a Gloss export file (.json) to import.');
    let collector = incoming.get(data.id);
    if (!collector) {
      collector = createPartCollector(MAX_IMPORT_CHARS);
      incoming.set(data.id, collector);
      forgetLater(incoming, data.id);
    }
    let whole: string | null;
    try {
      whole = collector.add(data.index, data.total, data.text);
    } catch (err) {
      incoming.delete(data.id);
      throw err;
    }
    if (whole === null) return null;
    incoming.delete(data.id);
    const { added, updated, skipped, settings: carried } = await importText(db, store, whole);
    // The file's settings come too (a move to a new browser keeps the reader's choices);
    // only known, well-formed fields are taken.
    const patch = importableSettings(carried);
    if (Object.keys(patch).length > 0) await updateSettings(patch);
    return { added, updated, skipped };
  });
  onMessage('dataCounts', async ({ sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return countAll(db);
  });
  onMessage('deleteEverything', async ({ sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return deleteEverything(db, store);
  });
  onMessage('clearHistory', async ({ sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return clearHistory(db);
  });

  // Sync: set-up and status, from the options page only.
  onMessage('syncStatus', ({ sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return sync.status();
  });
  onMessage('syncTest', ({ data, sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return syncAnswer(() => sync.test(data));
  });
  onMessage('syncSetup', ({ data, sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return syncAnswer(() => sync.setup(data));
  });
  onMessage('syncDisable', async ({ sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    await sync.disable();
  });
  onMessage('syncNow', ({ sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return syncAnswer(async () => {
      await sync.syncNow();
      return {};
    });
  });

  // Before the event page / service worker is suspended, write the search index snapshot.
  browser.runtime.onSuspend?.addListener(() => void store.flush());

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === 'gloss-card') cards.attach(port);
    else if (port.name === 'gloss-note') notes.attach(port);
  });

  // Shortcuts and the context menu act on the current tab's page.
  const toPage = (tabId: number | undefined, command: 'highlight-selection' | 'list-entities') => {
    if (typeof tabId === 'number') void sendMessage('pageCommand', { command }, tabId).catch(() => undefined);
  };
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'highlight-selection' && command !== 'list-entities') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    toPage(id, command);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'gloss-highlight', title: 'Highlight with Gloss', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'gloss-highlight') toPage(tab?.id, 'highlight-selection');
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    cards.forget(tabId);
    notes.forget(tabId);
    highlightStatus.delete(tabId);
    pendingShow.delete(tabId);
  });
  // A tab loading another document no longer shows the page its content script reported.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') highlightStatus.delete(tabId);
  });
});

function safeNormalize(url: string): string | null {
  try {
    return normalizeUrl(url);
  } catch {
    return null;
  }
}
