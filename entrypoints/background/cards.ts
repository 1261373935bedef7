// The background's side of hover cards: one card frame (a runtime Port from card.html) per
// tab, the request the content script made, and the model pushed to the frame as the
// knowledge service answers. Private data (reading history) goes only to the card frame,
// never to the content script. Browser APIs are passed in, so the service is testable;
// registerCards wires it to the messages, the frame's Port and the tabs.
import { browser } from 'wxt/browser';
import { acceptFramePort, type BackgroundPort, onMessage } from '@/utils/adapters/messaging';
import { latLonOf } from '@/utils/geo/coordinates';
import { resolvePlace } from '@/utils/geo/resolve-place';
import type { KnowledgeService } from '@/utils/knowledge';
import type { BackgroundResult, FactsResult } from '@/utils/knowledge/types';
import type { HistoryItem } from '@/utils/knowledge/related';
import type { CardContent, CardFrameEvent, CardRequest } from '@/utils/model/card';
import { assertCardRequest, cardTiming, cardToken } from '@/utils/policy/validate';
import type { BackgroundContext } from './context';
import { historyFor } from './history';
import { recordCardTiming } from './page-reports';
import type { HighlightMemory, MemoryView } from '@/utils/memory/memory-line';
import { memoryFor, newestHighlight } from './memory-store';
import { createPlacesLoader, type PlacesLoader } from './places';

/** The background's end of a card frame's Port. */
export type CardPort = BackgroundPort<'gloss-card'>;

/** The knowledge service and source switches in force for one request (from the settings). */
export interface CardContext {
  knowledge: KnowledgeService;
  gdelt: boolean;
  googleNews: boolean;
  wikidataFacts: boolean;
  /**
   * Whether the card may show Wikipedia's picture. Off in offline/private mode: the card
   * frame would load it from Wikimedia's image server, a request like any other.
   */
  pictures: boolean;
}

export interface CardDeps {
  history(entityKey: string, excludeUrl: string): Promise<HistoryItem[]>;
  /** The reader's memory of the entity (memory-store.ts), or history off. */
  memory(entityKey: string): Promise<MemoryView>;
  /** The newest of `count` highlights that mention the entity (asked after the line shows). */
  newestHighlight(entityKey: string, count: number): Promise<HighlightMemory['newest']>;
  /** Opens the entity's page (entity.html?id=…) and the options page, in new tabs. */
  openEntityPage(entityKey: string): void;
  openOptions(): void;
  openTab(url: string): void;
  cardPageUrl: string;
  /** The bundled place gazetteer (place cards' maps offline); none: maps from the network only. */
  places?: PlacesLoader;
}

interface TabCard {
  port: CardPort | null;
  request: CardRequest | null;
  model: CardContent | null;
  controller: AbortController | null;
  ctx: CardContext | null;
}

export function createCardService(deps: CardDeps) {
  const tabs = new Map<number, TabCard>();
  const tab = (id: number): TabCard => {
    let t = tabs.get(id);
    if (!t) {
      t = { port: null, request: null, model: null, controller: null, ctx: null };
      tabs.set(id, t);
    }
    return t;
  };
  const push = (t: TabCard) => {
    if (t.port && t.model) t.port.post({ type: 'model', model: t.model });
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
    push(t);
    return true;
  }

  async function onFrameEvent(tabId: number, ev: CardFrameEvent) {
    // The Port checked the shape (utils/policy/frame-messages.ts): links are http(s) only.
    if (ev.type === 'open-link') deps.openTab(ev.url);
    else if (ev.type === 'expand') await expand(tab(tabId));
    else if (ev.type === 'open-entity-page') deps.openEntityPage(ev.key);
    else if (ev.type === 'open-options') deps.openOptions();
  }

  /** Asks for the entity's memory and pushes it into the card when it comes (and still shows it). */
  function loadMemory(t: TabCard, req: CardRequest) {
    void deps
      .memory(req.entity.key)
      .catch((): MemoryView => ({ status: 'none', highlights: { count: 0, newest: null } }))
      .then(async (memory) => {
        if (t.request !== req || !t.model) return;
        t.model = { ...t.model, memory };
        push(t);
        // The quote follows the line: the line is one indexed read, the newest highlight more.
        if (memory.status === 'off' || memory.highlights.count === 0) return;
        const newest = await deps.newestHighlight(req.entity.key, memory.highlights.count).catch(() => null);
        if (!newest || t.request !== req || !t.model || t.model.memory !== memory) return;
        t.model = { ...t.model, memory: { ...memory, highlights: { ...memory.highlights, newest } } };
        push(t);
      });
  }

  /** The history changed (forgotten, cleared, imported): every open card shows the new memory. */
  function refreshMemory() {
    for (const t of tabs.values()) if (t.request && t.model) loadMemory(t, t.request);
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
    t.controller?.abort();
    const controller = new AbortController();
    t.controller = controller;
    t.request = req;
    const mention = { name: req.entity.name, type: req.entity.type };
    t.model = { mention, background: { status: 'loading' }, memory: { status: 'loading' } };
    push(t);
    loadMemory(t, req);
    const svc = ctx.knowledge;
    const background = await svc
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
    push(t);
    if (req.entity.type === 'LOC') void placeCard(t, req, background, controller.signal);
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

  /**
   * A place card's map and facts: Wikidata's facts (coordinates, country, region, population,
   * area) when allowed, then the place resolved with the bundled gazetteer's help. A place
   * Wikipedia does not know is not mapped (the name may not be a place at all).
   */
  async function placeCard(t: TabCard, req: CardRequest, background: BackgroundResult, signal: AbortSignal) {
    if (background.status === 'not-found' || !t.ctx) return;
    const bg = background.status === 'ok' ? background.value : undefined;
    let facts: FactsResult | undefined;
    if (bg?.wikidataId && t.ctx.wikidataFacts) {
      t.model = { ...t.model!, facts: { status: 'loading' } };
      push(t);
      facts = (await t.ctx.knowledge.getFacts(bg, { signal }).catch(() => undefined)) ?? undefined;
      if (signal.aborted || t.request !== req) return;
    }
    const gaz = deps.places ? await deps.places() : undefined;
    if (signal.aborted || t.request !== req) return;
    const place = resolvePlace(
      {
        mention: req.entity.name,
        ...(bg ? { title: bg.title, wikidataId: bg.wikidataId, description: bg.description } : {}),
        ...(bg && latLonOf(bg.coordinates) ? { wikipediaPoint: latLonOf(bg.coordinates) } : {}),
        ...(facts?.status === 'ok' ? { facts: facts.value } : {}),
        context: req.context,
      },
      gaz,
    );
    const next = { ...t.model! };
    if (facts) next.facts = facts;
    else if (next.facts?.status === 'loading') delete next.facts;
    if (place) next.place = place;
    t.model = next;
    push(t);
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
