// What the toolbar does on a saved highlight the reader clicked: change its color, open its
// note in the note frame, delete it with an "Undo" toast. Storage is the injected store
// (messages to the background); the page's drawing follows through the highlight set.
import type { Highlight, HighlightPatch } from '@/utils/model/types';
import type { HighlightSet, Placed } from './highlight-set';
import type { Toolbar, ToolbarActions } from './toolbar';

/** The store calls editing needs. */
export interface EditStore {
  update(id: string, patch: HighlightPatch): Promise<Highlight>;
  remove(id: string): Promise<Highlight | null>;
  restore(h: Highlight): Promise<Highlight>;
}

export interface EditDeps {
  store: EditStore;
  set: HighlightSet;
  toolbar(): Toolbar;
  openNote(h: Highlight): void;
  /** Tells the reader a store call failed. */
  fail(err: unknown): void;
}

/** The toolbar's actions for the placed highlight `hit`. */
export function editActions(hit: Placed, d: EditDeps): ToolbarActions {
  const hide = () => d.toolbar().hide();
  return {
    color: async (c) => {
      hide();
      try {
        const h = await d.store.update(hit.h.id, { color: c });
        hit.h = h;
        d.set.update(h);
      } catch (err) {
        d.fail(err);
      }
    },
    note: () => {
      hide();
      d.openNote(hit.h);
    },
    remove: async () => {
      hide();
      const removed = await d.store.remove(hit.h.id).catch((err: unknown) => {
        d.fail(err);
        return null;
      });
      if (!removed) return;
      d.set.remove(removed.id);
      d.toolbar().toast('Highlight deleted', 'Undo', async () => d.set.add(await d.store.restore(removed), hit.range), {
        focus: true,
      });
    },
    close: hide,
  };
}
