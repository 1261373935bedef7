// Article extraction: the gate (isProbablyReaderable) and Readability on a clone of the
// page, mapped back to the live DOM as a TextMap. Pure: the document is passed in, and the
// live DOM is only read, never changed.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { cloneWithTextMap, textNodesOf } from './clone-map';
import { detectLanguage, type LanguageVerdict } from './language';
import { buildTextMap, countWords, mappedWordShare, type TextMap } from './text-map';

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  language: LanguageVerdict;
  textMap: TextMap;
  /** Words in Readability's output. */
  words: number;
  /** Of those, words whose text node maps to a live text node. */
  mappedWords: number;
}

export type ExtractOutcome =
  | { status: 'article'; article: Article }
  | { status: 'not-article'; reason: string };

export interface ExtractOptions {
  /** Skip the cheap isProbablyReaderable gate (tests of Readability's own verdict). */
  skipGate?: boolean;
}

/** Extracts the article of `doc` and maps its text back to `doc`'s live text nodes. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractOutcome {
  if (!opts.skipGate && !isProbablyReaderable(doc)) {
    return { status: 'not-article', reason: 'isProbablyReaderable said no' };
  }
  const { clone, resolve } = cloneWithTextMap(doc);
  // The serializer hands back Readability's article element itself instead of its HTML:
  // its text nodes are (mostly) the clone's own, which is what maps them back.
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return { status: 'not-article', reason: 'Readability found no article' };

  // Memoized so that the word count below sees exactly the verdicts the TextMap used.
  const memo = new Map<Text, Text | null>();
  const resolveOnce = (n: Text) => {
    if (!memo.has(n)) memo.set(n, resolve(n));
    return memo.get(n)!;
  };
  const readabilityMap = buildTextMap(content, resolveOnce);
  const textMap = withInterstitials(readabilityMap);
  if (textMap.text.trim().length === 0) return { status: 'not-article', reason: 'the article has no text' };
  const share = mappedWordShare(content, resolveOnce);
  const declared = parsed.lang || doc.documentElement.getAttribute('lang');
  return {
    status: 'article',
    article: {
      title: (parsed.title ?? doc.title ?? '').trim(),
      byline: parsed.byline?.trim() || null,
      siteName: parsed.siteName?.trim() || null,
      publishedTime: parsed.publishedTime ?? null,
      excerpt: parsed.excerpt?.trim() || null,
      language: detectLanguage(declared, textMap.text),
      textMap,
      words: share.words || countWords(textMap.text),
      mappedWords: share.mapped,
    },
  };
}

/** Longest text (chars) of a dropped block that still counts as part of the article's flow. */
const MAX_INTERSTITIAL_CHARS = 400;

/**
 * Readability drops the short blocks news sites put between paragraphs ("Read more: Russia
 * 'fully ready' to cooperate with US on Syria – Lavrov"), yet readers see them as part of the
 * story and they name its people. This re-walks the live article container and keeps, besides
 * Readability's own text, whole short blocks lying between its first and last paragraph that
 * Readability dropped entirely. Block boundaries then come from the live DOM, as readers see it.
 */
function withInterstitials(map: TextMap): TextMap {
  const kept = new Set(map.nodes);
  if (kept.size === 0) return map;
  const root = commonAncestor(map.nodes);
  if (!root) return map;
  // Every element that holds kept text, up to the container.
  const holdsKept = new Set<Node>();
  for (const n of map.nodes) {
    for (let p = n.parentNode; p && !holdsKept.has(p); p = p.parentNode) {
      holdsKept.add(p);
      if (p === root) break;
    }
  }
  const all = textNodesOf(root);
  let first = -1;
  let last = -1;
  all.forEach((n, i) => {
    // Whitespace between blocks is kept too; only real text marks the article's extent.
    if (kept.has(n) && n.data.trim()) {
      if (first < 0) first = i;
      last = i;
    }
  });
  const extra = new Set<Text>();
  for (let i = first + 1; i < last; i++) {
    const n = all[i]!;
    if (kept.has(n)) continue;
    const block = droppedBlock(n, root, holdsKept);
    if (block && !isHidden(block, root) && (block.textContent ?? '').length <= MAX_INTERSTITIAL_CHARS) extra.add(n);
  }
  if (extra.size === 0 && sameOrder(map.nodes, all)) return map;
  return buildTextMap(root, (n) => (kept.has(n) || extra.has(n) ? n : null), { dropUnresolved: true });
}

/** The outermost element under `root` around `n` that holds no kept text, or null. */
function droppedBlock(n: Text, root: Node, holdsKept: Set<Node>): Element | null {
  let block: Element | null = null;
  for (let p = n.parentElement; p && p !== root; p = p.parentElement) {
    if (holdsKept.has(p)) break;
    block = p;
  }
  return block;
}

function isHidden(el: Element, root: Node): boolean {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) {
    if (p.hasAttribute('hidden') || p.getAttribute('aria-hidden') === 'true') return true;
    const style = p.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

function sameOrder(mapped: readonly Text[], all: Text[]): boolean {
  let j = 0;
  for (const n of all) if (j < mapped.length && n === mapped[j]) j++;
  return j === mapped.length;
}

function commonAncestor(nodes: readonly Node[]): Node | null {
  const chain = (n: Node) => {
    const out: Node[] = [];
    for (let p: Node | null = n; p; p = p.parentNode) out.unshift(p);
    return out;
  };
  let prefix = chain(nodes[0]!);
  for (let i = 1; i < nodes.length && prefix.length > 0; i++) {
    const c = chain(nodes[i]!);
    let k = 0;
    while (k < prefix.length && k < c.length && prefix[k] === c[k]) k++;
    prefix = prefix.slice(0, k);
  }
  const lca = prefix[prefix.length - 1] ?? null;
  return lca && lca.nodeType === 3 ? lca.parentNode : lca;
}
