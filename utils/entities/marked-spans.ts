// Test support for the span rules' tests: turns "these surfaces, tagged so" into token spans of a
// text, and spans back into their surfaces, so each rule's test reads as text in, text out.
// Imported only by `*.test.ts` files (it throws on a surface the text does not hold, as a test wants).
import { fold, type Gazetteer } from './gazetteer';
import type { TokenSpan } from './spans';
import { splitSentences, tokenize, type Token } from './tokenizer';

/** Token spans for `marks` ([surface, type], in text order) over `tokens` of `text`. */
export function markedSpans(text: string, tokens: Token[], marks: Array<[string, string]>): TokenSpan[] {
  let from = 0;
  return marks.map(([surface, type]) => {
    const c = text.indexOf(surface, from);
    from = c + surface.length;
    const start = tokens.findIndex((t) => t.start === c);
    const end = tokens.findIndex((t) => t.end === c + surface.length) + 1;
    if (c < 0 || start < 0 || end <= start) throw new Error(`"${surface}" is not a token run of the text`);
    return { start, end, type };
  });
}

/**
 * Token spans for every occurrence of each surface of `marks` (not inside an earlier mark), in
 * text order: for rules that read all the mentions of a name on a page.
 */
export function everyMarkedSpan(text: string, tokens: Token[], marks: Array<[string, string]>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const [s, type] of marks) {
    for (let c = text.indexOf(s); c >= 0; c = text.indexOf(s, c + 1)) {
      const start = tokens.findIndex((t) => t.start === c);
      const end = tokens.findIndex((t) => t.end === c + s.length) + 1;
      const taken = spans.some((o) => o.start < end && start < o.end);
      if (start >= 0 && end > start && !taken) spans.push({ start, end, type });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The surface of each span, as written in `text`. */
export function spanSurface(text: string, tokens: Token[], span: TokenSpan): string {
  return text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end);
}

/** What the span rules read of `text`: its tokens, their folded forms, each token's sentence, and `gazetteer`. */
export function spanContext(text: string, gazetteer: Gazetteer) {
  const tokens = tokenize(text);
  const sentenceOf = new Int32Array(tokens.length);
  splitSentences(text, tokens).forEach((s, k) => {
    sentenceOf.fill(k, s.start, s.end);
  });
  return { tokens, folded: tokens.map((t) => fold(t.text)), sentenceOf, gazetteer };
}
