// Article extraction: the gate (isProbablyReaderable) and Readability on a copy of the
// page, mapped back to the live DOM as a TextMap. Readability runs either here, on a clone
// (extractArticle), or off the page's main thread on the page's serialized HTML
// (extractArticleOffThread, falling back to the clone when that fails). Pure: the document
// and the off-thread extractor are passed in, and the live DOM is only read, never changed.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { SkipCode } from '../model/page-report';
import { gateVerdict, MIN_PROSE_WORDS, paragraphWords } from './article-evidence';
import { cloneWithTextMap, textNodesOf } from './clone-map';
import { detectLanguage, type LanguageVerdict } from './language';
import { serializePage } from './page-html';
import { alignPieces } from './remote-align';
import type { RemoteArticle } from './remote-extract';
import { furnitureRanges, isFurnitureElement } from './furniture';
import { buildTextMap, countWords, dropRanges, type TextMap } from './text-map';
import { skippedByStream, textStream } from './text-stream';
import { messageOf } from '../model/message-of';

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
  /**
   * Where the time went, in ms: the gate, copying the page (clone, or serializing it), handing
   * the HTML to the off-thread extractor (send), the Readability parse and mapping back. `offThread`: the parse ran outside the page's main
   * thread, so `mainMs` (the page's main-thread time) leaves it out; `fallback` says why an
   * off-thread extraction was not used.
   */
  stages: {
    gate: number;
    clone: number;
    send?: number;
    parse: number;
    map: number;
    mainMs: number;
    offThread: boolean;
    fallback?: string;
  };
}

export type ExtractOutcome =
  | { status: 'article'; article: Article }
  | { status: 'not-article'; reason: string; skip: SkipCode };

export interface ExtractOptions {
  /** Skip the cheap isProbablyReaderable gate (tests of Readability's own verdict). */
  skipGate?: boolean;
  /** The gate found no evidence either way: Readability's result must hold enough prose. */
  probe?: boolean;
  /** Clock for the stage timings (performance.now in the browser). */
  now?: () => number;
  /** Told each in-page stage's start and end on the `now` clock (the page report's trace). */
  onStage?: (stage: 'gate' | 'serialize' | 'clone' | 'parse' | 'map', start: number, end: number) => void;
}

/**
 * The gate, shared by both extraction paths: the not-article outcome, or whether Readability's
 * result must then prove itself (probe).
 */
function runGate(doc: Document, opts: ExtractOptions): ExtractOutcome | boolean {
  if (opts.skipGate) return opts.probe ?? false;
  const verdict = gateVerdict(doc, isProbablyReaderable(doc));
  if (verdict.run === false) return { status: 'not-article', reason: verdict.reason, skip: verdict.skip };
  return verdict.run === 'probe';
}

/** Extracts the article of `doc` and maps its text back to `doc`'s live text nodes. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractOutcome {
  const now = opts.now ?? (() => 0);
  const t0 = now();
  const gate = runGate(doc, opts);
  if (typeof gate !== 'boolean') return gate;
  const probe = gate;
  const t1 = now();
  const { clone, resolve } = cloneWithTextMap(doc);
  const t2 = now();
  // The serializer hands back Readability's article element itself instead of its HTML:
  // its text nodes are (mostly) the clone's own, which is what maps them back.
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return { status: 'not-article', reason: 'Readability found no article', skip: 'no-article' };
  if (probe) {
    const words = paragraphWords(content);
    if (words < MIN_PROSE_WORDS) return tooLittleProse(words);
  }
  const t3 = now();
  const kept = keptLiveNodes(content, resolve);
  const meta = {
    title: parsed.title,
    byline: parsed.byline,
    siteName: parsed.siteName,
    publishedTime: parsed.publishedTime,
    excerpt: parsed.excerpt,
    lang: parsed.lang,
  };
  const out = finish(doc, meta, kept);
  const t4 = now();
  if (!opts.skipGate) opts.onStage?.('gate', t0, t1);
  opts.onStage?.('clone', t1, t2);
  opts.onStage?.('parse', t2, t3);
  opts.onStage?.('map', t3, t4);
  if (out.status === 'article') {
    out.article.stages = {
      gate: t1 - t0,
      clone: t2 - t1,
      parse: t3 - t2,
      map: t4 - t3,
      mainMs: t4 - t0,
      offThread: false,
    };
  }
  return out;
}

/** Runs Readability on the page's serialized HTML somewhere else (a background page, an offscreen document). */
export type OffThreadExtractor = (html: string) => Promise<RemoteArticle>;

/** Below this share of Readability's words found in the live page, the clone is used instead. */
const MIN_MAPPED_SHARE = 0.9;

/**
 * Like extractArticle, with Readability off the page's main thread: the page keeps only the
 * gate, serializing itself, and mapping the answer back. Falls back to extractArticle (in the
 * page) when the extractor fails or its article cannot be found in the live page.
 */
export async function extractArticleOffThread(
  doc: Document,
  extractor: OffThreadExtractor,
  opts: ExtractOptions = {},
): Promise<ExtractOutcome> {
  const now = opts.now ?? (() => 0);
  const t0 = now();
  const gate = runGate(doc, opts);
  if (typeof gate !== 'boolean') return gate;
  const probe = gate;
  const t1 = now();
  opts.onStage?.('gate', t0, t1);
  let fallback: string;
  let main = t1 - t0;
  try {
    const html = serializePage(doc);
    // The stream is captured with the HTML, so positions in the answer refer to this text.
    const stream = textStream(doc.body ?? doc);
    const t2 = now();
    opts.onStage?.('serialize', t1, t2);
    const pending = extractor(html);
    const tSent = now();
    main += tSent - t1;
    const remote = await pending;
    const t3 = now();
    if (remote.status !== 'article') return { status: 'not-article', reason: remote.reason, skip: 'no-article' };
    if (probe && remote.paragraphWords < MIN_PROSE_WORDS) return tooLittleProse(remote.paragraphWords);
    const aligned = alignPieces(stream, remote.pieces);
    const live = aligned.nodes.filter((n) => n.isConnected);
    if (aligned.words > 0 && aligned.mappedWords / aligned.words >= MIN_MAPPED_SHARE && live.length > 0) {
      const out = finish(doc, remote, { nodes: live, words: aligned.words, mappedWords: aligned.mappedWords });
      const t4 = now();
      opts.onStage?.('map', t3, t4);
      main += t4 - t3;
      if (out.status === 'article') {
        out.article.stages = {
          gate: t1 - t0,
          clone: t2 - t1,
          send: tSent - t2,
          parse: remote.parseMs,
          map: t4 - t3,
          mainMs: main,
          offThread: true,
        };
      }
      return out;
    }
    main += now() - t3;
    fallback = `only ${aligned.mappedWords} of ${aligned.words} words found in the live page`;
  } catch (err) {
    main += now() - t1;
    fallback = `off-thread extraction failed: ${messageOf(err)}`;
  }
  const out = extractArticle(doc, { ...opts, skipGate: true, probe });
  if (out.status === 'article') {
    const st = out.article.stages;
    out.article.stages = { ...st, gate: t1 - t0, mainMs: st.mainMs + main, fallback };
  }
  return out;
}

function tooLittleProse(words: number): ExtractOutcome {
  return {
    status: 'not-article',
    reason: `isProbablyReaderable said no, nothing on the page says article, and Readability found ${words} words of paragraphs (fewer than ${MIN_PROSE_WORDS})`,
    skip: 'too-little-prose',
  };
}

interface ArticleMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  lang?: string | null;
}

/** The TextMap over the kept live nodes (with the short blocks between them) and the article's metadata. */
function finish(
  doc: Document,
  meta: ArticleMeta,
  kept: { nodes: Text[]; words: number; mappedWords: number },
): ExtractOutcome {
  if (kept.nodes.length === 0)
    return { status: 'not-article', reason: 'no article text could be found in the live page', skip: 'not-mapped' };
  // Recognition reads the story as a reader does: furniture (captions, credits, bylines, labels) left out.
  const mapped = withInterstitials(kept.nodes);
  const textMap = dropRanges(mapped, furnitureRanges(mapped.text));
  if (textMap.text.trim().length === 0)
    return { status: 'not-article', reason: 'the article has no text', skip: 'no-article' };
  const declared = meta.lang || doc.documentElement.getAttribute('lang');
  return {
    status: 'article',
    article: {
      title: (meta.title ?? doc.title ?? '').trim(),
      byline: meta.byline?.trim() || null,
      siteName: meta.siteName?.trim() || null,
      publishedTime: meta.publishedTime ?? null,
      excerpt: meta.excerpt?.trim() || null,
      language: detectLanguage(declared, textMap.text),
      textMap,
      words: kept.words || countWords(textMap.text),
      mappedWords: kept.mappedWords,
      stages: { gate: 0, clone: 0, parse: 0, map: 0, mainMs: 0, offThread: false },
    },
  };
}

/** Longest text (chars) of a dropped block that still counts as part of the article's flow. */
const MAX_INTERSTITIAL_CHARS = 400;

/**
 * One walk over Readability's output: the live text nodes its text nodes resolve to (in
 * order, once each), and how many of its words sit in nodes that resolve (the mapping figure).
 */
function keptLiveNodes(
  content: Node,
  resolve: (n: Text) => Text | null,
): { nodes: Text[]; words: number; mappedWords: number } {
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
      } else if (child.nodeType === 1 && !skippedByStream(child as Element)) {
        walk(child);
      }
    }
  };
  walk(content);
  return { nodes, words, mappedWords };
}

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
  // One verdict per dropped block: a large block has many text nodes, and measuring its
  // textContent for each of them was quadratic (35 ms on one page).
  const verdicts = new Map<Element, boolean>();
  for (let i = first + 1; i < last; i++) {
    const n = all[i]!;
    if (kept.has(n)) continue;
    const block = droppedBlock(n, root, holdsKept);
    if (!block) continue;
    let keep = verdicts.get(block);
    if (keep === undefined) {
      keep = !isHidden(block, root) && (block.textContent ?? '').length <= MAX_INTERSTITIAL_CHARS;
      verdicts.set(block, keep);
    }
    if (keep) extra.add(n);
  }
  return buildTextMap(root, (n) => (kept.has(n) || extra.has(n) ? n : null), {
    dropUnresolved: true,
    skip: isFurnitureElement,
  });
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
