// What the background's card service keeps per tab (the frame's Port, the request, the model
// shown, its abort controller and source switches), what it is given, and how a tab's model
// reaches its frame. The card's sections (card-memory.ts, card-facts.ts, card-place.ts,
// card-related.ts) each update `model` and push it.
import type { BackgroundPort } from '@/utils/adapters/messaging';
import type { PlacesLoader } from './places';
import type { KnowledgeService } from '@/utils/knowledge';
import type { HistoryItem } from '@/utils/knowledge/related';
import type { HighlightMemory, MemoryView } from '@/utils/memory/memory-line';
import type { CardContent, CardRequest } from '@/utils/model/card';

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

/** One tab's card. */
export interface TabCard {
  port: CardPort | null;
  request: CardRequest | null;
  model: CardContent | null;
  controller: AbortController | null;
  ctx: CardContext | null;
}

/** A tab with no card yet. */
export const emptyTabCard = (): TabCard => ({
  port: null,
  request: null,
  model: null,
  controller: null,
  ctx: null,
});

/** Sends the tab's model to its frame, when one is connected. */
export function pushCard(t: TabCard): void {
  if (t.port && t.model) t.port.post({ type: 'model', model: t.model });
}
