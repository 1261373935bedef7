// Hover cards in the page: pointer → hit-test → hover intent → card request → placement.
// Wires utils/hover's pieces to the card host; the messaging functions, the window and the
// card URL are passed in by the content script.
import type { DrawnMention } from '@/utils/render/mention-highlights';
import type { TextMap } from '@/utils/article/text-map';
import { createHitTester, throttleFrame, type HitTester } from '@/utils/hover/hit-test';
import { createHoverIntent, type HoverIntent } from '@/utils/hover/hover-intent';
import { placeCard } from '@/utils/hover/place-card';
import { entityKey } from '@/utils/model/entity-key';
import type { EntitySummary, EntityType, MarkedEntityType } from '@/utils/model/types';
import { CARD_WIDTH, type CardHostEvent, type CardRequest } from '@/utils/model/card';
import { createCardHost, type CardHost } from './card-host';
import { collectPageLinks } from '@/utils/knowledge/page-links';
import type { PageLink } from '@/utils/knowledge/related';

export interface CardEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases?: string[];
}

export interface CardControllerDeps {
  win: Window;
  cardUrl: string;
  showList(entities: EntitySummary[]): void;
  fetchCard(req: CardRequest): Promise<{ status: string }>;
  cancelCard(token: number): void;
  hoverDelayMs(): number;
  /** A card became visible: ms from the show decision to the frame painted (for `npm run bench`). */
  onShown?(ms: number): void;
}

export interface PageContext {
  map: TextMap;
  mentions: DrawnMention[];
  entities: CardEntity[];
  lang: string;
  title: string;
  url: string;
}

export interface CardController {
  /** New page state (after each pipeline run). */
  update(ctx: PageContext | null): void;
  /** The card frame reported its size / asked to close. */
  frameEvent(ev: CardHostEvent): void;
  /** Keyboard: the list of the page's entities, in the card frame (focus moves into it). */
  openList(): void;
  /** Keyboard: open the card of an entity's first mention at once. */
  openEntity(entityId: string): void;
  /** Whether the host element exists (it is created on the first hover). */
  hasHost(): boolean;
  dispose(): void;
}

export function createCardController(deps: CardControllerDeps): CardController {
  const { win } = deps;
  const doc = win.document;
  let ctx: PageContext | null = null;
  let hit: HitTester | null = null;
  let host: CardHost | null = null;
  let links: PageLink[] | null = null;
  let shownFor: DrawnMention | null = null;
  let lastFocus: Element | null = null;
  let listOpen = false;

  const ensureHost = () => (host ??= createHostWithPointerTracking());
  function createHostWithPointerTracking(): CardHost {
    const h = createCardHost(doc, deps.cardUrl);
    h.iframe.addEventListener('pointerenter', () => intent.enterCard());
    h.iframe.addEventListener('pointerleave', () => intent.leaveCard());
    return h;
  }

  const place = async (m: DrawnMention, since?: number) => {
    const h = ensureHost();
    h.prepare();
    const p = await placeCard(m.range, h.iframe);
    if (shownFor !== m) return;
    h.show(p.x, p.y, p.maxHeight);
    if (since !== undefined && deps.onShown) {
      const onShown = deps.onShown;
      // The next animation frame is the one that paints the shown card.
      win.requestAnimationFrame(() => onShown(win.performance.now() - since));
    }
  };

  const intent: HoverIntent<DrawnMention, { status: string }> = createHoverIntent<DrawnMention, { status: string }>(
    (ev) => {
      switch (ev.type) {
        case 'fetch': {
          if (!ctx) return;
          ensureHost();
          const req = cardRequest(ev.token, ev.mention, ctx);
          deps.fetchCard(req).then(
            (r) => intent.deliver(ev.token, r),
            (err: Error) => intent.deliver(ev.token, { status: `error: ${err.message}` }),
          );
          return;
        }
        case 'show':
          shownFor = ev.mention;
          void place(ev.mention, win.performance.now());
          return;
        case 'update':
          return;
        case 'abort':
          deps.cancelCard(ev.token);
          return;
        case 'hide':
          shownFor = null;
          host?.hide();
          return;
        case 'restoreFocus':
          (lastFocus as HTMLElement | null)?.focus?.();
          lastFocus = null;
          return;
      }
    },
    { showDelayMs: deps.hoverDelayMs(), sameMention: (a, b) => a.entityId === b.entityId && a.start === b.start },
  );

  function cardRequest(token: number, m: DrawnMention, c: PageContext): CardRequest {
    const entity = c.entities.find((e) => e.id === m.entityId);
    const name = entity?.name ?? c.map.text.slice(m.start, m.end);
    const type = (m.type === 'MISC' ? 'ORG' : m.type) as MarkedEntityType;
    links ??= collectPageLinks(doc, c.url);
    // Context for ranking on the device: other entity names and the title's words. Names
    // only, never sentences of the article.
    const context = [
      ...c.entities.filter((e) => e.id !== m.entityId && e.type !== 'MISC').map((e) => e.name),
      ...c.title.split(/\s+/).filter((w) => w.length > 3),
    ].slice(0, 60);
    return {
      token,
      entity: { name, type, aliases: (entity?.aliases ?? []).slice(0, 20), key: entityKey(type, name) },
      lang: c.lang,
      context,
      pageLinks: links.slice(0, 500),
      pageUrl: c.url,
    };
  }

  const onMove = throttleFrame(
    (e: PointerEvent) => {
      if (!hit) return;
      intent.point(hit.hit(e.clientX, e.clientY));
    },
    win.requestAnimationFrame.bind(win),
    win.cancelAnimationFrame.bind(win),
  );
  const onPointerMove = (e: Event) => onMove(e as PointerEvent);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && intent.current()) intent.escape();
    // The "list-entities" command (Alt+Shift+E) normally arrives from the background; where
    // the browser hands the chord to the page instead, the reader's own key press still works.
    if (
      e.isTrusted &&
      e.altKey &&
      e.shiftKey &&
      !e.ctrlKey &&
      !e.metaKey &&
      (e.code === 'KeyE' || e.key === 'E' || e.key === 'e')
    ) {
      e.preventDefault();
      controller.openList();
    }
  };
  // Capture and passive: Gloss sees the pointer even on pages that stop propagation, and
  // never delays the page's own scrolling.
  win.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  win.addEventListener('keydown', onKey, true);
  // The card follows its text when the page (or a nested container) scrolls.
  const onScroll = throttleFrame(
    () => {
      if (shownFor) void place(shownFor);
    },
    win.requestAnimationFrame.bind(win),
    win.cancelAnimationFrame.bind(win),
  );
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });

  const controller: CardController = {
    update(next) {
      ctx = next;
      links = null;
      intent.reset();
      host?.hide();
      if (!next) {
        hit = null;
        return;
      }
      if (hit) hit.rebuild(next.mentions, next.map);
      else hit = createHitTester(doc as unknown as Parameters<typeof createHitTester>[0], next.map, next.mentions);
    },
    frameEvent(ev) {
      if (ev.type === 'open-entity') {
        listOpen = false;
        host?.hide();
        controller.openEntity(ev.id);
        return;
      }
      if (ev.type === 'close' && listOpen) {
        listOpen = false;
        host?.hide();
        (lastFocus as HTMLElement | null)?.focus?.();
        lastFocus = null;
        return;
      }
      if (ev.type === 'resize' && listOpen && host) {
        host.resize(ev.width, ev.height);
        return;
      }
      if (ev.type === 'close') intent.escape();
      else if (ev.type === 'resize' && host) {
        host.resize(ev.width, ev.height);
        if (shownFor) void place(shownFor);
      }
    },
    openList() {
      if (!ctx) return;
      const entities = ctx.entities
        .filter((e) => e.type !== 'MISC' && ctx!.mentions.some((m) => m.entityId === e.id))
        .map((e) => ({
          id: e.id,
          name: e.name,
          type: e.type as MarkedEntityType,
          mentions: ctx!.mentions.filter((m) => m.entityId === e.id).length,
        }));
      intent.reset();
      lastFocus = doc.activeElement;
      listOpen = true;
      const h = ensureHost();
      deps.showList(entities);
      h.resize(CARD_WIDTH, 320);
      h.show(win.innerWidth - 376, 16, win.innerHeight - 32);
      h.iframe.focus();
    },
    openEntity(entityId) {
      const m = ctx?.mentions.find((x) => x.entityId === entityId);
      if (!m) return;
      lastFocus ??= doc.activeElement;
      m.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      intent.openNow(m);
    },
    hasHost: () => host !== null,
    dispose() {
      intent.dispose();
      onMove.cancel();
      win.removeEventListener('pointermove', onPointerMove, true);
      win.removeEventListener('keydown', onKey, true);
      win.removeEventListener('scroll', onScroll, true);
      onScroll.cancel();
      host?.destroy();
    },
  };
  return controller;
}
