// Pointer position → the mention under it, without touching the page's DOM. Mentions are drawn
// with the CSS Custom Highlight API, so there is no element to receive mouse events: the caret
// position under the pointer gives a text node and offset, a per-node index gives the mentions
// of that node (binary search), and the mention's client rects confirm the hit; the caret alone
// snaps to the nearest character, which gives false hits at line ends and in the space before a
// name. When something transparent covers the text (sites put click-catching overlays over
// articles), the caret lands on the overlay: then the elements under the point say which
// paragraph to look in, and the same rect check decides.
import type { TextMap } from '../article/text-map';
import type { DrawnMention } from '../render/mention-highlights';

/** A caret position as `caretPositionFromPoint` returns it. */
export interface CaretPositionLike {
  offsetNode: Node;
  offset: number;
}

/** The parts of `Document` hit-testing needs (the live document, or a fake in tests). */
export interface HitTestDocument {
  caretPositionFromPoint?(x: number, y: number): CaretPositionLike | null;
  caretRangeFromPoint?(x: number, y: number): Pick<Range, 'startContainer' | 'startOffset'> | null;
  elementsFromPoint(x: number, y: number): Element[];
}

export interface HitTester {
  /** The mention whose text is under (x, y) in viewport coordinates, or null. */
  hit(x: number, y: number): DrawnMention | null;
  /** Re-indexes after the mentions were redrawn (and, when given, the text map rebuilt). */
  rebuild(mentions: readonly DrawnMention[], map?: TextMap): void;
}

/** A mention's part inside one text node: offsets [from, to) of that node. */
interface NodeSpan {
  from: number;
  to: number;
  mention: DrawnMention;
}

/** Builds the index: text node → the spans of mentions in it, sorted by offset. */
function buildIndex(map: TextMap, mentions: readonly DrawnMention[]): Map<Text, NodeSpan[]> {
  const index = new Map<Text, NodeSpan[]>();
  for (const m of mentions) {
    // A mention can cross nodes ("<b>Joe</b> Biden"): one span per node it touches.
    let node = -1;
    let from = 0;
    let to = 0;
    const flush = () => {
      if (node < 0) return;
      const text = map.nodes[node]!;
      let list = index.get(text);
      if (!list) index.set(text, (list = []));
      list.push({ from, to, mention: m });
    };
    const end = Math.min(m.end, map.text.length);
    for (let i = Math.max(0, m.start); i < end; i++) {
      const n = map.charNode[i]!;
      const off = map.charOffset[i]!;
      if (n < 0 || off < 0) continue;
      if (n !== node) {
        flush();
        node = n;
        from = off;
      }
      to = off + 1;
    }
    flush();
  }
  for (const list of index.values()) list.sort((a, b) => a.from - b.from);
  return index;
}

/** Whether (x, y) lies inside one of the range's client rects (edges included). */
export function rangeContainsPoint(range: Pick<Range, 'getClientRects'>, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.width === 0 && r.height === 0) continue;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** Index of the last span whose `from` ≤ offset, or -1. */
function lastStartingAtOrBefore(spans: readonly NodeSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.from <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The text node and offset of the caret under (x, y), or the node it landed on. */
function caretAt(doc: HitTestDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * Creates a hit tester over the drawn mentions. `doc` is the live document (or anything with
 * its caret and `elementsFromPoint` methods); `map` is the TextMap the mentions were drawn from.
 */
export function createHitTester(doc: HitTestDocument, map: TextMap, mentions: readonly DrawnMention[]): HitTester {
  let currentMap = map;
  let index = buildIndex(currentMap, mentions);

  /** Checks the spans of `node` around `offset` with the rects. */
  const hitInNode = (offset: number, spans: readonly NodeSpan[], x: number, y: number): DrawnMention | null => {
    const i = lastStartingAtOrBefore(spans, offset);
    // The caret sits at a boundary: offset === to means the pointer may be on the last
    // character of the span before, so look at the neighbours too; the rects decide.
    for (const j of [i, i - 1, i + 1]) {
      const s = spans[j];
      if (!s || offset < s.from - 1 || offset > s.to) continue;
      if (rangeContainsPoint(s.mention.range, x, y)) return s.mention;
    }
    return null;
  };

  /** Overlay fallback: rect-test the mentions inside the innermost element under the point. */
  const hitUnderOverlay = (x: number, y: number): DrawnMention | null => {
    const stack = doc.elementsFromPoint(x, y);
    for (const el of stack) {
      const seen = new Set<DrawnMention>();
      for (const [text, spans] of index) {
        if (!el.contains(text)) continue;
        for (const s of spans) seen.add(s.mention);
      }
      if (seen.size === 0) continue;
      for (const m of seen) if (rangeContainsPoint(m.range, x, y)) return m;
      // The innermost element holding mentions was tested; its ancestors hold only more of
      // the same, or text that is not under the point.
      return null;
    }
    return null;
  };

  return {
    hit(x, y) {
      const caret = caretAt(doc, x, y);
      if (caret && caret.node.nodeType === 3) {
        const spans = index.get(caret.node as Text);
        // Text Gloss did not mark (or not article text): nothing under the pointer.
        return spans ? hitInNode(caret.offset, spans, x, y) : null;
      }
      return hitUnderOverlay(x, y);
    },
    rebuild(next, nextMap) {
      if (nextMap) currentMap = nextMap;
      index = buildIndex(currentMap, next);
    },
  };
}

/**
 * Coalesces calls to one per animation frame, with the latest arguments (pointer moves come
 * faster than frames). `cancel()` drops a pending call.
 */
export function throttleFrame<A extends unknown[], H = unknown>(
  fn: (...args: A) => void,
  requestFrame: (cb: () => void) => H,
  cancelFrame?: (handle: H) => void,
): ((...args: A) => void) & { cancel(): void } {
  let pending: A | null = null;
  let handle: H | undefined;
  const throttled = (...args: A) => {
    const scheduled = pending !== null;
    pending = args;
    if (scheduled) return;
    handle = requestFrame(() => {
      const a = pending;
      pending = null;
      handle = undefined;
      if (a) fn(...a);
    });
  };
  throttled.cancel = () => {
    if (pending !== null && cancelFrame && handle !== undefined) cancelFrame(handle);
    pending = null;
    handle = undefined;
  };
  return throttled;
}
