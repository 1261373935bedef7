// Highlights in the page: load this page's saved highlights, anchor them (position → exact
// quote → fuzzy quote; utils/anchoring), draw them, retry orphans when the page's content
// changes; create highlights from the selection (toolbar, shortcut, context menu); change
// color, edit the note (in the extension-origin note frame), delete with undo. Storage goes
// through the injected store (messages to the background).
import { anchorMany, buildTextIndex, describeOffsets, selectorsFromHighlight, type TextIndex } from '@/utils/anchoring';
import type { Highlight } from '@/utils/model/types';
import type { HighlightApi } from '@/utils/render/mention-highlights';
import type { HighlightColor } from '@/utils/model/settings';
import type { HighlightPatch, NewHighlight } from '@/utils/model/types';
import { drawHighlights } from './draw-highlights';
import { createToolbar, type Toolbar } from './toolbar';
import { messageOf } from '@/utils/model/message-of';

/** Gloss's host element is not page text. */
const EXCLUDE = 'gloss-root';

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

interface Placed {
  h: Highlight;
  range: Range;
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
  let saved: Highlight[] = [];
  let placed: Placed[] = [];
  let orphans: Highlight[] = [];
  let toolbar: Toolbar | null = null;
  const bar = () => (toolbar ??= createToolbar(doc));

  const redraw = () => {
    if (deps.api)
      drawHighlights(
        deps.api,
        placed.map((p) => ({ id: p.h.id, color: p.h.color, range: p.range })),
      );
    deps.onStatus(placed.length, orphans);
  };

  const anchorAll = () => {
    const body = doc.body;
    if (!body) return;
    const index = buildTextIndex(body, { exclude: EXCLUDE });
    const results = anchorMany(body, saved.map(selectorsFromHighlight), { index, exclude: EXCLUDE });
    placed = [];
    orphans = [];
    results.forEach((r, i) => {
      const h = saved[i]!;
      if (r.status === 'anchored') placed.push({ h, range: r.range });
      else orphans.push(h);
    });
    redraw();
  };

  const selectionRange = (): Range | null => {
    const sel = win.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const el =
      range.commonAncestorContainer.nodeType === 1
        ? (range.commonAncestorContainer as Element)
        : range.commonAncestorContainer.parentElement;
    // Text typed into the page's own fields is not page text to highlight.
    if (!el || el.closest('input, textarea, [contenteditable=""], [contenteditable="true"], gloss-root')) return null;
    return range;
  };

  const create = async (range: Range, colorId: string): Promise<Highlight | null> => {
    if (!page || !doc.body) return null;
    const index: TextIndex = buildTextIndex(doc.body, { exclude: EXCLUDE });
    const { start, end } = index.rangeToOffsets(range);
    const selectors = describeOffsets(index, start, end);
    if (!selectors?.quote.exact.trim()) return null;
    const ents = deps.entitiesIn(range);
    try {
      const h = await deps.store.create({
        url: page.url,
        title: page.title,
        site: page.site,
        quote: selectors.quote.exact,
        prefix: selectors.quote.prefix,
        suffix: selectors.quote.suffix,
        start: selectors.position?.start ?? start,
        end: selectors.position?.end ?? end,
        color: colorId,
        note: '',
        tags: [],
        entityIds: ents.keys,
        entityNames: ents.names,
      });
      saved.push(h);
      placed.push({ h, range: range.cloneRange() });
      win.getSelection()?.removeAllRanges();
      redraw();
      return h;
    } catch (err) {
      fail(err);
      return null;
    }
  };

  /** Failures are told to the reader (storage full, page gone) and logged. */
  function fail(err: unknown) {
    const message = messageOf(err);
    bar().toast(`Gloss could not save your highlight: ${message}`, 'OK', () => undefined, { ms: 12000 });
    deps.onError(message);
  }

  const defaultColor = () => deps.colors()[0]?.id ?? 'yellow';

  // Selection → toolbar (mouse or keyboard selection).
  const onSelectionEnd = () => {
    win.setTimeout(() => {
      const range = selectionRange();
      if (!range) {
        if (toolbar?.visible && !editing) toolbar.hide();
        return;
      }
      editing = null;
      bar().show(range, deps.colors(), {
        color: (c) => {
          bar().hide();
          void create(range, c);
        },
        note: () => {
          bar().hide();
          void create(range, defaultColor()).then((h) => h && deps.openNote(h));
        },
        close: () => bar().hide(),
      });
    }, 0);
  };

  // Click on a highlight → edit toolbar.
  let editing: Placed | null = null;
  const onClick = (e: MouseEvent) => {
    if (toolbar?.contains(e.target)) return;
    if (selectionRange()) return;
    const hit = placed.find((p) =>
      Array.from(p.range.getClientRects()).some(
        (r) => e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom,
      ),
    );
    if (!hit) {
      if (editing) {
        editing = null;
        toolbar?.hide();
      }
      return;
    }
    editing = hit;
    bar().show(
      hit.range,
      deps.colors(),
      {
        color: async (c) => {
          bar().hide();
          try {
            const h = await deps.store.update(hit.h.id, { color: c });
            hit.h = h;
            saved = saved.map((x) => (x.id === h.id ? h : x));
            redraw();
          } catch (err) {
            fail(err);
          }
        },
        note: () => {
          bar().hide();
          deps.openNote(hit.h);
        },
        remove: async () => {
          bar().hide();
          const removed = await deps.store.remove(hit.h.id).catch((err: unknown) => {
            fail(err);
            return null;
          });
          if (!removed) return;
          saved = saved.filter((x) => x.id !== removed.id);
          placed = placed.filter((x) => x.h.id !== removed.id);
          redraw();
          bar().toast(
            'Highlight deleted',
            'Undo',
            async () => {
              const back = await deps.store.restore(removed);
              saved.push(back);
              placed.push({ h: back, range: hit.range });
              redraw();
            },
            { focus: true },
          );
        },
        close: () => bar().hide(),
      },
      hit.h.color,
      { focus: true },
    );
  };

  const onKeyUp = (e: KeyboardEvent) => {
    if (e.shiftKey || e.key.startsWith('Arrow')) onSelectionEnd();
  };
  // The browser delivers the "highlight-selection" command (Alt+Shift+H, remappable) to the
  // background, which forwards it here. Where the browser hands the key to the page instead
  // (automation, some keyboard layouts), the default chord still works from the page.
  const onKeyDown = (e: KeyboardEvent) => {
    // Only the reader's own key presses: a page script must not save highlights by faking them.
    if (!e.isTrusted) return;
    if (
      e.altKey &&
      e.shiftKey &&
      !e.ctrlKey &&
      !e.metaKey &&
      (e.code === 'KeyH' || e.key === 'H' || e.key === 'h') &&
      selectionRange()
    ) {
      e.preventDefault();
      void api.highlightSelection();
    }
  };
  win.addEventListener('mouseup', onSelectionEnd, true);
  win.addEventListener('keyup', onKeyUp, true);
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKeyDown, true);

  let creating: Promise<Highlight | null> | null = null;
  let flashTimer: number | null = null;
  const api: HighlightController = {
    async load(p) {
      page = p;
      saved = await deps.store.forPage(p.url);
      anchorAll();
    },
    async refresh() {
      if (!page) return;
      const p = page;
      const fresh = await deps.store.forPage(p.url);
      if (page !== p) return; // navigated meanwhile
      saved = fresh;
      anchorAll();
    },
    unload() {
      page = null;
      saved = [];
      placed = [];
      orphans = [];
      toolbar?.hide();
      if (deps.api) {
        drawHighlights(deps.api, []);
        deps.api.registry.delete(FLASH_NAME);
      }
    },
    async retry() {
      if (!page || saved.length === 0) return;
      // Ranges of placed highlights follow DOM edits, but a re-render may have replaced their
      // nodes: re-anchor everything when anything is orphaned or detached.
      if (
        orphans.length === 0 &&
        placed.every((x) => x.range.startContainer.isConnected && x.range.toString().length > 0)
      )
        return;
      anchorAll();
    },
    async highlightSelection(colorId) {
      // One highlight per gesture, even if the command and the page's key event both arrive.
      if (creating) return creating;
      const range = selectionRange();
      if (!range) return null;
      toolbar?.hide();
      creating = create(range, colorId ?? defaultColor()).finally(() => (creating = null));
      return creating;
    },
    noteSaved(h) {
      saved = saved.map((x) => (x.id === h.id ? h : x));
      for (const p of placed) if (p.h.id === h.id) p.h = h;
    },
    show(id) {
      const hit = placed.find((p) => p.h.id === id);
      if (!hit) return false;
      const start = hit.range.startContainer;
      const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
      el?.scrollIntoView({ block: 'center' });
      if (deps.api) {
        deps.api.registry.set(FLASH_NAME, deps.api.create(hit.range));
        if (flashTimer !== null) win.clearTimeout(flashTimer);
        flashTimer = win.setTimeout(() => {
          flashTimer = null;
          deps.api?.registry.delete(FLASH_NAME);
        }, FLASH_MS);
      }
      return true;
    },
    placed: () => placed,
    orphans: () => orphans,
    dispose() {
      win.removeEventListener('mouseup', onSelectionEnd, true);
      win.removeEventListener('keyup', onKeyUp, true);
      win.removeEventListener('click', onClick, true);
      win.removeEventListener('keydown', onKeyDown, true);
      toolbar?.destroy();
    },
  };
  return api;
}
