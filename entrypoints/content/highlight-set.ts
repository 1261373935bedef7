// This page's saved highlights as they stand in the live page: anchored (position → exact
// quote → fuzzy quote; utils/anchoring) into ranges and drawn by color, or orphaned. The
// highlight controller changes the set; every change redraws and reports the status.
import { anchorMany, buildTextIndex, selectorsFromHighlight } from '@/utils/anchoring';
import type { Highlight } from '@/utils/model/types';
import type { HighlightApi } from '@/utils/render/mention-highlights';
import { drawHighlights } from './draw-highlights';

/** Gloss's host element is not page text. */
export const EXCLUDE = 'gloss-root';

/** A saved highlight and where it stands in the page. */
export interface Placed {
  h: Highlight;
  range: Range;
}

export interface HighlightSet {
  /** Replaces the saved highlights and anchors them all. */
  reset(saved: Highlight[]): void;
  /** Anchors every saved highlight again (the page's text changed). */
  anchor(): void;
  /** Whether anchoring again could place more: an orphan, or a placed range that lost its text. */
  stale(): boolean;
  /** A new (or restored) highlight at `range`. */
  add(h: Highlight, range: Range): void;
  /** A highlight changed (color, note): same place, new data; redrawn unless `draw` is false. */
  update(h: Highlight, draw?: boolean): void;
  remove(id: string): void;
  /** The placed highlight drawn under viewport point (x, y), if any. */
  at(x: number, y: number): Placed | undefined;
  placed(): readonly Placed[];
  orphans(): readonly Highlight[];
  readonly size: number;
  /** Forgets everything and removes the drawing. */
  clear(): void;
}

export function createHighlightSet(
  doc: Document,
  api: HighlightApi | null,
  onStatus: (placed: number, orphans: Highlight[]) => void,
): HighlightSet {
  let saved: Highlight[] = [];
  let placed: Placed[] = [];
  let orphans: Highlight[] = [];

  const redraw = () => {
    if (api)
      drawHighlights(
        api,
        placed.map((p) => ({ id: p.h.id, color: p.h.color, range: p.range })),
      );
    onStatus(placed.length, orphans);
  };

  const anchor = () => {
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

  return {
    reset(list) {
      saved = list;
      anchor();
    },
    anchor,
    stale: () =>
      orphans.length > 0 || placed.some((x) => !x.range.startContainer.isConnected || x.range.toString().length === 0),
    add(h, range) {
      saved.push(h);
      placed.push({ h, range: range.cloneRange() });
      redraw();
    },
    update(h, draw = true) {
      saved = saved.map((x) => (x.id === h.id ? h : x));
      for (const p of placed) if (p.h.id === h.id) p.h = h;
      if (draw) redraw();
    },
    remove(id) {
      saved = saved.filter((x) => x.id !== id);
      placed = placed.filter((x) => x.h.id !== id);
      redraw();
    },
    at: (x, y) =>
      placed.find((p) =>
        Array.from(p.range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
      ),
    placed: () => placed,
    orphans: () => orphans,
    get size() {
      return saved.length;
    },
    clear() {
      saved = [];
      placed = [];
      orphans = [];
      if (api) drawHighlights(api, []);
    },
  };
}
