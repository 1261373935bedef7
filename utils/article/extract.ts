// Article extraction: the gate (isProbablyReaderable) and Readability on a clone of the
// page, mapped back to the live DOM as a TextMap. Pure: the document is passed in, and the
// live DOM is only read, never changed.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { cloneWithTextMap, textNodesOf } from './clone-map';
import { detectLanguage, type LanguageVerdict } from './language';
import { buildTextMap, countWords, type TextMap } from './text-map';

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
  /** Where the main-thread time went, in ms. */
  stages: { gate: number; clone: number; parse: number; map: number };
}

export type ExtractOutcome =
  | { status: 'article'; article: Article }
  | { status: 'not-article'; reason: string };

export interface ExtractOptions {
  /** Skip the cheap isProbablyReaderable gate (tests of Readability's own verdict). */
  skipGate?: boolean;
  /** Clock for the stage timings (performance.now in the browser). */
  now?: () => number;
}

/** Extracts the article of `doc` and maps its text back to `doc`'s live text nodes. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractOutcome {
  const now = opts.now ?? (() => 0);
  const t0 = now();
  if (!opts.skipGate && !isProbablyReaderable(doc)) {
    return { status: 'not-article', reason: 'isProbablyReaderable said no' };
  }
  const t1 = now();
  const { clone, resolve } = cloneWithTextMap(doc);
  const t2 = now();
  // The serializer hands back Readability's article element itself instead of its HTML:
  // its text nodes are (mostly) the clone's own, which is what maps them back.
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return { status: 'not-article', reason: 'Readability found no article' };
  const t3 = now();

  const kept = keptLiveNodes(content, resolve);
  if (kept.nodes.length === 0) return { status: 'not-article', reason: 'no article text could be found in the live page' };
  const textMap = withInterstitials(kept.nodes);
  if (textMap.text.trim().length === 0) return { status: 'not-article', reason: 'the article has no text' };
  const t4 = now();
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
      words: kept.words || countWords(textMap.text),
      mappedWords: kept.mappedWords,
      stages: { gate: t1 - t0, clone: t2 - t1, parse: t3 - t2, map: t4 - t3 },
    },
  };
}

/** Longest text (chars) of a dropped block that still counts as part of the article's flow. */
const MAX_INTERSTITIAL_CHARS = 400;

/**
 * One walk over Readability's output: the live text nodes its text nodes resolve to (in
 * order, once each), and how many of its words sit in nodes that resolve (the mapping figure).
 */
function keptLiveNodes(content: Node, resolve: (n: Text) => Text | null): { nodes: Text[]; words: number; mappedWords: number } {
  const nodes: Text[] = [];
  const seen = new Set<Text>();
  let words = 0;
  let mappedWords = 0;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const live = resolve(child as Text);
        const w = countWords((child as Text).data);
        words += w;
        if (live) {
          mappedWords += w;
          if (!seen.has(live)) {
            seen.add(live);
            nodes.push(live);
          }
        }
      } else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName)) {
        walk(child);
      }
    }
  };
  walk(content);
  return { nodes, words, mappedWords };
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Readability drops the short blocks news sites put between paragraphs ("Read more: Russia
 * 'fully ready' to cooperate with US on Syria – Lavrov"), yet readers see them as part of the
 * story and they name its people. This re-walks the live article container and keeps, besides
 * Readability's own text, whole short blocks lying between its first and last paragraph that
 * Readability dropped entirely. Block boundaries then come from the live DOM, as readers see it.
 */
function withInterstitials(keptNodes: readonly [Text, ...Text[]] | readonly Text[]): TextMap {
  const kept = new Set(keptNodes);
  // keptNodes is non-empty and connected, so the common ancestor exists.
  const root = commonAncestor(keptNodes)!;
  // Every element that holds kept text, up to the container.
  const holdsKept = new Set<Node>();
  for (const n of keptNodes) {
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

function commonAncestor(nodes: readonly Node[]): Node | null {
  let lca: Node | null = nodes[0]?.parentNode ?? null;
  for (let i = 1; i < nodes.length && lca; i++) {
    while (lca && !lca.contains(nodes[i]!)) lca = lca.parentNode;
  }
  return lca;
}
