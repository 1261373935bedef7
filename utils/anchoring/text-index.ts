// Text index: the text of a root element as one string, mapped back to live text nodes.
//
// Every selector Gloss stores (TextPosition offsets, TextQuote context) is defined on
// this string, so describing and anchoring must build it the same way: the plain
// concatenation of the root's text nodes' `data`, in document order, skipping content
// a reader never sees as page text (<script>, <style>, <noscript>, <template>) and
// Gloss's own UI (the `exclude` selector, e.g. `gloss-root`). No separators are added
// between blocks: that is what W3C TextPosition selectors (and Hypothesis) use, and it
// keeps offsets stable whatever CSS does to the layout.
//
// Matching, however, runs on a *folded* view of the same text (see `foldText`): all
// whitespace removed and typographic variants unified, with a map back to raw offsets.
// Sites re-indent their markup, add newlines between blocks and swap straight quotes
// for curly ones between two visits; none of that should count as an edit of the quote.
import { isNonTextElement } from '../article/skip-tags';

/** A boundary point inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/** Options shared by everything that builds a text index. */
export interface TextIndexOptions {
  /** CSS selector for elements whose text is not page text (e.g. Gloss's host `gloss-root`). */
  exclude?: string | null;
}

/** The whitespace-free, typographically folded view of a text, with a map to raw offsets. */
export interface FoldedText {
  /** Folded characters. */
  text: string;
  /** `toRaw[i]` is the raw offset of folded character `i`. Sorted ascending. */
  toRaw: Int32Array;
}

// Tags whose text content is never rendered as page text.

// Node.nodeType values; the constants are not reachable without a global `Node`.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// compareDocumentPosition bits.
const DOCUMENT_POSITION_FOLLOWING = 4;
const DOCUMENT_POSITION_CONTAINED_BY = 16;

/**
 * Maps one character to its folded form: '' drops it (whitespace, invisible format
 * characters), otherwise a single replacement character. One-to-one or one-to-none keeps
 * the offset map a plain array.
 */
function foldChar(code: number): number {
  // ASCII fast path: whitespace dropped, everything else kept.
  if (code < 128) {
    return code === 32 || (code >= 9 && code <= 13) ? -1 : code;
  }
  switch (code) {
    case 0x00a0: // no-break space
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0x0085:
    case 0x00ad: // soft hyphen: invisible, inserted by hyphenation scripts
    case 0x200b: // zero-width space / joiners / BOM: invisible, inserted by CMSes
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return -1;
    case 0x2018: // ‘ ’ ‚ ‛ ′ -> '
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
      return 39;
    case 0x201c: // “ ” „ ‟ ″ -> "
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
      return 34;
    case 0x2010: // hyphens and dashes -> -
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 45;
    default:
      return code >= 0x2000 && code <= 0x200a ? -1 : code; // the typographic spaces
  }
}

/**
 * Folds a string for matching: whitespace and invisible characters removed, curly quotes
 * and dashes made plain. Apply to quotes and context before comparing them with
 * {@link TextIndex.folded}.
 */
export function foldText(raw: string): FoldedText {
  const codes = new Uint16Array(raw.length);
  const toRaw = new Int32Array(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = foldChar(raw.charCodeAt(i));
    if (c >= 0) {
      codes[n] = c;
      toRaw[n] = i;
      n++;
    }
  }
  // Build the string in chunks: String.fromCharCode with a huge spread overflows the stack.
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < n; i += CHUNK) {
    text += String.fromCharCode.apply(null, Array.from(codes.subarray(i, Math.min(n, i + CHUNK))));
  }
  return { text, toRaw: toRaw.slice(0, n) };
}

/** Folded string only (for quotes and context, where the offset map is not needed). */
export function fold(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = foldChar(raw.charCodeAt(i));
    if (c >= 0) out += String.fromCharCode(c);
  }
  return out;
}

/** Collapses whitespace runs to one space: how context is stored, readable and compact. */
export function collapseWhitespace(raw: string): string {
  return raw.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ');
}

/** Whether an element's subtree is excluded from the page text. */
function isSkipped(el: Element, exclude: string | null | undefined): boolean {
  if (isNonTextElement(el)) return true;
  return !!exclude && el.matches(exclude);
}

/** Index of the last element of `arr` that is <= `value` (arr sorted ascending); -1 if none. */
function lastAtMost(arr: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] <= value) {
      ans = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return ans;
}

/** Index of the first element of `arr` that is >= `value`; arr.length if none. */
export function firstAtLeast(arr: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text of a root element with a two-way map between offsets and text nodes.
 * A snapshot: rebuild it after the page's text changes.
 */
export class TextIndex {
  /** The concatenated text of all indexed text nodes. */
  readonly text: string;
  /** Indexed text nodes in document order. */
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset of `nodes[i]` in {@link text}. */
  readonly starts: Int32Array;
  private readonly nodeIndex: Map<Text, number>;
  private foldedView: FoldedText | null = null;

  constructor(
    readonly root: Element,
    nodes: Text[],
  ) {
    this.nodes = nodes;
    this.starts = new Int32Array(nodes.length);
    this.nodeIndex = new Map();
    const parts: string[] = [];
    let offset = 0;
    for (let i = 0; i < nodes.length; i++) {
      const data = nodes[i].data;
      this.starts[i] = offset;
      this.nodeIndex.set(nodes[i], i);
      parts.push(data);
      offset += data.length;
    }
    this.text = parts.join('');
  }

  /** The folded view used for matching; built on first use, then cached. */
  get folded(): FoldedText {
    if (!this.foldedView) this.foldedView = foldText(this.text);
    return this.foldedView;
  }

  /** Folded offset of the first folded character at or after raw offset `raw`. */
  rawToFolded(raw: number): number {
    return firstAtLeast(this.folded.toRaw, raw);
  }

  /**
   * Converts a text offset to a point in a text node. At a boundary between two nodes,
   * `affinity` decides: 'forward' (a range start) takes the next non-empty node,
   * 'backward' (a range end) the previous one, so a range never starts at the very end
   * of a node or ends at the start of the next.
   */
  pointAt(offset: number, affinity: 'forward' | 'backward' = 'forward'): TextPoint | null {
    if (this.nodes.length === 0 || offset < 0 || offset > this.text.length) return null;
    if (affinity === 'forward') {
      let i = lastAtMost(this.starts, offset);
      // Skip nodes that end at this offset (and empty ones) to start inside the next node.
      while (i < this.nodes.length - 1 && this.starts[i] + this.nodes[i].data.length <= offset) i++;
      return { node: this.nodes[i], offset: offset - this.starts[i] };
    }
    // Backward: the last node whose start is strictly before the offset contains its end.
    let i = lastAtMost(this.starts, offset - 1);
    if (i < 0) i = 0;
    return { node: this.nodes[i], offset: Math.min(offset - this.starts[i], this.nodes[i].data.length) };
  }

  /** Offset of a point inside an indexed text node, or null if the node is not indexed. */
  offsetOfText(node: Text, offset: number): number | null {
    const i = this.nodeIndex.get(node);
    if (i === undefined) return null;
    return this.starts[i] + Math.max(0, Math.min(offset, node.data.length));
  }

  /**
   * Offset of any DOM boundary point (container, offset): a point in an indexed text node
   * maps directly; any other point maps to the start of the first indexed text that
   * follows it (so a range selecting whole elements still covers their text).
   */
  boundaryToOffset(container: Node, offset: number): number {
    if (container.nodeType === TEXT_NODE) {
      const direct = this.offsetOfText(container as Text, offset);
      if (direct !== null) return direct;
      // A text node we skipped (inside <script>, excluded UI): use its edge.
      return offset > 0 ? this.offsetAfter(container) : this.offsetBefore(container);
    }
    const child = container.childNodes[offset];
    return child ? this.offsetBefore(child) : this.offsetAfter(container);
  }

  /** Offset where the text of `node` (or what follows it) begins. */
  private offsetBefore(node: Node): number {
    // First indexed text node that is `node`, inside it, or after it: a monotone predicate
    // over nodes in document order, so binary search.
    const i = this.firstNodeWhere((t) => {
      if (t === node) return true;
      const pos = node.compareDocumentPosition(t);
      return (pos & DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    return i < this.nodes.length ? this.starts[i] : this.text.length;
  }

  /** Offset just after the text of `node` and all its descendants. */
  private offsetAfter(node: Node): number {
    const i = this.firstNodeWhere((t) => {
      if (t === node) return false;
      const pos = node.compareDocumentPosition(t);
      return (pos & DOCUMENT_POSITION_FOLLOWING) !== 0 && (pos & DOCUMENT_POSITION_CONTAINED_BY) === 0;
    });
    return i < this.nodes.length ? this.starts[i] : this.text.length;
  }

  private firstNodeWhere(pred: (t: Text) => boolean): number {
    let lo = 0;
    let hi = this.nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pred(this.nodes[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** [start, end) of a DOM range in this index's text (clamped to the root). */
  rangeToOffsets(range: Range): { start: number; end: number } {
    const start = this.boundaryToOffset(range.startContainer, range.startOffset);
    const end = this.boundaryToOffset(range.endContainer, range.endOffset);
    return { start, end: Math.max(start, end) };
  }

  /** A live DOM Range over text offsets [start, end), or null if out of bounds. */
  toRange(start: number, end: number): Range | null {
    if (start < 0 || end > this.text.length || start > end) return null;
    const a = this.pointAt(start, 'forward');
    const b = start === end ? a : this.pointAt(end, 'backward');
    if (!a || !b) return null;
    const doc = this.root.ownerDocument;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }
}

/**
 * Builds the text index of `root`. Walks the tree by hand (firstChild/nextSibling)
 * rather than with a TreeWalker so that skipping a whole subtree costs nothing and no
 * global `NodeFilter` is needed.
 */
export function buildTextIndex(root: Element, opts: TextIndexOptions = {}): TextIndex {
  const nodes: Text[] = [];
  const exclude = opts.exclude ?? null;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      if ((node as Text).data.length > 0) nodes.push(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      descend = !isSkipped(node as Element, exclude);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Next sibling, or climb until an ancestor (below root) has one.
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return new TextIndex(root, nodes);
}
