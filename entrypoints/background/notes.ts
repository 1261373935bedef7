// The background's side of the note frame: the content script asks to edit a highlight's
// note; the frame (note.html, an extension page inside the page's Gloss host) connects a
// Port, gets the quote and note, and answers save or cancel. The note never passes through
// the content script or the page.
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/adapters/messaging';
import { messageOf } from '@/utils/model/message-of';
import type { Highlight } from '@/utils/model/types';
import type { CardPort } from './cards';
import type { BackgroundContext } from './context';
import { ownHighlight } from './highlights';

export interface NoteDeps {
  get(id: string): Promise<Highlight | undefined>;
  saveNote(id: string, note: string): Promise<Highlight>;
  /** Tell the tab's content script the note frame is done (saved highlight, or null). */
  toTab(tabId: number, event: { type: 'note-done'; highlight: Highlight | null; error?: string }): void;
  notePageUrl: string;
}

export function createNoteService(deps: NoteDeps) {
  const pending = new Map<number, string>();
  const ports = new Map<number, CardPort>();

  const send = async (tabId: number) => {
    const id = pending.get(tabId);
    const port = ports.get(tabId);
    if (!id || !port) return;
    const h = await deps.get(id);
    if (h) port.postMessage({ type: 'note', quote: h.quote, note: h.note });
  };

  return {
    /** The content script of `tabId` opens the editor for highlight `id` (already checked). */
    open(tabId: number, id: string) {
      pending.set(tabId, id);
      void send(tabId);
    },
    attach(port: CardPort): boolean {
      const tabId = port.sender?.tab?.id;
      if (typeof tabId !== 'number' || !port.sender?.url?.startsWith(deps.notePageUrl)) {
        port.disconnect();
        return false;
      }
      ports.set(tabId, port);
      port.onDisconnect.addListener(() => {
        if (ports.get(tabId) === port) ports.delete(tabId);
      });
      port.onMessage.addListener(async (msg) => {
        const m = msg as { type?: string; note?: unknown };
        const id = pending.get(tabId);
        if (!id) return;
        if (m?.type === 'save' && typeof m.note === 'string') {
          pending.delete(tabId);
          try {
            deps.toTab(tabId, { type: 'note-done', highlight: await deps.saveNote(id, m.note.slice(0, 5000)) });
          } catch (err) {
            deps.toTab(tabId, {
              type: 'note-done',
              highlight: null,
              error: messageOf(err),
            });
          }
        } else if (m?.type === 'cancel') {
          pending.delete(tabId);
          deps.toTab(tabId, { type: 'note-done', highlight: null });
        }
      });
      void send(tabId);
      return true;
    },
    forget(tabId: number) {
      pending.delete(tabId);
      ports.delete(tabId);
    },
  };
}

export function registerNotes(ctx: BackgroundContext): void {
  const notes = createNoteService({
    get: (id) => ctx.db.highlights.get(id),
    saveNote: (id, note) => ctx.store.update(id, { note }),
    toTab: (tabId, event) => void sendMessage('noteEvent', event, tabId).catch(() => undefined),
    notePageUrl: browser.runtime.getURL('/note.html'),
  });
  onMessage('noteOpen', async ({ data, sender }) => {
    const { tabId, url } = ctx.fromContentScript(sender);
    const h = await ownHighlight(ctx, url, data);
    notes.open(tabId, h.id);
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === 'gloss-note') notes.attach(port);
  });
  browser.tabs.onRemoved.addListener((tabId) => notes.forget(tabId));
}
