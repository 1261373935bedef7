// Readability off the page's main thread: runs where a DOMParser exists (Firefox's
// background page, Chrome's offscreen document) on the page's serialized HTML, and answers
// with Readability's metadata and its article's text nodes as positions in the page's text
// stream (text-stream.ts), which the content script turns back into live text nodes
// (remote-align.ts). Pure: the HTML parser and the clock are passed in.
import { Readability } from '@mozilla/readability';
import type { RemoteTimes } from '../model/page-report';
import { paragraphWords } from './article-evidence';
import { skippedByStream, textStreamOfParsed } from './text-stream';

/** One text node of Readability's article: where it sits in the page's text stream, and its text. */
export interface ArticlePiece {
  /** Stream offset of the node in the parsed copy, or -1 for a node Readability made itself. */
  s: number;
  t: string;
}

export type RemoteArticle =
  | {
      status: 'article';
      title: string | null;
      byline: string | null;
      siteName: string | null;
      publishedTime: string | null;
      excerpt: string | null;
      lang: string | null;
      /** The article's text nodes in order. */
      pieces: ArticlePiece[];
      /** Words in the paragraphs of Readability's result (the gate's last word on a page without other evidence). */
      paragraphWords: number;
      /** Time to parse the HTML and run Readability, off the page's thread. */
      parseMs: number;
      /** When it ran, on the `now` clock (epoch ms in the browser: see RemoteTimes). */
      times?: RemoteTimes;
    }
  | { status: 'not-article'; reason: string; parseMs: number; times?: RemoteTimes };

/** Largest page HTML accepted (UTF-16 code units); bigger pages are extracted in the page. */
export const MAX_PAGE_HTML = 16_000_000;

/** Parses `html` with `parseHtml` (a DOMParser in the browser), runs Readability, and describes its article. */
export function extractFromHtml(
  html: string,
  parseHtml: (html: string) => Document,
  now: () => number = () => 0,
): RemoteArticle {
  const t0 = now();
  const doc = parseHtml(html);
  const body = doc.body;
  // Offsets are taken before Readability moves nodes around.
  const offsets = new WeakMap<Text, number>();
  if (body) {
    const stream = textStreamOfParsed(body);
    stream.nodes.forEach((n, i) => {
      offsets.set(n, stream.starts[i]!);
    });
  }
  const parsed = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) {
    const end = now();
    return {
      status: 'not-article',
      reason: 'Readability found no article',
      parseMs: end - t0,
      times: { received: t0, start: t0, end },
    };
  }
  const pieces: ArticlePiece[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        // The content script checks every position against its own copy of the stream.
        pieces.push({ s: offsets.get(text) ?? -1, t: text.data });
      } else if (child.nodeType === 1 && !skippedByStream(child as Element)) {
        walk(child);
      }
    }
  };
  walk(content);
  const paragraphs = paragraphWords(content);
  const end = now();
  return {
    status: 'article',
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    excerpt: parsed.excerpt ?? null,
    lang: parsed.lang ?? null,
    pieces,
    paragraphWords: paragraphs,
    parseMs: end - t0,
    times: { received: t0, start: t0, end },
  };
}

/**
 * Readability on HTML with the given parser (Firefox's background page, Chrome's offscreen
 * document). The default clock is epoch ms, so that the page can place the parse on its own
 * time line.
 */
export function domParserExtractor(
  parser: Pick<DOMParser, 'parseFromString'>,
  now: () => number = () => performance.timeOrigin + performance.now(),
): (html: string) => RemoteArticle {
  return (html) => extractFromHtml(html, (h) => parser.parseFromString(h, 'text/html'), now);
}
