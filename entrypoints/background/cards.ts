// The background's side of hover cards: one card frame (a runtime Port from card.html) per
// tab, the request the content script made, and the model pushed to the frame as the
// knowledge service answers. Private data (reading history) goes only to the card frame,
// never to the content script. Browser APIs are passed in, so the service is testable;
// registerCards wires it to the messages, the frame's Port and the tabs.
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/adapters/messaging';
import type { KnowledgeService } from '@/utils/knowledge';
import type { HistoryItem } from '@/utils/knowledge/related';
import type { CardContent, CardFrameEvent, CardHostEvent, CardRequest } from '@/utils/model/card';
import type { EntitySummary } from '@/utils/model/types';
import { assertCardRequest, assertEntityList, cardTiming, cardToken } from '@/utils/policy/validate';
import type { BackgroundContext } from './context';
import { historyFor } from './history';
import { recordCardTiming } from './page-reports';

export interface CardPort {
  postMessage(msg: unknown): void;
  onMessage: { addListener(cb: (msg: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
  sender?: { url?: string; tab?: { id?: number }; frameId?: number };
}

/** The knowledge service and source switches in force for one request (from the settings). */
export interface CardContext {
  knowledge: KnowledgeService;
  gdelt: boolean;
  googleNews: boolean;
  wikidataFacts: boolean;
}

export interface CardDeps {
  history(entityKey: string, excludeUrl: string): Promise<HistoryItem[]>;
  /** Tell the tab's content script (frame 0) about a frame event. */
  toTab(tabId: number, event: CardHostEvent): void;
  openTab(url: string): void;
  cardPageUrl: string;
}

interface TabCard {
  port: CardPort | null;
  request: CardRequest | null;
  model: CardContent | null;
  controller: AbortController | null;
  ctx: CardContext | null;
  /** The entity list waiting for (or shown in) the frame. */
  list: EntitySummary[] | null;
}

export function createCardService(deps: CardDeps) {
  const tabs = new Map<number, TabCard>();
  const tab = (id: number): TabCard => {
    let t = tabs.get(id);
    if (!t) {
      t = { port: null, request: null, model: null, controller: null, ctx: null, list: null };
      tabs.set(id, t);
    }
    return t;
  };
  const push = (t: TabCard) => {
    if (!t.port) return;
    if (t.model) t.port.postMessage({ type: 'model', model: t.model });
    else if (t.list) t.port.postMessage({ type: 'list', entities: t.list });
  };

  /** A card frame connected. Only our own card page, inside a tab, is accepted. */
  function attach(port: CardPort): boolean {
    const tabId = port.sender?.tab?.id;
    if (typeof tabId !== 'number' || !port.sender?.url?.startsWith(deps.cardPageUrl)) {
      port.disconnect();
      return false;
    }
    const t = tab(tabId);
    t.port = port;
    port.onDisconnect.addListener(() => {
      if (t.port === port) t.port = null;
    });
    port.onMessage.addListener((msg) => void onFrameEvent(tabId, msg as CardFrameEvent));
    push(t);
    return true;
  }

  async function onFrameEvent(tabId: number, ev: CardFrameEvent) {
    const t = tab(tabId);
    if (!ev || typeof ev !== 'object') return;
    if (ev.type === 'close') deps.toTab(tabId, { type: 'close' });
    else if (ev.type === 'resize' && Number.isFinite(ev.width) && Number.isFinite(ev.height))
      deps.toTab(tabId, { type: 'resize', width: ev.width, height: ev.height });
    else if (ev.type === 'open-link' && typeof ev.url === 'string' && /^https?:\/\//i.test(ev.url))
      deps.openTab(ev.url);
    else if (ev.type === 'open-entity' && typeof ev.id === 'string')
      deps.toTab(tabId, { type: 'open-entity', id: ev.id });
    else if (ev.type === 'expand') await expand(t);
  }

  /** Shows the keyboard list of the page's entities in the tab's card frame. */
  function showList(tabId: number, entities: EntitySummary[]) {
    const t = tab(tabId);
    t.controller?.abort();
    t.request = null;
    t.model = null;
    t.list = entities;
    t.port?.postMessage({ type: 'list', entities });
  }

  async function expand(t: TabCard) {
    const bg = t.model?.background;
    if (!t.model || !bg || bg.status !== 'ok' || !t.controller || !t.ctx) return;
    if (!t.ctx.wikidataFacts) {
      t.model = {
        ...t.model,
        facts: { status: 'error', message: 'Wikidata facts are switched off in Gloss’s options' },
      };
      push(t);
      return;
    }
    const signal = t.controller.signal;
    t.model = { ...t.model, facts: { status: 'loading' } };
    push(t);
    const facts = await t.ctx.knowledge.getFacts(bg.value, { signal }).catch(() => null);
    if (!facts || signal.aborted) return;
    t.model = { ...t.model, facts };
    push(t);
  }

  /**
   * Resolves the card's background (and then related stories) for a request. Resolves when
   * the background part is ready, so the content script can show the card then.
   */
  async function fetchCard(tabId: number, req: CardRequest, ctx: CardContext): Promise<{ status: string }> {
    const t = tab(tabId);
    t.ctx = ctx;
    t.list = null;
    t.controller?.abort();
    const controller = new AbortController();
    t.controller = controller;
    t.request = req;
    const mention = { name: req.entity.name, type: req.entity.type };
    t.model = { mention, background: { status: 'loading' } };
    push(t);
    const svc = ctx.knowledge;
    const background = await svc
      .getBackground(
        { name: req.entity.name, type: req.entity.type, lang: req.lang, context: req.context },
        { signal: controller.signal },
      )
      .catch((err: Error) => (controller.signal.aborted ? null : ({ status: 'error', message: err.message } as const)));
    if (!background || controller.signal.aborted) return { status: 'aborted' };
    t.model = { mention, background, related: { status: 'loading' } };
    push(t);
    void (async () => {
      const { gdelt, googleNews } = ctx;
      const history = await deps.history(req.entity.key, req.pageUrl).catch(() => []);
      const related = await svc
        .getRelated(
          {
            name: req.entity.name,
            type: req.entity.type,
            lang: req.lang,
            title: background.status === 'ok' ? background.value.title : undefined,
            aliases: req.entity.aliases,
            excludeUrl: req.pageUrl,
          },
          { pageLinks: req.pageLinks, history, signal: controller.signal, gdelt, googleNews },
        )
        .catch(() => null);
      if (!related || controller.signal.aborted || t.request !== req) return;
      t.model = { ...t.model!, related };
      push(t);
    })();
    return { status: background.status };
  }

  function cancel(tabId: number, token: number) {
    const t = tabs.get(tabId);
    if (t?.request?.token === token) {
      t.controller?.abort();
      t.controller = null;
    }
  }

  function forget(tabId: number) {
    tabs.get(tabId)?.controller?.abort();
    tabs.delete(tabId);
  }

  return { attach, fetchCard, cancel, forget, showList };
}

export function registerCards(ctx: BackgroundContext): void {
  const cards = createCardService({
    history: async (key, excludeUrl) =>
      (await ctx.settings()).readingHistory ? historyFor(ctx.db, key, excludeUrl) : [],
    toTab: (tabId, event) => void sendMessage('cardEvent', event, tabId).catch(() => undefined),
    openTab: (url) => void browser.tabs.create({ url }),
    cardPageUrl: browser.runtime.getURL('/card.html'),
  });
  onMessage('cardFetch', async ({ data, sender }) => {
    const { tabId } = ctx.fromContentScript(sender);
    const req = assertCardRequest(data);
    const [knowledge, s] = await Promise.all([ctx.knowledge(), ctx.settings()]);
    return cards.fetchCard(tabId, req, {
      knowledge,
      gdelt: s.gdelt && !s.offline,
      googleNews: s.googleNews && !s.offline,
      wikidataFacts: s.wikidataFacts,
    });
  });
  onMessage('cardList', ({ data, sender }) => {
    const { tabId } = ctx.fromContentScript(sender);
    cards.showList(tabId, assertEntityList(data));
  });
  // The last 200 show-to-paint times, in session memory: `npm run bench` reads them.
  onMessage('cardShown', async ({ data, sender }) => {
    ctx.fromContentScript(sender);
    const ms = cardTiming(data);
    if (ms !== null) await recordCardTiming(ms);
  });
  onMessage('cardCancel', ({ data, sender }) => {
    const { tabId } = ctx.fromContentScript(sender);
    const token = cardToken(data);
    if (token !== null) cards.cancel(tabId, token);
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === 'gloss-card') cards.attach(port);
  });
  browser.tabs.onRemoved.addListener((tabId) => cards.forget(tabId));
}
