// The card frame as the card controller sees it: the host iframe (card-host.ts), made on first
// use, and its direct channel to card.html (utils/adapters/frame-channel.ts), over which the
// frame reports its size and closing and the controller switches it between the card and the
// keyboard list of the page's entities. Data never goes this way: models come to the frame
// from the background over the frame's runtime Port.
import { type ChannelEnd, withChannelKey } from '@/utils/adapters/frame-channel';
import type { CardPlacement } from '@/utils/hover/place-card';
import { CARD_WIDTH, type CardChannelEvent, type CardChannelMessage } from '@/utils/model/card';
import type { EntitySummary } from '@/utils/model/types';
import { createCardHost, type CardHost } from './card-host';

/** The content script's end of the card frame's channel. */
export type CardChannel = ChannelEnd<CardChannelMessage, CardChannelEvent>;

export interface CardFrameDeps {
  doc: Document;
  /** The card page's URL. */
  cardUrl: string;
  /** A fresh channel key; the frame's URL carries it. */
  newKey(): string;
  /** Opens the channel to the frame `iframe` (with `key` in its URL). */
  openChannel(iframe: HTMLIFrameElement, key: string): CardChannel;
  /** Where the card goes next to `anchor` (utils/hover/place-card.ts in the page). */
  placeNear(anchor: Range, card: HTMLElement): Promise<CardPlacement>;
  onEvent(ev: CardChannelEvent): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export interface CardFrame {
  /** Makes the frame now (hidden), so that it has loaded by the time a card shows. */
  warm(): void;
  /** Places the frame next to `anchor` and shows it; false when `stillWanted` said no after placing. */
  showNear(anchor: Range, stillWanted: () => boolean): Promise<boolean>;
  /** Shows the keyboard list of `entities` at the viewport's top right, and focuses it. */
  showList(entities: EntitySummary[], viewport: { width: number; height: number }): void;
  /** Whether the list (not a card) is what the frame shows. */
  readonly listShown: boolean;
  hide(): void;
  resize(width: number, height: number): void;
  exists(): boolean;
  destroy(): void;
}

export function createCardFrame(deps: CardFrameDeps): CardFrame {
  let host: CardHost | null = null;
  let channel: CardChannel | null = null;
  let listShown = false;

  const ensure = (): { host: CardHost; channel: CardChannel } => {
    if (host && channel) return { host, channel };
    const key = deps.newKey();
    const h = createCardHost(deps.doc, withChannelKey(deps.cardUrl, key));
    h.iframe.addEventListener('pointerenter', () => deps.onPointerEnter());
    h.iframe.addEventListener('pointerleave', () => deps.onPointerLeave());
    const c = deps.openChannel(h.iframe, key);
    c.onMessage((ev) => deps.onEvent(ev));
    host = h;
    channel = c;
    return { host: h, channel: c };
  };

  return {
    warm() {
      ensure();
    },
    async showNear(anchor, stillWanted) {
      const { host: h, channel: c } = ensure();
      // The card, not the list: the frame switches before it is shown.
      if (listShown) {
        listShown = false;
        c.post({ type: 'card' });
      }
      h.prepare();
      const p = await deps.placeNear(anchor, h.iframe);
      if (!stillWanted()) return false;
      h.show(p.x, p.y, p.maxHeight);
      return true;
    },
    showList(entities, viewport) {
      const { host: h, channel: c } = ensure();
      listShown = true;
      c.post({ type: 'list', entities });
      h.resize(CARD_WIDTH, 320);
      h.show(viewport.width - CARD_WIDTH - 16, 16, viewport.height - 32);
      h.iframe.focus();
    },
    get listShown() {
      return listShown;
    },
    hide() {
      host?.hide();
    },
    resize(width, height) {
      host?.resize(width, height);
    },
    exists: () => host !== null,
    destroy() {
      channel?.close();
      host?.destroy();
    },
  };
}
