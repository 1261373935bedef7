// The text stream of a page: the text nodes under <body> that can hold readable text (not
// inside <script>, <style>, <noscript> or <template>), in document order, with each node's
// start offset in their concatenation. The live page and a copy of it parsed elsewhere from
// its serialized HTML have the same stream (serializing and re-parsing may merge adjacent
// text nodes, never split one, and never moves text), so a position in the copy's stream
// names the same characters in the live page. <noscript> is left out because the live page
// holds its content as one raw text node while a parser without scripting builds elements.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'script', 'style', 'noscript', 'template']);

export interface TextStream {
  readonly nodes: readonly Text[];
  /** starts[i] is the offset of nodes[i]'s first character in `text`. */
  readonly starts: readonly number[];
  /** Every node's data, concatenated. */
  readonly text: string;
}

/** Whether text under this element is outside the stream. */
export function skippedByStream(el: Element): boolean {
  return SKIPPED.has(el.tagName);
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
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const data = n.data;
    if (data.length === 0) continue;
    const parent = n.parentNode as Element | null;
    if (parent && parent.nodeType === 1 && SKIPPED.has(parent.tagName)) continue;
    nodes.push(n);
    starts.push(at);
    parts.push(data);
    at += data.length;
  }
  return { nodes, starts, text: parts.join('') };
}

/** The stream of a copy parsed without scripting (its <noscript> holds elements): every ancestor counts. */
export function textStreamOfParsed(root: Node): TextStream {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  // An explicit stack instead of recursion: bodies nest deep on some sites.
  const stack: Node[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        nodes.push(node as Text);
        starts.push(at);
        parts.push(data);
        at += data.length;
      }
    } else if (node.nodeType === 1 && node.firstChild && !SKIPPED.has((node as Element).tagName)) {
      stack.push(node);
      node = node.firstChild;
      continue;
    }
    // Next in document order: the next sibling, else that of the nearest ancestor with one.
    while (node && !node.nextSibling) node = stack.pop() ?? null;
    node = node?.nextSibling ?? null;
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
