// Highlights in the page: load this page's saved highlights and keep them anchored and drawn
// (highlight-set.ts), create highlights from the selection (toolbar, shortcut, context menu;
// highlight-draft.ts, selection.ts), and on a clicked highlight change its color, edit its
// note (in the extension-origin note frame) or delete it with undo (highlight-edit.ts).
// Storage goes through the injected store (messages to the background).
import type { Highlight, HighlightPatch, NewHighlight } from '@/utils/model/types';
import type { HighlightApi } from '@/utils/render/mention-highlights';
import type { HighlightColor } from '@/utils/model/settings';
import { messageOf } from '@/utils/model/message-of';
import { editActions } from './highlight-edit';
import { draftHighlight } from './highlight-draft';
import { createHighlightSet, type Placed } from './highlight-set';
import { isHighlightChord, pageSelection } from './selection';
import { createToolbar, type Toolbar, type ToolbarActions } from './toolbar';

export interface HighlightStore {
  create(h: NewHighlight): Promise<Highlight>;
  update(id: string, patch: HighlightPatch): Promise<Highlight>;
  remove(id: string): Promise<Highlight | null>;
  restore(h: Highlight): Promise<Highlight>;
  forPage(url: string): Promise<Highlight[]>;
}

export interface PageInfo {
  url: string;
  title: string;
  site: string;
}

export interface HighlightControllerDeps {
  win: Window;
  api: HighlightApi | null;
  store: HighlightStore;
  colors(): readonly HighlightColor[];
  /** Entities whose mentions overlap `range`: their global keys and names. */
  entitiesIn(range: Range): { keys: string[]; names: string[] };
  /** Anchoring finished: how many highlights are placed and which could not be. */
  onStatus(placed: number, orphans: Highlight[]): void;
  /** Open the note editor (extension-origin frame) for a saved highlight. */
  openNote(h: Highlight): void;
  /** Tell the reader something went wrong (e.g. storage full). */
  onError(message: string): void;
}

export interface HighlightController {
  load(page: PageInfo): Promise<void>;
  /** Reads this page's highlights again and redraws them (they changed on another device). */
  refresh(): Promise<void>;
  /** Forgets the page's highlights and removes their drawing (Gloss switched off here). */
  unload(): void;
  /** Re-anchor (content changed); cheap when nothing is orphaned. */
  retry(): Promise<void>;
  /** Highlights the current selection (shortcut / context menu): the default color. */
  highlightSelection(colorId?: string): Promise<Highlight | null>;
  /** A note was saved in the note frame. */
  noteSaved(h: Highlight): void;
  /**
   * Scrolls a placed highlight to the middle of the viewport and flashes it (the popup's
   * "open this result"). False when the highlight is not placed on this page.
   */
  show(id: string): boolean;
  placed(): readonly Placed[];
  orphans(): readonly Highlight[];
  dispose(): void;
}

/** Highlight name of the brief flash over a highlight opened from the popup (style.css). */
export const FLASH_NAME = 'gloss-hl-flash';
/** How long the flash stays (ms); style.css animates nothing, the registry entry just goes. */
export const FLASH_MS = 1600;

export function createHighlightController(deps: HighlightControllerDeps): HighlightController {
  const { win } = deps;
  const doc = win.document;
  let page: PageInfo | null = null;
  const set = createHighlightSet(doc, deps.api, deps.onStatus);
  let toolbar: Toolbar | null = null;
  const bar = () => (toolbar ??= createToolbar(doc));
  /** The highlight whose edit toolbar is open. */
  let editing: Placed | null = null;

  const create = async (range: Range, colorId: string): Promise<Highlight | null> => {
    if (!page || !doc.body) return null;
    const draft = draftHighlight(doc.body, range, page, colorId, deps.entitiesIn(range));
    if (!draft) return null;
    try {
      const h = await deps.store.create(draft);
      win.getSelection()?.removeAllRanges();
      set.add(h, range);
      return h;
    } catch (err) {
      fail(err);
      return null;
    }
  };

  /** Failures are told to the reader (storage full, page gone) and logged. */
  const fail = (err: unknown) => deps.onError(toastFailure(bar(), err));

  const defaultColor = () => deps.colors()[0]?.id ?? 'yellow';

  // Selection → toolbar (mouse or keyboard selection).
  const onSelectionEnd = () => {
    win.setTimeout(() => {
      const range = pageSelection(win);
      if (!range) {
        if (toolbar?.visible && !editing) toolbar.hide();
        return;
      }
      editing = null;
      bar().show(
        range,
        deps.colors(),
        hidingFirst(bar, {
          color: (c) => void create(range, c),
          note: () => void create(range, defaultColor()).then((h) => h && deps.openNote(h)),
          close: () => undefined,
        }),
      );
    }, 0);
  };

  // Click on a highlight → edit toolbar.
  const onClick = (e: MouseEvent) => {
    if (toolbar?.contains(e.target) || pageSelection(win)) return;
    const hit = set.at(e.clientX, e.clientY);
    if (!hit) {
      if (editing) toolbar?.hide();
      editing = null;
      return;
    }
    editing = hit;
    const actions = editActions(hit, { store: deps.store, set, toolbar: bar, openNote: deps.openNote, fail });
    bar().show(hit.range, deps.colors(), actions, hit.h.color, { focus: true });
  };

  const stopListening = listenToPage(win, {
    selectionEnd: onSelectionEnd,
    click: onClick,
    chord: () => void api.highlightSelection(),
  });

  let creating: Promise<Highlight | null> | null = null;
  const flash = createFlash(win, deps.api);
  const api: HighlightController = {
    async load(p) {
      page = p;
      set.reset(await deps.store.forPage(p.url));
    },
    async refresh() {
      const p = page;
      if (!p) return;
      const fresh = await deps.store.forPage(p.url);
      if (page === p) set.reset(fresh); // not if the reader navigated meanwhile
    },
    unload() {
      page = null;
      set.clear();
      toolbar?.hide();
      flash.stop();
    },
    async retry() {
      // Ranges of placed highlights follow DOM edits, but a re-render may have replaced their
      // nodes: re-anchor everything when anything is orphaned or detached.
      if (page && set.size > 0 && set.stale()) set.anchor();
    },
    async highlightSelection(colorId) {
      // One highlight per gesture, even if the command and the page's key event both arrive.
      if (creating) return creating;
      const range = pageSelection(win);
      if (!range) return null;
      toolbar?.hide();
      creating = create(range, colorId ?? defaultColor()).finally(() => (creating = null));
      return creating;
    },
    noteSaved: (h) => set.update(h, false),
    show(id) {
      const hit = set.placed().find((p) => p.h.id === id);
      if (hit) flash.over(hit.range);
      return hit !== undefined;
    },
    placed: () => set.placed(),
    orphans: () => set.orphans(),
    dispose() {
      stopListening();
      toolbar?.destroy();
    },
  };
  return api;
}

/**
 * A highlight opened from the popup: scrolled to the middle of the viewport, with a brief
 * flash over it (one registry entry, gone after FLASH_MS).
 */
function createFlash(win: Window, api: HighlightApi | null) {
  let timer: number | null = null;
  return {
    over(range: Range) {
      const start = range.startContainer;
      const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
      el?.scrollIntoView({ block: 'center' });
      if (!api) return;
      api.registry.set(FLASH_NAME, api.create(range));
      if (timer !== null) win.clearTimeout(timer);
      timer = win.setTimeout(() => {
        timer = null;
        api.registry.delete(FLASH_NAME);
      }, FLASH_MS);
    },
    stop() {
      api?.registry.delete(FLASH_NAME);
    },
  };
}

/** `actions` that first hide the toolbar. */
function hidingFirst(bar: () => Toolbar, actions: ToolbarActions): ToolbarActions {
  return {
    color: (c) => {
      bar().hide();
      actions.color(c);
    },
    note: () => {
      bar().hide();
      actions.note();
    },
    close: () => bar().hide(),
  };
}

/**
 * The page events that drive highlighting: a selection ends (mouse up, Shift or arrow keys), a
 * click (on a highlight: its edit toolbar), and the highlight chord. The browser delivers the
 * "highlight-selection" command (Alt+Shift+H, remappable) to the background, which forwards
 * it; where the browser hands the key to the page instead (automation, some keyboard
 * layouts), the default chord still works from the page. Returns the function that stops.
 */
function listenToPage(
  win: Window,
  on: { selectionEnd(): void; click(e: MouseEvent): void; chord(): void },
): () => void {
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.shiftKey || e.key.startsWith('Arrow')) on.selectionEnd();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (isHighlightChord(e) && pageSelection(win)) {
      e.preventDefault();
      on.chord();
    }
  };
  const listeners = [
    ['mouseup', () => on.selectionEnd()],
    ['keyup', onKeyUp],
    ['click', (e: MouseEvent) => on.click(e)],
    ['keydown', onKeyDown],
  ] as const;
  for (const [type, cb] of listeners) win.addEventListener(type, cb as EventListener, true);
  return () => {
    for (const [type, cb] of listeners) win.removeEventListener(type, cb as EventListener, true);
  };
}

/** Shows the reader why a store call failed; returns the message (for the log). */
function toastFailure(toolbar: Toolbar, err: unknown): string {
  const message = messageOf(err);
  toolbar.toast(`Gloss could not save your highlight: ${message}`, 'OK', () => undefined, { ms: 12000 });
  return message;
}
