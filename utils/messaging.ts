// The one message protocol between Gloss's contexts (content script, extension pages,
// background), typed in one place. Handlers live in the background; every handler checks
// who is asking (utils/policy/sender.ts) before answering.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReport } from './model/page-report';
import type { Recognition } from './entities';

export interface ProtocolMap {
  /** Content script → background: find the entities of an article's text (on the device). */
  recognize(data: { text: string; lang: string }): Recognition;
  /** Content script → background: the outcome of processing the page in the sender's tab. */
  pageProcessed(report: PageReport): void;
  /** Extension pages → background: the latest report of a tab (or of a URL). */
  getPageReport(data: { tabId?: number; url?: string }): PageReport | null;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
