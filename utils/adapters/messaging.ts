// The one message protocol between Gloss's contexts (content script, extension pages,
// background), typed in one place. Handlers live in the background; every handler checks
// who is asking (utils/policy/sender.ts) before answering.
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { RemoteArticle } from '../article/remote-extract';
import type { PageReport } from '../model/page-report';
import type { Recognition } from '../entities';
import type { CardHostEvent, CardRequest } from '../model/card';
import type { EntitySummary, Highlight, HighlightPatch, NewHighlight } from '../model/types';
import type { DataCounts, ImportReport } from '../model/data';
import type { SearchQuery, SearchResult } from '../search/types';
import type { OpenOutcome } from '../model/open-outcome';
import type { SetupRequest, SyncAnswer, SyncStatus } from '../model/sync';
import type { ServerSettings } from '../sync/server';

export interface ProtocolMap {
  /** Content script → background: find the entities of an article's text (on the device). */
  recognize(data: { text: string }): Recognition;
  /** Content script → background: run Readability on the page's serialized HTML, off the page's thread. */
  extractArticle(data: { html: string }): RemoteArticle;
  /** Background → offscreen document (Chrome, whose service worker has no DOMParser): the same. */
  offscreenExtract(data: { html: string }): RemoteArticle;
  /** Content script → background: the outcome of processing the page in the sender's tab. */
  pageProcessed(report: PageReport): void;
  /** Extension pages → background: the latest report of a tab (or of a URL). */
  getPageReport(data: { tabId?: number; url?: string }): PageReport | null;
  /** Content script → background: the pointer dwells on a mention; resolve its card. */
  cardFetch(req: CardRequest): { status: string };
  /** Content script → background: show the keyboard list of this page's entities in the card frame. */
  cardList(data: { entities: EntitySummary[] }): void;
  /** Content script → background: a card was painted, `ms` after the show decision (diagnostics). */
  cardShown(data: { ms: number }): void;
  /** Content script → background: the pointer left before the card showed. */
  cardCancel(data: { token: number }): void;
  /** Background → content script: the card frame closed or changed size. */
  cardEvent(ev: CardHostEvent): void;

  // Highlights. Content scripts may only touch highlights of their own page's URL.
  /** Saves a new highlight; returns it with its id and times. */
  highlightCreate(h: NewHighlight): Highlight;
  /** Changes color, note or tags. */
  highlightUpdate(data: { id: string; patch: HighlightPatch }): Highlight;
  /** Deletes a highlight and returns it (for undo). */
  highlightDelete(data: { id: string }): Highlight | null;
  /** Puts a deleted highlight back (undo). */
  highlightRestore(h: Highlight): Highlight;
  /** The highlights of one normalized page URL. */
  highlightsForPage(data: { url: string }): Highlight[];
  /** Content script → background: open the note editor frame for a highlight of this page. */
  noteOpen(data: { id: string }): void;
  /** Background → content script: the note frame closed (saved highlight, or null). */
  noteEvent(ev: { type: 'note-done'; highlight: Highlight | null; error?: string }): void;
  /** Content script → background: how this page's highlights anchored (badge, popup). */
  highlightStatus(data: { url: string; placed: number; orphanIds: string[] }): void;
  /** Extension pages → background: how the highlights of a tab's page anchored. */
  getHighlightStatus(data: { tabId: number }): { url: string; placed: number; orphanIds: string[] } | null;
  /** Background → content script: a command (shortcut or context menu) for this page. */
  pageCommand(
    data:
      | { command: 'highlight-selection' | 'list-entities' }
      | { command: 'open-entity'; entityId: string }
      | { command: 'show-highlight'; id: string }
      | { command: 'highlights-changed'; urls: string[] },
  ): void;

  // Extension pages only (popup, options).
  /**
   * Opens a search result (popup): focuses a tab showing its page and scrolls it there with
   * a flash, or opens the page in a new tab (scrolled and flashed once its highlights load).
   */
  openHighlight(data: { id: string }): OpenOutcome;
  /** The popup opened: start loading the search index, for the first typed query. */
  prepareSearch(): void;
  /** Searches every highlight (popup). */
  searchHighlights(q: SearchQuery): SearchResult;
  /**
   * Everything, as an export file's text, in parts (utils/export/parts.ts: one message could
   * not carry an export of 100,000 highlights). Begin makes the file and says how many parts;
   * the page then fetches each.
   */
  exportBegin(): { id: string; parts: number; chars: number; highlights: number; articles: number };
  exportPart(data: { id: string; index: number }): string;
  /**
   * One part of an export file to import; the last part to arrive imports the whole file in
   * one transaction (all or nothing) and returns what was merged, the others return null.
   */
  importPart(data: { id: string; index: number; total: number; text: string }): ImportReport | null;
  /** What Gloss keeps, counted. */
  dataCounts(): DataCounts;
  /** Deletes every highlight, reading-history entry and cached card. */
  deleteEverything(): DataCounts;
  /** Empties the reading history; returns how many entries were removed. */
  clearHistory(): number;

  // Sync (docs/sync.md), options page only.
  /** Where sync stands: last sync, pending changes, errors, progress, notices. */
  syncStatus(): SyncStatus;
  /** Checks the server settings (address, CouchDB, password, access, database). */
  syncTest(data: ServerSettings): SyncAnswer<{ version: string }>;
  /** Checks everything and turns sync on; nothing changes when it fails. */
  syncSetup(data: SetupRequest): SyncAnswer<{ firstDevice: boolean }>;
  /** Turns sync off; local highlights stay. */
  syncDisable(): void;
  /** Syncs now (also retries at once after a failure). */
  syncNow(): SyncAnswer<Record<never, never>>;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

/**
 * sendMessage that hands the message to the browser before returning (webext-core's waits a
 * microtask first), in the same wire format as webext-core's, answered by its onMessage. The
 * content script sends the page's HTML with it, so that copying a megabyte of HTML into the
 * message is counted in the page's main-thread time it measures.
 */
export function sendMessageNow<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  const sent = browser.runtime.sendMessage({
    id: Math.floor(Math.random() * 1e9),
    type,
    data,
    timestamp: Date.now(),
  }) as Promise<{ res?: ReturnType<ProtocolMap[K]>; err?: { message?: string } } | undefined>;
  return sent.then((answer) => {
    if (!answer) throw new Error(`no answer to ${type}`);
    if (answer.err) throw new Error(answer.err.message ?? `${type} failed`);
    return answer.res as ReturnType<ProtocolMap[K]>;
  });
}
