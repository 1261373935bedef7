// The background's side of hover cards: one card frame (a runtime Port from card.html) per
// tab, the request the content script made, and the model pushed to the frame as the
// knowledge service answers. Private data (reading history) goes only to the card frame,
// never to the content script. Browser APIs are passed in, so the service is testable;
// registerCards wires it to the messages, the frame's Port and the tabs. The card's
// sections load in their own modules: card-memory.ts, card-facts.ts, card-place.ts,
// card-related.ts (per-tab state: card-tab.ts).
import { browser } from 'wxt/browser';
import { acceptFramePort, onMessage } from '@/utils/adapters/messaging';
import type { CardFrameEvent, CardRequest } from '@/utils/model/card';
import { assertCardRequest, cardTiming, cardToken } from '@/utils/policy/validate';
import { expandCardFacts } from './card-facts';
import { loadCardMemory } from './card-memory';
import { loadPlaceCard } from './card-place';
import { loadRelated } from './card-related';
import { type CardContext, type CardDeps, type CardPort, emptyTabCard, pushCard, type TabCard } from './card-tab';
import type { BackgroundContext } from './context';
import { historyFor } from './history';
import { recordCardTiming } from './page-reports';
import { memoryFor, newestHighlight } from './memory-store';
import { createPlacesLoader } from './places';

export type { CardContext, CardDeps, CardPort } from './card-tab';

export function createCardService(deps: CardDeps) {
  const tabs = new Map<number, TabCard>();
  const tab = (id: number): TabCard => {
    let t = tabs.get(id);
    if (!t) {
      t = emptyTabCard();
      tabs.set(id, t);
    }
    return t;
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
    port.onDisconnect(() => {
      if (t.port === port) t.port = null;
    });
    port.onMessage((ev) => void onFrameEvent(tabId, ev));
    pushCard(t);
    return true;
  }

  async function onFrameEvent(tabId: number, ev: CardFrameEvent) {
    // The Port checked the shape (utils/policy/frame-messages.ts): links are http(s) only.
    if (ev.type === 'open-link') deps.openTab(ev.url);
    else if (ev.type === 'expand') await expandCardFacts(tab(tabId));
    else if (ev.type === 'open-entity-page') deps.openEntityPage(ev.key);
    else if (ev.type === 'open-options') deps.openOptions();
  }

  /** The history changed (forgotten, cleared, imported): every open card shows the new memory. */
  function refreshMemory() {
    for (const t of tabs.values()) if (t.request && t.model) loadCardMemory(deps, t, t.request);
  }

  /**
   * Resolves the card's background (and then related stories) for a request. Resolves when
   * the background part is ready, so the content script can show the card then.
   */
  async function fetchCard(tabId: number, req: CardRequest, ctx: CardContext): Promise<{ status: string }> {
    const t = tab(tabId);
    t.ctx = ctx;
    t.controller?.abort();
    const controller = new AbortController();
    t.controller = controller;
    t.request = req;
    const mention = { name: req.entity.name, type: req.entity.type };
    t.model = { mention, background: { status: 'loading' }, memory: { status: 'loading' } };
    pushCard(t);
    loadCardMemory(deps, t, req);
    const background = await ctx.knowledge
      .getBackground(
        { name: req.entity.name, type: req.entity.type, lang: req.lang, context: req.context },
        { signal: controller.signal },
      )
      .catch((err: Error) => (controller.signal.aborted ? null : ({ status: 'error', message: err.message } as const)));
    if (!background || controller.signal.aborted) return { status: 'aborted' };
    t.model = {
      ...t.model,
      mention,
      background: ctx.pictures ? background : withoutPicture(background),
      related: { status: 'loading' },
    };
    pushCard(t);
    if (req.entity.type === 'LOC') void loadPlaceCard(deps, t, req, background, controller.signal);
    void loadRelated(deps, t, req, ctx, background, controller.signal);
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

  return { attach, fetchCard, cancel, forget, refreshMemory };
}

export function registerCards(ctx: BackgroundContext): void {
  const cards = createCardService({
    history: async (key, excludeUrl) =>
      (await ctx.settings()).readingHistory ? historyFor(ctx.db, key, excludeUrl) : [],
    openTab: (url) => void browser.tabs.create({ url }),
    cardPageUrl: browser.runtime.getURL('/card.html'),
    memory: async (key) =>
      (await ctx.settings()).readingHistory ? memoryFor(ctx.db, key, Date.now()) : { status: 'off' },
    newestHighlight: (key, count) => newestHighlight(ctx.db, key, count),
    openEntityPage: (key) =>
      void browser.tabs.create({
        url: browser.runtime.getURL(`/entity.html?id=${encodeURIComponent(key)}` as '/entity.html'),
      }),
    openOptions: () => void browser.runtime.openOptionsPage(),
    places: createPlacesLoader(async () => {
      const res = await fetch(browser.runtime.getURL('/geo/places.tsv'));
      if (!res.ok) throw new Error(`places file missing (${res.status})`);
      return res.text();
    }),
  });
  ctx.onMemoryChanged(() => cards.refreshMemory());
  onMessage('cardFetch', async ({ data, sender }) => {
    const { tabId } = ctx.fromContentScript(sender);
    const req = assertCardRequest(data);
    const [knowledge, s] = await Promise.all([ctx.knowledge(), ctx.settings()]);
    return cards.fetchCard(tabId, req, {
      knowledge,
      gdelt: s.gdelt && !s.offline,
      googleNews: s.googleNews && !s.offline,
      wikidataFacts: s.wikidataFacts,
      pictures: !s.offline,
    });
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
    const card = acceptFramePort('gloss-card', port);
    if (card) cards.attach(card);
  });
  browser.tabs.onRemoved.addListener((tabId) => cards.forget(tabId));
}

/** The background without its thumbnail (so that the card loads no picture). */
function withoutPicture<T extends { status: string; value?: { thumbnail?: unknown } }>(result: T): T {
  if (result.status !== 'ok' || !result.value?.thumbnail) return result;
  const { thumbnail: _dropped, ...value } = result.value;
  return { ...result, value };
}
