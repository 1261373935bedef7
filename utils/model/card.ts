// The hover card's shapes, shared by the content script (which asks), the background (which
// resolves and pushes) and the card frame (which shows): the request, what the card shows,
// the events between frame, background and page, and the card's size.
import type { BackgroundResult, FactsResult, RelatedResult } from '../knowledge/types';
import type { PageLink } from '../knowledge/related';
import type { EntitySummary, MarkedEntityType } from './types';

/** The card frame's width (px) until the card asks for more; the entity list's width. */
export const CARD_WIDTH = 360;
/** The widest the card frame grows when the card asks (px). */
export const CARD_MAX_WIDTH = 420;
/** The card's largest height (px); card.css says the same. */
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
}

/** What the background sends the card frame: a card to show, or the page's entity list. */
export type CardFrameMessage = { type: 'model'; model: CardContent } | { type: 'list'; entities: EntitySummary[] };

/** What the card frame sends the background. */
export type CardFrameEvent =
  | { type: 'expand' }
  | { type: 'close' }
  | { type: 'resize'; width: number; height: number }
  | { type: 'open-link'; url: string }
  | { type: 'open-entity'; id: string };

/** What the background passes on to the tab's content script (the frame's host). */
export type CardHostEvent = Extract<CardFrameEvent, { type: 'close' | 'resize' | 'open-entity' }>;
