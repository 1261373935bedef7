// The one message protocol between Gloss's contexts (content script, extension pages,
// background), typed in one place. Handlers live in the background; every handler checks
// who is asking (utils/policy/sender.ts) before answering.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReport } from './model/page-report';
import type { Recognition } from './entities';
import type { CardRequest } from './background/cards';

/** What the background tells a tab's content script about its card frame. */
export type CardFrameEvent = { type: 'close' } | { type: 'resize'; width: number; height: number };

export interface ProtocolMap {
  /** Content script → background: find the entities of an article's text (on the device). */
  recognize(data: { text: string; lang: string }): Recognition;
  /** Content script → background: the outcome of processing the page in the sender's tab. */
  pageProcessed(report: PageReport): void;
  /** Extension pages → background: the latest report of a tab (or of a URL). */
  getPageReport(data: { tabId?: number; url?: string }): PageReport | null;
  /** Content script → background: the pointer dwells on a mention; resolve its card. */
  cardFetch(req: CardRequest): { status: string };
  /** Content script → background: the pointer left before the card showed. */
  cardCancel(data: { token: number }): void;
  /** Background → content script: the card frame closed or changed size. */
  cardEvent(ev: CardFrameEvent): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
