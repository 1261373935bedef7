// Readability's article, described off the page's thread as positions in the page's text
// stream (remote-extract.ts), back to the live page's text nodes. Every position is checked
// against the live stream captured when the HTML was serialized; a piece whose position does
// not hold its text (the page changed, or Readability made the node itself) is searched for
// forward from the previous piece, and only accepted where a live text node starts.
import type { ArticlePiece } from './remote-extract';
import { countWords } from './text-map';
import { nodeAt, type TextStream } from './text-stream';

export interface AlignedArticle {
  /** Live text nodes holding the article's text, in the article's order, once each. */
  nodes: Text[];
  /** Words in Readability's article. */
  words: number;
  /** Of those, words found in the live page. */
  mappedWords: number;
}

/** Tries this many later occurrences of a piece's text before giving up on it. */
const MAX_TRIES = 20;

export function alignPieces(stream: TextStream, pieces: readonly ArticlePiece[]): AlignedArticle {
  const nodes: Text[] = [];
  const seen = new Set<number>();
  let words = 0;
  let mappedWords = 0;
  let cursor = 0;
  for (const piece of pieces) {
    const t = piece.t;
    if (t.length === 0) continue;
    const w = countWords(t);
    words += w;
    let at = piece.s >= 0 && stream.text.startsWith(t, piece.s) ? piece.s : -1;
    if (at < 0 && t.trim()) at = search(stream, t, cursor);
    if (at < 0) continue;
    mappedWords += w;
    cursor = at + t.length;
    for (let i = nodeAt(stream, at); i >= 0 && i < stream.nodes.length && stream.starts[i]! < at + t.length; i++) {
      if (!seen.has(i)) {
        seen.add(i);
        nodes.push(stream.nodes[i]!);
      }
    }
  }
  return { nodes, words, mappedWords };
}

/** Offset of `t` where a live text node starts, searching forward from `from`, then from 0. */
function search(stream: TextStream, t: string, from: number): number {
  for (const start of from > 0 ? [from, 0] : [0]) {
    let at = stream.text.indexOf(t, start);
    for (let tries = 0; at >= 0 && tries < MAX_TRIES; tries++) {
      if (stream.starts[nodeAt(stream, at)] === at) return at;
      at = stream.text.indexOf(t, at + 1);
    }
  }
  return -1;
}
