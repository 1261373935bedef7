// Gloss's background: the message router. Each handler checks who is asking and what shape
// the message has, then calls one piece from utils/background or utils/*.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createCardService } from '@/utils/background/cards';
import { historyFor, recordVisit } from '@/utils/background/history';
import { createDexieKnowledgeCache } from '@/utils/background/knowledge-cache';
import { buildKnowledgeService } from '@/utils/background/knowledge-setup';
import { forgetTab, getPageReport, savePageReport } from '@/utils/background/page-reports';
import { createRecognizer } from '@/utils/background/recognizer';
import { assertCardRequest, assertPageReport, assertRecognizeRequest } from '@/utils/background/validate';
import { createDb } from '@/utils/db';
import type { KnowledgeService } from '@/utils/knowledge';
import { onMessage, sendMessage } from '@/utils/messaging';
import { entityKey } from '@/utils/model/entity-key';
import { assertContentScript, assertExtensionPage } from '@/utils/policy/sender';
import { endpointsItem, getSettings, watchSettings, type Settings } from '@/utils/settings';
import { normalizeUrl } from '@/utils/url/normalize-url';

export default defineBackground(() => {
  const extensionId = browser.runtime.id;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const db = createDb();
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
      }
    }
  });

  onMessage('getPageReport', async ({ data, sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return getPageReport(data ?? {});
  });

  onMessage('cardFetch', async ({ data, sender }) => {
    const { tabId } = assertContentScript(sender, extensionId);
    const req = assertCardRequest(data);
    const [svc, s] = await Promise.all([service(), settings]);
    return cards.fetchCard(tabId, req, { knowledge: svc, gdelt: s.gdelt && !s.offline, googleNews: s.googleNews && !s.offline, wikidataFacts: s.wikidataFacts });
  });

  onMessage('cardCancel', ({ data, sender }) => {
    const { tabId } = assertContentScript(sender, extensionId);
    if (typeof data?.token === 'number') cards.cancel(tabId, data.token);
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === 'gloss-card') cards.attach(port);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    cards.forget(tabId);
  });
});

function safeNormalize(url: string): string | null {
  try {
    return normalizeUrl(url);
  } catch {
    return null;
  }
}
