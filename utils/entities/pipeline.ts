// The tagging pipeline shared by run time and training: text -> tokens -> sentences
// -> features -> first pass -> second pass (with non-local features) -> typed token
// spans. Training calls the same functions, so features cannot drift apart.

import { buildContext, nonlocalFeatures, staticFeatures, type DocContext, type FeatureMatrix } from './features';
import type { Gazetteer } from './gazetteer';
import { LABELS } from './labels';
import { bilouToSpans, type TokenSpan } from './spans';
import { decodeGreedy, type LinearModel } from './tagger';
import { splitSentences, tokenize, type Token } from './tokenizer';

/** A document ready for tagging. */
export interface PreparedDoc {
  text: string;
  ctx: DocContext;
  stat: FeatureMatrix;
}

/** Tokenizes, splits and extracts static features. */
export function prepare(text: string, gazetteer: Gazetteer): PreparedDoc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const ctx = buildContext(tokens, sentences);
  return { text, ctx, stat: staticFeatures(ctx, gazetteer) };
}

/** Runs one or two passes; returns the final label ids. */
export function tagPrepared(doc: PreparedDoc, stages: readonly LinearModel[]): Uint8Array {
  const n = doc.ctx.tokens.length;
  const first = new Uint8Array(n);
  decodeGreedy(doc.ctx, doc.stat, null, stages[0], first);
  if (stages.length < 2) return first;
  const second = new Uint8Array(n);
  decodeGreedy(doc.ctx, doc.stat, nonlocalFeatures(doc.ctx, first), stages[1], second);
  return second;
}

// Tokens no name contains (CoNLL-2003 train has none inside any entity): a span the
// greedy tagger ran across one is cut there. Commas, slashes, brackets and quotes are
// cut only out of PER and LOC, since organization names do contain them.
const ALWAYS_SPLIT = new Set(['-', '–', '—', '--', ':', ';', '|', '•', '·']);
const NAME_SPLIT = new Set([',', '/', '(', ')', '"', '“', '”', '[', ']']);

/** Label ids -> typed token spans, cut at punctuation that never sits inside a name. */
export function labelsToSpans(labels: Uint8Array, tokens?: readonly Token[]): TokenSpan[] {
  const spans = bilouToSpans(Array.from(labels, (l) => LABELS[l]));
  if (!tokens) return spans;
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const cut = (i: number) => {
      const t = tokens[i].text;
      return ALWAYS_SPLIT.has(t) || ((s.type === 'PER' || s.type === 'LOC') && NAME_SPLIT.has(t));
    };
    let start = s.start;
    for (let i = s.start; i <= s.end; i++) {
      if (i === s.end || cut(i)) {
        if (i > start) out.push({ start, end: i, type: s.type });
        start = i + 1;
      }
    }
  }
  return out;
}
