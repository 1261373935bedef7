// The TextMap: an article's text as one normalized string in which every character that
// came from the page knows the live text node and offset it came from. Recognition runs on
// the string; drawing (CSS Custom Highlight ranges), hit-testing and highlights go back to
// the live DOM through it. Blocks are separated ("\n\n") because Readability's own
// textContent glues them ("Thursday.Anthony Wallace") and glued tokens ruin recognition.
import { isNonTextElement, NON_TEXT_TAGS } from './skip-tags';

/** Elements whose boundaries separate paragraphs of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** The non-text elements' tag names (upper case, as HTML elements' `tagName`s are). */
const NON_TEXT_UPPER = new Set([...NON_TEXT_TAGS].map((t) => t.toUpperCase()));

/**
 * Whether an element with this `tagName` can be a non-text element (skip-tags.ts, which reads
 * its `localName`: one more read through Firefox's Xray wrapper, so only read when this says
 * maybe). Without a prefix, the local name is the tag name or its lower case.
 */
function mayBeNonText(tag: string): boolean {
  return NON_TEXT_UPPER.has(tag.toUpperCase()) || tag.includes(':');
}

/** Subtrees whose text is never article text. */
/** Embedded content, whose text is not the article's (beside the non-text elements of skip-tags.ts). */
const EMBEDDED_TAGS = new Set(['svg', 'SVG', 'MATH', 'IFRAME', 'OBJECT']);

/**
 * Per UTF-16 code unit: 0 = ordinary, 1 = read as a plain space (all Unicode spaces incl.
 * &nbsp;), 2 = dropped (soft hyphen, zero-width space/joiners, word joiner, BOM).
 * A lookup by char code: this loop runs over every character of every article.
 */
function charClass(c: number): 0 | 1 | 2 {
  if (c > 0x20 && c < 0x7f) return 0;
  if (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x85
  )
    return 1;
  if (c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) return 2;
  return 0;
}

/** The characters charClass does not call ordinary (class 1 or 2). */
const SPECIAL = /[\t-\r \u0085\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;

let RAMP = new Int32Array(0);
/** 0, 1, 2, … up to at least `n`: the offsets of a run are a slice of it. */
function ramp(n: number): Int32Array {
  if (RAMP.length < n) {
    RAMP = new Int32Array(Math.max(n, 2 * RAMP.length, 4096));
    for (let k = 0; k < RAMP.length; k++) RAMP[k] = k;
  }
  return RAMP;
}

export interface TextMap {
  /** The normalized text: single spaces, "\n" for <br>, "\n\n" between blocks. */
  readonly text: string;
  /** Live text nodes, indexed by `charNode`. */
  readonly nodes: readonly Text[];
  /** Per character of `text`: index into `nodes`, or -1 for a separator Gloss inserted. */
  readonly charNode: Int32Array;
  /** Per character of `text`: offset inside its node (UTF-16), or -1. */
  readonly charOffset: Int32Array;
}

/**
 * Resolves a node of the tree being walked to the live text node it stands for, or null
 * when it has none (then its characters are not mapped). For a live-DOM walk this is the
 * identity; for Readability's output it is the clone → live correspondence.
 */
export type LiveTextResolver = (node: Text) => Text | null;

/**
 * Builds a TextMap over the text of `root` (a live element, or Readability's article element
 * whose text nodes `resolve` maps back to live ones).
 */
export function buildTextMap(
  root: Node,
  resolve: LiveTextResolver = (n) => n,
  opts: {
    dropUnresolved?: boolean;
    /** Elements whose text is left out (page furniture); they still separate the text around them. */
    skip?: (el: Element, tagName: string) => boolean;
  } = {},
): TextMap {
  const w = new MapWriter();
  const nodes: Text[] = [];
  const nodeIndex = new Map<Text, number>();
  // 0 = nothing pending, 1 = a space is pending, 2 = a line break, 3 = a paragraph break.
  let pending = 0;
  let pendingNode = -1;
  let pendingOffset = -1;
  // An element boundary was crossed since the last text: text from two adjacent elements
  // with no space between them ("Kristi Noem" + "Kristi Lynn …") must not glue into one word.
  let crossed = false;
  let lastCode = 0;

  const breakAt = (level: number) => {
    if (w.len > 0 && level > pending) {
      pending = level;
      pendingNode = -1;
      pendingOffset = -1;
    }
  };
  const flush = () => {
    if (pending === 0) return;
    w.separator(pending === 3 ? '\n\n' : pending === 2 ? '\n' : ' ', pendingNode, pendingOffset);
    pending = 0;
  };

  const visitText = (node: Text) => {
    const live = resolve(node);
    if (!live && opts.dropUnresolved) return;
    let idx = -1;
    if (live) {
      idx = nodeIndex.get(live) ?? -1;
      if (idx < 0) {
        idx = nodes.length;
        nodes.push(live);
        nodeIndex.set(live, idx);
      }
    }
    const data = node.data;
    w.reserve(data.length + 2);
    // Run by run, not character by character: this code runs cold on every page load, where
    // a per-character loop in the interpreter cost more than everything else in the map.
    // SPECIAL finds the next space or dropped character; the ordinary run before it is
    // copied with native fill/set.
    let i = 0;
    while (i < data.length) {
      SPECIAL.lastIndex = i;
      const m = SPECIAL.exec(data);
      const j = m ? m.index : data.length;
      if (j > i) {
        if (crossed && pending === 0 && w.len > 0 && gluesAcross(lastCode, data.charCodeAt(i))) {
          pending = 1;
          pendingNode = -1;
          pendingOffset = -1;
        }
        crossed = false;
        flush();
        w.run(data, i, j, idx);
        lastCode = data.charCodeAt(j - 1);
      }
      if (!m) break;
      if (charClass(data.charCodeAt(j)) === 1 && w.len > 0 && pending === 0) {
        pending = 1;
        pendingNode = idx;
        pendingOffset = idx < 0 ? -1 : j;
      }
      i = j + 1;
    }
  };

  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        visitText(child as Text);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName;
        if ((mayBeNonText(tag) && isNonTextElement(el)) || EMBEDDED_TAGS.has(tag)) continue;
        if (tag === 'BR') {
          breakAt(2);
          continue;
        }
        const block = BLOCK_TAGS.has(tag) || BLOCK_TAGS.has(tag.toUpperCase());
        // The tag name goes along: the walk has read it already (one read less through Firefox's Xray wrapper).
        if (opts.skip?.(el, tag)) {
          breakAt(block ? 3 : 1);
          continue;
        }
        if (block) breakAt(3);
        crossed = true;
        walk(el);
        crossed = true;
        if (block) breakAt(3);
      }
    }
  };
  walk(root);
  return w.finish(nodes);
}

/**
 * The map being written: the text as chunks, the per-character maps in growable typed
 * arrays (this runs over every character of every article on the page's main thread).
 */
class MapWriter {
  private readonly out: string[] = [];
  len = 0;
  private charNode = new Int32Array(4096);
  private charOffset = new Int32Array(4096);

  /** Makes room for `extra` more characters. */
  reserve(extra: number): void {
    if (this.len + extra <= this.charNode.length) return;
    let cap = this.charNode.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const n = new Int32Array(cap);
    n.set(this.charNode.subarray(0, this.len));
    this.charNode = n;
    const o = new Int32Array(cap);
    o.set(this.charOffset.subarray(0, this.len));
    this.charOffset = o;
  }

  /** A separator Gloss writes: its first character maps to (node, offset), a second one to nothing. */
  separator(sep: string, node: number, offset: number): void {
    this.reserve(sep.length);
    this.out.push(sep);
    this.charNode[this.len] = node;
    this.charOffset[this.len] = offset;
    this.len++;
    if (sep.length === 2) {
      this.charNode[this.len] = -1;
      this.charOffset[this.len] = -1;
      this.len++;
    }
  }

  /** data[i, j) of node `idx` (-1: no live node), copied with native fill/set; room was reserved. */
  run(data: string, i: number, j: number, idx: number): void {
    const len = this.len;
    this.out.push(data.slice(i, j));
    this.charNode.fill(idx, len, len + (j - i));
    if (idx < 0) this.charOffset.fill(-1, len, len + (j - i));
    else this.charOffset.set(ramp(j).subarray(i, j), len);
    this.len = len + (j - i);
  }

  finish(nodes: Text[]): TextMap {
    return {
      text: this.out.join(''),
      nodes,
      charNode: this.charNode.slice(0, this.len),
      charOffset: this.charOffset.slice(0, this.len),
    };
  }
}

const LOWER_OR_END = /[\p{Ll}\p{N}.,;:!?)\]"”’]/u;

/** LOWER_OR_END for an ASCII code: a-z, 0-9, or . , ; : ! ? ) ] " */
function asciiLowerOrEnd(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || '.,;:!?)]"'.includes(String.fromCharCode(c));
}
const UPPER = /\p{Lu}/u;

/** Whether two runs of text meeting at an element boundary would glue into one word: "…Noem" + "Kristi…". */
function gluesAcross(before: number, after: number): boolean {
  // ASCII on both sides (nearly always) without the Unicode regexes, whose first runs cost
  // milliseconds in a fresh Firefox content script: the same verdict.
  if (before < 0x80 && after < 0x80) return asciiLowerOrEnd(before) && after >= 0x41 && after <= 0x5a;
  return LOWER_OR_END.test(String.fromCharCode(before)) && UPPER.test(String.fromCharCode(after));
}

/**
 * The map without the characters in `ranges` (sorted, non-overlapping, half-open): furniture
 * taken out of the text recognition reads. Line breaks left around a removed line collapse to
 * one paragraph break, so no run of empty lines is left behind.
 */
export function dropRanges(map: TextMap, ranges: ReadonlyArray<readonly [number, number]>): TextMap {
  if (ranges.length === 0) return map;
  const { text } = map;
  const out: string[] = [];
  const charNode = new Int32Array(text.length);
  const charOffset = new Int32Array(text.length);
  let len = 0;
  let newlines = 0;
  let r = 0;
  let runStart = -1;
  const flushRun = (end: number) => {
    if (runStart >= 0 && end > runStart) out.push(text.slice(runStart, end));
    runStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    while (r < ranges.length && ranges[r]![1] <= i) r++;
    const dropped = r < ranges.length && ranges[r]![0] <= i;
    const nl = text.charCodeAt(i) === 10;
    if (dropped || (nl && (len === 0 || newlines >= 2))) {
      flushRun(i);
      continue;
    }
    newlines = nl ? newlines + 1 : 0;
    if (runStart < 0) runStart = i;
    charNode[len] = map.charNode[i]!;
    charOffset[len] = map.charOffset[i]!;
    len++;
  }
  flushRun(text.length);
  return {
    text: out.join(''),
    nodes: map.nodes,
    charNode: charNode.slice(0, len),
    charOffset: charOffset.slice(0, len),
  };
}

/** A DOM position: a live text node and an offset in it. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** The live DOM point of the first mapped character at or after `index`, or null. */
export function domPointAfter(map: TextMap, index: number, limit = map.text.length): DomPoint | null {
  for (let i = Math.max(0, index); i < limit; i++) {
    const n = map.charNode[i]!;
    if (n >= 0) return { node: map.nodes[n]!, offset: map.charOffset[i]! };
  }
  return null;
}

/** The live DOM point just after the last mapped character before `index`, or null. */
export function domPointBefore(map: TextMap, index: number, floor = 0): DomPoint | null {
  for (let i = Math.min(index, map.text.length) - 1; i >= floor; i--) {
    const n = map.charNode[i]!;
    if (n >= 0) return { node: map.nodes[n]!, offset: map.charOffset[i]! + 1 };
  }
  return null;
}

/**
 * A live Range covering text[start, end), or null when none of its characters is mapped.
 * `doc` creates the range (the live document; passed in to keep this module pure).
 */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const a = domPointAfter(map, start, end);
  const b = domPointBefore(map, end, start);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/**
 * The text index of a live DOM point (text node + offset), or -1 when that node is not in the
 * map. Used by hit-testing (caret position → character of the article text).
 */
export function indexOfDomPoint(map: TextMap, node: Node, offset: number): number {
  const n = map.nodes.indexOf(node as Text);
  if (n < 0) return -1;
  let best = -1;
  for (let i = 0; i < map.charNode.length; i++) {
    if (map.charNode[i] !== n) continue;
    if (map.charOffset[i]! <= offset) best = i;
    else break;
  }
  return best;
}

/** Whitespace-separated words, as people count them. */
export function countWords(s: string): number {
  const m = s.match(/[^\s\u00A0]+/g);
  return m ? m.length : 0;
}
