// Span decoding: turns per-token tag sequences (IOB1, IOB2, BILOU) into typed token
// spans and back. The tagger works in BILOU because its explicit Last/Unit tags make
// span ends learnable; CoNLL files come in IOB1 or IOB2. One lenient IOB decoder
// covers both IOB schemes, as conlleval does.

/** A typed span of tokens, half-open: tokens [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

function splitTag(tag: string): [string, string] {
  if (tag === 'O' || tag.length < 3 || tag.charAt(1) !== '-') return ['O', ''];
  return [tag.charAt(0), tag.slice(2)];
}

/** A span's identity for exact-match scoring: its bounds and type ("3:5:PER"). */
export function spanKey(s: TokenSpan): string {
  return `${s.start}:${s.end}:${s.type}`;
}

/** Maps each token of a document of `n` tokens to the index of the span covering it, or -1. */
export function ownerIndex(spans: readonly TokenSpan[], n: number): Int32Array {
  const owner = new Int32Array(n).fill(-1);
  spans.forEach((s, k) => {
    owner.fill(k, s.start, s.end);
  });
  return owner;
}

/** Index of the span covering token `i`, or -1 (one look-up; `ownerIndex` for many). */
export function spanAt(spans: readonly TokenSpan[], i: number): number {
  return spans.findIndex((s) => s.start <= i && i < s.end);
}

/**
 * Decodes IOB1 or IOB2 tags (they differ only in when B- is written, so one rule
 * reads both): a span starts at B-X, or at I-X whose predecessor is not of type X.
 * E-/S- (IOBES) and L-/U- (BILOU) are read as well, so any scheme round-trips.
 */
export function iobToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const [p, type] = splitTag(tags[i]);
    if (p === 'O') {
      cur = null;
      continue;
    }
    const opens = p === 'B' || p === 'U' || p === 'S' || !cur || cur.type !== type;
    if (opens) {
      cur = { start: i, end: i + 1, type };
      spans.push(cur);
    } else if (cur) {
      cur.end = i + 1;
    }
    // L-/E-/U-/S- close the span: a following I- of the same type opens a new one.
    if (p === 'L' || p === 'E' || p === 'U' || p === 'S') cur = null;
  }
  return spans;
}

/** BILOU tags are decoded by the same lenient rule (a stray I- or L- opens a span). */
export const bilouToSpans = iobToSpans;

/** Encodes spans as BILOU tags over `length` tokens. Spans must not overlap. */
export function spansToBilou(spans: readonly TokenSpan[], length: number): string[] {
  const tags: string[] = new Array(length).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) {
      tags[s.start] = `U-${s.type}`;
      continue;
    }
    tags[s.start] = `B-${s.type}`;
    for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = `I-${s.type}`;
    tags[s.end - 1] = `L-${s.type}`;
  }
  return tags;
}

/** Encodes spans as IOB2 tags (every span opens with B-). */
export function spansToIob2(spans: readonly TokenSpan[], length: number): string[] {
  const tags: string[] = new Array(length).fill('O');
  for (const s of spans) {
    tags[s.start] = `B-${s.type}`;
    for (let i = s.start + 1; i < s.end; i++) tags[i] = `I-${s.type}`;
  }
  return tags;
}
