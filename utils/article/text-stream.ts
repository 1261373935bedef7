// The text stream of a page: the text nodes under <body> that can hold readable text (not
// inside <script>, <style>, <noscript> or <template>), in document order, with each node's
// start offset in their concatenation. The live page and a copy of it parsed elsewhere from
// its serialized HTML have the same stream (serializing and re-parsing may merge adjacent
// text nodes, never split one, and never moves text), so a position in the copy's stream
// names the same characters in the live page. <noscript> is left out because the live page
// holds its content as one raw text node while a parser without scripting builds elements.
import { isNonTextElement, NON_TEXT_TAGS } from './skip-tags';

export interface TextStream {
  readonly nodes: readonly Text[];
  /** starts[i] is the offset of nodes[i]'s first character in `text`. */
  readonly starts: readonly number[];
  /** Every node's data, concatenated. */
  readonly text: string;
}

/** Whether text under this element is outside the stream. */
export function skippedByStream(el: Element): boolean {
  return isNonTextElement(el);
}

/**
 * The stream of a live page's `root` (its <body>). The page's parser puts the text of a
 * script, style or noscript element directly in it (a <template>'s content is not in the
 * tree at all), so a text node's parent tells, and a native walker finds the text nodes
 * several times faster than a walk in script. Only a page script could put elements inside
 * a live <noscript>; their text would then be here and not in the parsed copy's stream, and
 * the alignment's search (remote-align.ts) finds the pieces after it.
 */
export function textStream(root: Node): TextStream {
  // The text children of the non-text elements, found from those few elements with one native
  // query, rather than each text node's parent, its type and its name read in turn: in a
  // Firefox content script every such read crosses the page's Xray wrapper.
  const skipped = new Set<Node>();
  const addChildren = (el: Node) => {
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) skipped.add(c);
  };
  if (root.nodeType === 1 && isNonTextElement(root as Element)) addChildren(root);
  try {
    for (const el of (root as ParentNode).querySelectorAll(NON_TEXT_SELECTOR))
      if (isNonTextElement(el)) addChildren(el);
  } catch (err) {
    // happy-dom (the unit tests, eval:pages) queries recursively and overflows its stack on
    // very deep trees; browsers do not. There, each text node's parent decides. Any other
    // failure is a real one.
    if (!(err instanceof RangeError)) throw err;
    return collect(root, NodeFilterShowText, (n) => {
      const parent = n.parentNode;
      return !(parent && parent.nodeType === 1 && isNonTextElement(parent as Element));
    });
  }
  return collect(root, NodeFilterShowText, (n) => !skipped.has(n));
}

/** Selects the non-text elements (a superset: isNonTextElement has the last word). */
const NON_TEXT_SELECTOR = [...NON_TEXT_TAGS].join(',');

/** The stream of a copy parsed without scripting (its <noscript> holds elements): every ancestor counts. */
export function textStreamOfParsed(root: Node): TextStream {
  // Elements are visited too, so that a skipped one is rejected with its whole subtree.
  return collect(
    root,
    NodeFilterShowElement | NodeFilterShowText,
    () => true,
    (el) => !isNonTextElement(el),
  );
}

const NodeFilterShowElement = 1;
const NodeFilterShowText = 4;

/** Walks `root` natively and concatenates the text nodes `keepText` accepts, under elements `enter` accepts. */
function collect(
  root: Node,
  what: number,
  keepText: (n: Text) => boolean,
  enter?: (el: Element) => boolean,
): TextStream {
  const doc = root.ownerDocument ?? (root as Document);
  const filter = enter
    ? { acceptNode: (n: Node) => (n.nodeType !== 1 || enter(n as Element) ? 1 /* ACCEPT */ : 2 /* REJECT */) }
    : null;
  const walker = doc.createTreeWalker(root, what, filter);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // A text-only walker returns only text nodes: no need to read each one's type.
    if (what !== NodeFilterShowText && n.nodeType !== 3) continue;
    const data = (n as Text).data;
    if (data.length === 0 || !keepText(n as Text)) continue;
    nodes.push(n as Text);
    starts.push(at);
    parts.push(data);
    at += data.length;
  }
  return { nodes, starts, text: parts.join('') };
}

/** Index of the node holding stream offset `offset` (binary search), or -1. */
export function nodeAt(stream: TextStream, offset: number): number {
  const { starts, nodes } = stream;
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || offset < 0 || offset >= stream.text.length) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo < nodes.length ? lo : -1;
}
