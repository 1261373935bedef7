// The one message protocol between Gloss's contexts (content script, extension pages,
// background), typed in one place: the runtime messages (ProtocolMap) and the frames' Port
// traffic (PortProtocolMap). Handlers live in the background; every handler checks who is
// asking (utils/policy/sender.ts) before answering, and every Port message is shape-checked
// (utils/policy/frame-messages.ts) before it reaches a listener.
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { RemoteArticle } from '../article/remote-extract';
import type { PageReport, RemoteTimes } from '../model/page-report';
import type { Recognition } from '../entities';
import type { CardFrameEvent, CardFrameMessage, CardRequest } from '../model/card';
import type { NoteFrameEvent, NoteFrameMessage, NoteHostEvent } from '../model/note';
import {
  parseCardFrameEvent,
  parseCardFrameMessage,
  parseNoteFrameEvent,
  parseNoteFrameMessage,
} from '../policy/frame-messages';
import type { Highlight, HighlightPatch, NewHighlight } from '../model/types';
import type { DataCounts, ImportReport } from '../model/data';
import type { SearchQuery, SearchResult } from '../search/types';
import type { OpenOutcome } from '../model/open-outcome';
import type { EntityPageDetails, EntityPageStart } from '../memory/entity-view';
import type { PeopleEntry, PeopleList, Period } from '../memory/people';
import type { BackgroundResult } from '../knowledge/types';
import type { SetupRequest, SyncAnswer, SyncStatus } from '../model/sync';
import type { ServerSettings } from '../sync/server';

export interface ProtocolMap {
  /** Content script → background: find the entities of an article's text (on the device), and when that ran. */
  recognize(data: { text: string }): Recognition & { times?: RemoteTimes };
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
  /** Content script → background: a card was painted, `ms` after the show decision (diagnostics). */
  cardShown(data: { ms: number }): void;
  /** Content script → background: the pointer left before the card showed. */
  cardCancel(data: { token: number }): void;

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
  noteEvent(ev: NoteHostEvent): void;
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

  // The reading memory (extension pages only).
  /** Forgets one article (by its page URL) or a whole site (its name as kept, and its host); returns rows removed. */
  forgetHistory(data: { url: string } | { site: string; host?: string }): number;
  /** The people, places and organizations read most this week or this month (popup). */
  peopleList(data: { period: Period }): PeopleList & { off: boolean };
  /** Entities read about whose names match a query (popup search). */
  peopleSearch(data: { query: string }): PeopleEntry[];
  /** What the entity page paints first (summary row and entity-visit index; no full history read). */
  entityPage(data: { key: string }): EntityPageStart & { off: boolean };
  /** What the entity page adds after its first paint: every article, what was read with it, highlights. */
  entityDetails(data: { key: string }): EntityPageDetails;
  /** The entity's background (the card's summary), from the knowledge cache or its sources. */
  entityBackground(data: { key: string; name: string; lang?: string }): BackgroundResult;
  /** Background → extension pages: the history changed (forgotten, cleared, imported, recorded). */
  memoryChanged(data: { reason: 'recorded' | 'forgotten' | 'cleared' | 'imported' | 'pruned' }): void;
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

/** The frames' Port traffic, per port name: what the background sends, what the frame sends. */
export interface PortProtocolMap {
  /** card.html: card models in; expand, links, the entity and options pages out (size, closing and the list go over its direct channel with the content script). */
  'gloss-card': { toFrame: CardFrameMessage; fromFrame: CardFrameEvent };
  /** note.html: the quote and note in; save or cancel out. */
  'gloss-note': { toFrame: NoteFrameMessage; fromFrame: NoteFrameEvent };
}
export type FramePortName = keyof PortProtocolMap;

/** The Port surface both browsers give (and tests fake). */
export interface RawPort {
  name: string;
  postMessage(msg: unknown): void;
  onMessage: { addListener(cb: (msg: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
  sender?: { url?: string; tab?: { id?: number }; frameId?: number };
}

/** One end of a frame Port: posts `Out`, hears only well-formed `In`; posting after a disconnect is a no-op. */
export interface TypedPort<Out, In> {
  post(msg: Out): void;
  onMessage(cb: (msg: In) => void): void;
  onDisconnect(cb: () => void): void;
  disconnect(): void;
  readonly sender: RawPort['sender'];
}

/** The frame's end of port `N`. */
export type FramePort<N extends FramePortName> = TypedPort<
  PortProtocolMap[N]['fromFrame'],
  PortProtocolMap[N]['toFrame']
>;
/** The background's end of port `N`. */
export type BackgroundPort<N extends FramePortName> = TypedPort<
  PortProtocolMap[N]['toFrame'],
  PortProtocolMap[N]['fromFrame']
>;

const CHECKS: {
  [N in FramePortName]: {
    toFrame(msg: unknown): PortProtocolMap[N]['toFrame'] | null;
    fromFrame(msg: unknown): PortProtocolMap[N]['fromFrame'] | null;
  };
} = {
  'gloss-card': { toFrame: parseCardFrameMessage, fromFrame: parseCardFrameEvent },
  'gloss-note': { toFrame: parseNoteFrameMessage, fromFrame: parseNoteFrameEvent },
};

/** Wraps a raw Port: incoming messages pass `check` or are dropped. */
export function typedPort<Out, In>(port: RawPort, check: (msg: unknown) => In | null): TypedPort<Out, In> {
  let connected = true;
  port.onDisconnect.addListener(() => {
    connected = false;
  });
  return {
    post(msg) {
      if (connected) port.postMessage(msg);
    },
    onMessage(cb) {
      port.onMessage.addListener((msg) => {
        const m = check(msg);
        if (m !== null) cb(m);
      });
    },
    onDisconnect(cb) {
      port.onDisconnect.addListener(cb);
    },
    disconnect() {
      connected = false;
      port.disconnect();
    },
    sender: port.sender,
  };
}

/** A frame page connects port `name` to the background. */
export function connectFramePort<N extends FramePortName>(name: N): FramePort<N> {
  return typedPort(browser.runtime.connect({ name }), CHECKS[name].toFrame);
}

/** The background's end of a port a frame connected, or null when `port` is not named `name`. */
export function acceptFramePort<N extends FramePortName>(name: N, port: RawPort): BackgroundPort<N> | null {
  return port.name === name ? typedPort(port, CHECKS[name].fromFrame) : null;
}
