// The tagging pipeline shared by run time and training: text -> tokens -> sentences
// -> features -> first pass -> second pass (with non-local features) -> typed token
// spans. Training calls the same functions, so features cannot drift apart.

import {
  buildContext,
  nonlocalFeatures,
  staticFeatures,
  type DocContext,
  type FeatureMatrix,
  type FeatureSettings,
} from './features';
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

/** Tokenizes, splits and extracts static features as the model's `settings` ask (features.ts). */
export function prepare(text: string, gazetteer: Gazetteer, settings: FeatureSettings = {}): PreparedDoc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const ctx = buildContext(tokens, sentences);
  return { text, ctx, stat: staticFeatures(ctx, gazetteer, settings) };
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
  return joinInitials(out, tokens);
}

const INITIAL = /^\p{Lu}\.$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}+)*$/u;
const SUFFIX = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
// Capitalized words that start sentences but never a name before an initial ("In H. G. Wells' ...").
const NOT_GIVEN_NAME = new Set(
  'A An And As At But By For From He His If In It Its Of On Or She The Their This To When While With'.split(' '),
);

const CAPITALIZED = /^\p{Lu}/u;

/**
 * True if token i - 1 is an untagged initial the tagger left off the name starting at i ("said
 * C. Eugene Steuerle" tagged "Eugene Steuerle"): not "I." (the pronoun's letter, a roman
 * one), and after no capitalized word, which would make the initial a middle one of another
 * name ("John C. Eugene") or end an abbreviation ("Plan B. Eugene …").
 */
function leftOutInitial(i: number, tokens: readonly Token[], owner: Int32Array): boolean {
  if (i < 1 || owner[i - 1] !== -1 || !NAME_WORD.test(tokens[i].text)) return false;
  const initial = tokens[i - 1].text;
  if (!INITIAL.test(initial) || initial === 'I.') return false;
  return i < 2 || !CAPITALIZED.test(tokens[i - 2].text);
}

/**
 * Middle initials: Reuters text seldom writes them, so the tagger often ends a name
 * at one ("Gerald A." + "Daniel") or starts it there ("H. Shade" for "Meredith H.
 * Shade"). A person span that ends on an initial takes the capitalized word after it,
 * merging a span that starts there; one that starts on an initial takes the initials
 * before it and an untagged capitalized word before those. An untagged "Jr.", "Sr.",
 * "II" or "III" after a person joins it (CoNLL-2003 train: 3 of 4 such are in the name).
 */
function joinInitials(spans: TokenSpan[], tokens: readonly Token[]): TokenSpan[] {
  const owner = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = s.start; i < s.end; i++) owner[i] = k;
  });
  const dead = new Set<number>();
  const text = (i: number) => tokens[i].text;
  spans.forEach((s, k) => {
    if (s.type !== 'PER' || dead.has(k)) return;
    // Takes token i (and the whole span owning it, if any) into s; false if that span is not name words.
    const take = (i: number): boolean => {
      const o = owner[i];
      if (o === -1) {
        s.start = Math.min(s.start, i);
        s.end = Math.max(s.end, i + 1);
        owner[i] = k;
        return true;
      }
      if (o === k) return false;
      const t = spans[o];
      for (let j = t.start; j < t.end; j++)
        if (!NAME_WORD.test(text(j)) && !INITIAL.test(text(j)) && !SUFFIX.has(text(j))) return false;
      s.start = Math.min(s.start, t.start);
      s.end = Math.max(s.end, t.end);
      for (let j = t.start; j < t.end; j++) owner[j] = k;
      dead.add(o);
      return true;
    };
    while (INITIAL.test(text(s.end - 1)) && s.end < tokens.length) {
      const next = text(s.end);
      if (!(NAME_WORD.test(next) || INITIAL.test(next)) || !take(s.end)) break;
    }
    if (s.end < tokens.length && SUFFIX.has(text(s.end)) && owner[s.end] === -1) take(s.end);
    if (leftOutInitial(s.start, tokens, owner)) take(s.start - 1);
    while (INITIAL.test(text(s.start)) && s.start > 0) {
      const prev = text(s.start - 1);
      if (INITIAL.test(prev)) {
        if (!take(s.start - 1)) break;
        continue;
      }
      // only an untagged word: "Sri Lanka S. Jayasuriya" in a scorecard is a place and a person
      if (NAME_WORD.test(prev) && !NOT_GIVEN_NAME.has(prev) && owner[s.start - 1] === -1) take(s.start - 1);
      break;
    }
  });
  return spans.filter((_, k) => !dead.has(k));
}
