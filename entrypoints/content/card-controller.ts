// Hover cards in the page: pointer → hit-test → hover intent → card request → placement.
// Wires utils/hover's pieces to the card frame (card-frame.ts); the messaging functions, the
// frame channel, the window and the card URL are passed in by the content script.
import type { DrawnMention } from '@/utils/render/mention-highlights';
import { createHitTester, throttleFrame, type HitTester } from '@/utils/hover/hit-test';
import { createHoverIntent, type HoverIntent } from '@/utils/hover/hover-intent';
import { placeCard } from '@/utils/hover/place-card';
import type { CardChannelEvent, CardRequest } from '@/utils/model/card';
import { createCardFrame, type CardFrameDeps } from './card-frame';
import { buildCardRequest, isListChord, type PageContext, pageEntityList } from './card-request';
import { collectPageLinks } from '@/utils/knowledge/page-links';
import type { PageLink } from '@/utils/knowledge/related';

export type { CardEntity, PageContext } from './card-request';

export interface CardControllerDeps {
  win: Window;
  cardUrl: string;
  /** Opens the direct channel to the card frame (utils/adapters/frame-channel.ts). */
  openChannel: CardFrameDeps['openChannel'];
  /** A fresh channel key (random; the frame's URL carries it). */
  newKey(): string;
  fetchCard(req: CardRequest): Promise<{ status: string }>;
  cancelCard(token: number): void;
  hoverDelayMs(): number;
  /** A card became visible: ms from the show decision to the frame painted (for `npm run bench`). */
  onShown?(ms: number): void;
  /** Where the card goes next to a mention (placeCard by default; tests pass their own). */
  placeNear?: CardFrameDeps['placeNear'];
}

export interface CardController {
  /** New page state (after each pipeline run). */
  update(ctx: PageContext | null): void;
  /** The card frame reported its size, asked to close or chose an entity of the list. */
  frameEvent(ev: CardChannelEvent): void;
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
  let links: PageLink[] | null = null;
  let shownFor: DrawnMention | null = null;
  let lastFocus: Element | null = null;

  const frame = createCardFrame({
    doc,
    cardUrl: deps.cardUrl,
    newKey: deps.newKey,
    openChannel: deps.openChannel,
    placeNear: deps.placeNear ?? placeCard,
    onEvent: (ev) => controller.frameEvent(ev),
    onPointerEnter: () => intent.enterCard(),
    onPointerLeave: () => intent.leaveCard(),
  });
  const returnFocus = () => {
    (lastFocus as HTMLElement | null)?.focus?.();
    lastFocus = null;
  };

  const place = async (m: DrawnMention, since?: number) => {
    const shown = await frame.showNear(m.range, () => shownFor === m);
    if (shown && since !== undefined && deps.onShown) {
      const onShown = deps.onShown;
      // The next animation frame is the one that paints the shown card.
      win.requestAnimationFrame(() => onShown(win.performance.now() - since));
    }
  };

  const fetchFor = (token: number, mention: DrawnMention) => {
    if (!ctx) return;
    frame.warm();
    links ??= collectPageLinks(doc, ctx.url);
    deps.fetchCard(buildCardRequest(token, mention, ctx, links)).then(
      (r) => intent.deliver(token, r),
      (err: Error) => intent.deliver(token, { status: `error: ${err.message}` }),
    );
  };

  const intent: HoverIntent<DrawnMention, { status: string }> = createHoverIntent<DrawnMention, { status: string }>(
    (ev) => {
      if (ev.type === 'fetch') fetchFor(ev.token, ev.mention);
      else if (ev.type === 'show') {
        shownFor = ev.mention;
        void place(ev.mention, win.performance.now());
      } else if (ev.type === 'abort') deps.cancelCard(ev.token);
      else if (ev.type === 'hide') {
        shownFor = null;
        frame.hide();
      } else if (ev.type === 'restoreFocus') returnFocus();
    },
    { showDelayMs: deps.hoverDelayMs(), sameMention: (a, b) => a.entityId === b.entityId && a.start === b.start },
  );

  const stopListening = listenToPage(win, {
    point: (x, y) => {
      if (hit) intent.point(hit.hit(x, y));
    },
    key: (e) => onPageKey(e, intent, () => controller.openList()),
    // The card follows its text when the page (or a nested container) scrolls.
    scroll: () => {
      if (shownFor) void place(shownFor);
    },
  });

  const controller: CardController = {
    update(next) {
      ctx = next;
      links = null;
      intent.reset();
      frame.hide();
      if (!next) {
        hit = null;
        return;
      }
      if (hit) hit.rebuild(next.mentions, next.map);
      else hit = createHitTester(doc as unknown as Parameters<typeof createHitTester>[0], next.map, next.mentions);
    },
    frameEvent(ev) {
      if (ev.type === 'resize') {
        frame.resize(ev.width, ev.height);
        if (!frame.listShown && shownFor) void place(shownFor);
      } else if (ev.type === 'open-entity') {
        frame.hide();
        controller.openEntity(ev.id);
      } else if (frame.listShown) {
        frame.hide();
        returnFocus();
      } else intent.escape();
    },
    openList() {
      if (!ctx) return;
      intent.reset();
      lastFocus = doc.activeElement;
      frame.showList(pageEntityList(ctx), { width: win.innerWidth, height: win.innerHeight });
    },
    openEntity(entityId) {
      const m = ctx?.mentions.find((x) => x.entityId === entityId);
      if (!m) return;
      lastFocus ??= doc.activeElement;
      m.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      intent.openNow(m);
    },
    hasHost: () => frame.exists(),
    dispose() {
      intent.dispose();
      stopListening();
      frame.destroy();
    },
  };
  return controller;
}

/** Esc closes the card; the reader's own Alt+Shift+E opens the entity list. */
function onPageKey(e: KeyboardEvent, intent: HoverIntent<DrawnMention, unknown>, openList: () => void): void {
  if (e.key === 'Escape' && intent.current()) intent.escape();
  // The "list-entities" command (Alt+Shift+E) normally arrives from the background; where
  // the browser hands the chord to the page instead, the reader's own key press still works.
  if (isListChord(e)) {
    e.preventDefault();
    openList();
  }
}

/**
 * Listens to the page for the card: pointer moves and scrolls (each at most once a frame) and
 * key presses. Capture and passive: Gloss sees the pointer even on pages that stop
 * propagation, and never delays the page's own scrolling. Returns the function that stops.
 */
function listenToPage(
  win: Window,
  on: { point(x: number, y: number): void; key(e: KeyboardEvent): void; scroll(): void },
): () => void {
  const raf = win.requestAnimationFrame.bind(win);
  const caf = win.cancelAnimationFrame.bind(win);
  const onMove = throttleFrame((e: PointerEvent) => on.point(e.clientX, e.clientY), raf, caf);
  const onPointerMove = (e: Event) => onMove(e as PointerEvent);
  const onScroll = throttleFrame(() => on.scroll(), raf, caf);
  const onKey = (e: KeyboardEvent) => on.key(e);
  win.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return () => {
    onMove.cancel();
    onScroll.cancel();
    win.removeEventListener('pointermove', onPointerMove, true);
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('scroll', onScroll, true);
  };
}
