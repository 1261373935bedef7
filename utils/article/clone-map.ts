// Clone ↔ live correspondence for text nodes. Readability must run on a clone (it rewrites
// the DOM it parses); its output keeps most of the clone's own text nodes, so we remember
// which live node each cloned text node came from. Nodes Readability recreated (it rebuilds
// a page from innerHTML when it retries, and turns javascript: links into new text nodes) are
// found again by content, searching forward in document order from the last match.

/** Removes the <style> elements in a detached subtree (and `el` itself when it is one). */
function dropStyles(el: Element): void {
  if (el.tagName === 'STYLE' || el.tagName === 'style') {
    el.remove();
    return;
  }
  for (const s of Array.from(el.getElementsByTagName('style'))) s.remove();
}

/** Text nodes of `root` in document order. */
export function textNodesOf(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/**
 * Clones `doc` and returns the clone with a resolver from cloned text nodes to live ones.
 * The resolver must be called in document order of the output for the content fallback to
 * stay cheap (it is, when building a TextMap).
 */
export function cloneWithTextMap(doc: Document): { clone: Document; resolve: (node: Text) => Text | null } {
  // Each child of <html> is copied into an empty clone of the document while detached, then
  // appended. A deep clone of the whole document connects every <style> to a document and
  // so parses its CSS: news pages inline up to 1 MB of it (27 ms of a 28 ms clone on
  // cnbc.com, where head and body alone clone in 1 ms). Readability removes every <style>
  // before reading anything, so dropping them from the detached copies changes nothing
  // it sees; <script> stays (Readability reads JSON-LD metadata from it).
  const clone = doc.cloneNode(false) as Document;
  if (doc.doctype) clone.append(doc.doctype.cloneNode(false));
  const html = doc.documentElement;
  const live = textNodesOf(doc.body ?? doc);
  let cloned: Text[] = [];
  if (html) {
    const htmlClone = clone.importNode(html, false);
    for (let child = html.firstChild; child; child = child.nextSibling) {
      // importNode, not cloneNode: copies owned by the page's document would start loads
      // (an SVG <use> fetches its external href as soon as it is created there).
      const copy = clone.importNode(child, true);
      // Pairs are taken before <style> elements leave the copy, so the walks line up.
      if (child === doc.body) cloned = textNodesOf(copy);
      if (copy.nodeType === 1) dropStyles(copy as Element);
      htmlClone.append(copy);
    }
    clone.append(htmlClone);
  }
  // A <body> that is not a child of <html> (hand-built documents): pair what the clone has.
  if (cloned.length === 0 && clone.body) cloned = textNodesOf(clone.body);
  // Article text lives in <body>; the head's few text nodes (title, scripts) are not mapped.
  const direct = new WeakMap<Text, Text>();
  // cloneNode(true) preserves structure, so the two walks line up one to one.
  const n = Math.min(live.length, cloned.length);
  for (let i = 0; i < n; i++) direct.set(cloned[i]!, live[i]!);

  const liveIndex = new Map<Text, number>();
  for (let i = 0; i < live.length; i++) liveIndex.set(live[i]!, i);

  let cursor = 0;
  const byContent = (node: Text): Text | null => {
    const data = node.data;
    if (!data.trim()) return null;
    for (let pass = 0; pass < 2; pass++) {
      const from = pass === 0 ? cursor : 0;
      const to = pass === 0 ? live.length : cursor;
      for (let i = from; i < to; i++) {
        if (live[i]!.data === data) {
          cursor = i + 1;
          return live[i]!;
        }
      }
    }
    return null;
  };

  const resolve = (node: Text): Text | null => {
    const hit = direct.get(node);
    if (hit && hit.data === node.data && hit.isConnected) {
      cursor = liveIndex.get(hit)! + 1;
      return hit;
    }
    return byContent(node);
  };
  return { clone, resolve };
}
