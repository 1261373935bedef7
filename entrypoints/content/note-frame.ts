// The note editor's frame in the page: an extension-origin iframe (note.html) in Gloss's host,
// placed next to the highlight it annotates. What the reader types stays inside the frame.
import { placeCard } from '@/utils/hover/place-card';
import { createCardHost, type CardHost } from './card-host';

export interface NoteFrame {
  open(range: Range): Promise<void>;
  close(): void;
  destroy(): void;
}

export function createNoteFrame(doc: Document, noteUrl: string): NoteFrame {
  let host: CardHost | null = null;
  return {
    async open(range) {
      host ??= createCardHost(doc, noteUrl);
      host.resize(340, 190);
      host.prepare();
      const p = await placeCard(range, host.iframe);
      host.show(p.x, p.y, p.maxHeight);
      host.iframe.focus();
    },
    close() {
      host?.hide();
    },
    destroy() {
      host?.destroy();
    },
  };
}
