// The background's side of the note frame: the content script asks to edit a highlight's
// note; the frame (note.html, an extension page inside the page's Gloss host) connects a
// Port, gets the quote and note, and answers save or cancel. The note never passes through
// the content script or the page.
import { browser } from 'wxt/browser';
import { acceptFramePort, type BackgroundPort, onMessage, sendMessage } from '@/utils/adapters/messaging';
import { messageOf } from '@/utils/model/message-of';
import type { NoteHostEvent } from '@/utils/model/note';
import type { Highlight } from '@/utils/model/types';
import type { BackgroundContext } from './context';
import { ownHighlight } from './highlights';

export interface NoteDeps {
  get(id: string): Promise<Highlight | undefined>;
  saveNote(id: string, note: string): Promise<Highlight>;
  /** Tell the tab's content script the note frame is done (saved highlight, or null). */
  toTab(tabId: number, event: NoteHostEvent): void;
  notePageUrl: string;
}

export function createNoteService(deps: NoteDeps) {
  const pending = new Map<number, string>();
  const ports = new Map<number, BackgroundPort<'gloss-note'>>();

  const send = async (tabId: number) => {
    const id = pending.get(tabId);
    const port = ports.get(tabId);
    if (!id || !port) return;
    const h = await deps.get(id);
    if (h) port.post({ type: 'note', quote: h.quote, note: h.note });
  };

  return {
    /** The content script of `tabId` opens the editor for highlight `id` (already checked). */
    open(tabId: number, id: string) {
      pending.set(tabId, id);
      void send(tabId);
    },
    attach(port: BackgroundPort<'gloss-note'>): boolean {
      const tabId = port.sender?.tab?.id;
      if (typeof tabId !== 'number' || !port.sender?.url?.startsWith(deps.notePageUrl)) {
        port.disconnect();
        return false;
      }
      ports.set(tabId, port);
      port.onDisconnect(() => {
        if (ports.get(tabId) === port) ports.delete(tabId);
      });
      port.onMessage(async (m) => {
        const id = pending.get(tabId);
        if (!id) return;
        if (m.type === 'save') {
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
        } else {
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
    const note = acceptFramePort('gloss-note', port);
    if (note) notes.attach(note);
  });
  browser.tabs.onRemoved.addListener((tabId) => notes.forget(tabId));
}
