// What the background's handlers share, made once per background start: the database and
// the highlight store (with the popup's first screen following every write), the reader's
// settings and the knowledge service built from them (both followed live), and the sender
// checks every handler starts with.
import { browser } from 'wxt/browser';
import { createDb, type GlossDb } from '@/utils/adapters/db';
import { listNewestFromDb } from '@/utils/adapters/db-listing';
import { firstScreenItem } from '@/utils/adapters/first-screen-item';
import { sendMessage } from '@/utils/adapters/messaging';
import { endpointsItem, getSettings, watchSettings } from '@/utils/adapters/settings';
import type { KnowledgeService } from '@/utils/knowledge';
import type { Settings } from '@/utils/model/settings';
import {
  assertContentScript,
  assertContentScriptOrExtensionPage,
  assertExtensionPage,
  type SenderInfo,
} from '@/utils/policy/sender';
import { buildQuery, EMPTY_FORM, PAGE_SIZE } from '@/utils/search/search-form';
import { keepFirstScreen } from './first-screen';
import { createHighlightStore, GENERATION_KEY, type HighlightStore } from './highlight-store';
import { createDexieKnowledgeCache } from './knowledge-cache';
import { buildKnowledgeService } from './knowledge-setup';
import { createSyncJournal } from './sync-journal';
import type { SyncEngine } from './sync-engine';
import { setUpSync } from './sync-setup';

export interface BackgroundContext {
  db: GlossDb;
  store: HighlightStore;
  /** Sync with the reader's server (docs/sync.md); off until the reader sets it up. */
  sync: SyncEngine;
  extensionOrigin: string;
  /** The reader's settings as they are now. */
  settings(): Promise<Settings>;
  /** The knowledge service for the current settings and endpoints. */
  knowledge(): Promise<KnowledgeService>;
  /** Throws unless a content script of Gloss sent it; its tab and page URL. */
  fromContentScript(sender: SenderInfo): { tabId: number; url: string };
  /** Throws unless one of Gloss's own pages (popup, options, frames) sent it. */
  fromExtensionPage(sender: SenderInfo): void;
  /** Throws unless a content script or one of Gloss's own pages (the welcome page) sent it. */
  fromContentScriptOrExtensionPage(sender: SenderInfo): void;
  /** The reading history changed: open cards and extension pages show it at once (memory.ts). */
  memoryChanged(reason: MemoryChange): void;
  onMemoryChanged(cb: (reason: MemoryChange) => void): void;
}

export type MemoryChange = 'recorded' | 'forgotten' | 'cleared' | 'imported' | 'pruned';

export function createBackgroundContext(): BackgroundContext {
  const extensionId = browser.runtime.id;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const db = createDb();
  // Opened now, not on the first query: a popup's first request then finds it open.
  void db.open().catch((err: unknown) => console.warn('[Gloss] the database did not open', err));
  // The popup's first screen follows every write (first-screen.ts).
  const firstQuery = buildQuery(EMPTY_FORM, 0, PAGE_SIZE);
  const firstScreen = keepFirstScreen({
    list: () => listNewestFromDb(db, firstQuery),
    generation: async () => {
      const g = (await db.meta.get(GENERATION_KEY))?.value;
      return typeof g === 'number' ? g : 0;
    },
    load: () => firstScreenItem.getValue(),
    save: (screen) => firstScreenItem.setValue(screen),
    now: Date.now,
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  });
  const store = createHighlightStore(db, {
    onWrite: () => {
      firstScreen.changed();
      sync.kick();
    },
    // Sync's outbox is written in each write's own transaction (docs/sync.md).
    journal: createSyncJournal(db),
  });
  const sync = setUpSync({
    db,
    store,
    extensionOrigin,
    // Tabs showing a page whose highlights changed on another device redraw them. Without
    // the "tabs" permission the background cannot tell which tab shows which page: every
    // tab's content script gets the list and checks its own page.
    onApplied: (urls) =>
      void browser.tabs.query({}).then((tabs) => {
        for (const t of tabs)
          if (t.id !== undefined)
            void sendMessage('pageCommand', { command: 'highlights-changed', urls }, t.id).catch(() => undefined);
      }),
  });
  void firstScreen.refreshIfStale();
  const cache = createDexieKnowledgeCache(db);

  // Settings and the knowledge service follow the reader's choices live.
  let settings: Promise<Settings> = getSettings();
  let knowledge: Promise<KnowledgeService> | null = null;
  watchSettings((s) => {
    settings = Promise.resolve(s);
    knowledge = null;
  });
  endpointsItem.watch(() => {
    knowledge = null;
  });

  const memoryListeners: Array<(reason: MemoryChange) => void> = [];
  return {
    db,
    store,
    memoryChanged: (reason) => {
      for (const cb of memoryListeners) cb(reason);
    },
    onMemoryChanged: (cb) => void memoryListeners.push(cb),
    sync,
    extensionOrigin,
    settings: () => settings,
    knowledge: () =>
      (knowledge ??= (async () => {
        const s = await settings;
        return buildKnowledgeService({ offline: s.offline, endpoints: await endpointsItem.getValue(), cache });
      })()),
    fromContentScript: (sender) => assertContentScript(sender, extensionId),
    fromExtensionPage: (sender) => assertExtensionPage(sender, extensionId, extensionOrigin),
    fromContentScriptOrExtensionPage: (sender) =>
      assertContentScriptOrExtensionPage(sender, extensionId, extensionOrigin),
  };
}
