// The hover card's shapes, shared by the content script (which asks), the background (which
// resolves and pushes) and the card frame (which shows): the request, what the card shows,
// the messages between frame, background and page, and the card's size.
import type { BackgroundResult, FactsResult, RelatedResult } from '../knowledge/types';
import type { PageLink } from '../knowledge/related';
import type { MemoryView } from '../memory/memory-line';
import type { PlaceInfo } from './place';
import type { EntitySummary, MarkedEntityType } from './types';

/** The card frame's width (px) until the card asks for more; the entity list's width. */
export const CARD_WIDTH = 360;
/** The widest the card frame grows when the card asks (px). */
export const CARD_MAX_WIDTH = 420;
/** The card's largest height (px); the card page hands it to card.css. */
export const CARD_MAX_HEIGHT = 420;

/** What the content script asks for when the pointer dwells on a mention. */
export interface CardRequest {
  token: number;
  entity: { name: string; type: MarkedEntityType; aliases: string[]; key: string };
  lang: string;
  /** Other entity names and title words of the page (ranking on the device). */
  context: string[];
  pageLinks: PageLink[];
  pageUrl: string;
}

/** Something still on its way. */
export interface Loading {
  status: 'loading';
}

/** Everything the card shows (the background builds it, the frame renders it). */
export interface CardContent {
  mention: { name: string; type: MarkedEntityType };
  background: BackgroundResult | Loading;
  /** Absent: not expanded yet ("More facts" button). */
  facts?: FactsResult | Loading;
  /** Absent: not requested (the section is not shown). */
  related?: RelatedResult | Loading;
  /** The reader's own reading about the entity. Absent: not asked (the section is not shown). */
  memory?: MemoryView | Loading;
  /** A place card's resolved place: the map section (absent: no map). */
  place?: PlaceInfo;
}

/** What the background sends the card frame over its runtime Port: a card to show. */
export type CardFrameMessage = { type: 'model'; model: CardContent };

/** What the card frame asks of the background over its runtime Port (what needs data or tabs). */
export type CardFrameEvent =
  | { type: 'expand' }
  | { type: 'open-link'; url: string }
  | { type: 'open-entity-page'; key: string }
  | { type: 'open-options' };

/**
 * The content script → card frame, over their direct channel (utils/adapters/frame-channel.ts):
 * show the keyboard list of the page's entities, or go back to the card.
 */
export type CardChannelMessage = { type: 'list'; entities: EntitySummary[] } | { type: 'card' };

/** The card frame → its content script, over their direct channel: the frame's own size and closing. */
export type CardChannelEvent =
  | { type: 'close' }
  | { type: 'resize'; width: number; height: number }
  | { type: 'open-entity'; id: string };
