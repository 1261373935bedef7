// A person's name split at one word the tagger left out of it: a middle initial
// ("Christopher" + "D." + "Battin", common in police and court reports, rare in Reuters
// text) or a lowercase particle ("Osama" + "bin" + "Laden", "Ludwig" + "van" + "Beethoven").
// Two name spans with only that word between them, in one sentence, are one person when
// one of them is a person (the other may be a person or a place: "Osama" alone reads as a
// town). Organizations are left alone ("Bank of France" is joined elsewhere, by its head
// word). Runs before the middle-initial repair's other cases need it: pipeline.ts joins an
// initial only when it is already inside a span. Pure: token spans in and out.

import type { TokenSpan } from './spans';
import type { Token } from './tokenizer';

const INITIAL = /^\p{Lu}\.$/u;
/** Lowercase particles inside personal names. */
const PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'van',
  'von',
  'de',
  'da',
  'del',
  'der',
  'di',
  'al',
  'el',
  'dos',
  'du',
]);
const JOINABLE = new Set(['PER', 'LOC']);

export interface GapContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
}

/** True if tokens a and b are separated by at most one space (no line break, no punctuation). */
function close(ctx: GapContext, a: number, b: number): boolean {
  return ctx.tokens[b]!.start - ctx.tokens[a]!.end <= 1 && ctx.sentenceOf[a] === ctx.sentenceOf[b];
}

/** Joins person spans split at a middle initial or a particle into one person span. */
export function joinPersonGaps(spans: readonly TokenSpan[], ctx: GapContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const gap = prev ? prev.end : -1;
    if (
      prev &&
      s.start === gap + 1 &&
      JOINABLE.has(prev.type) &&
      JOINABLE.has(s.type) &&
      (prev.type === 'PER' || s.type === 'PER') &&
      close(ctx, gap - 1, gap) &&
      close(ctx, gap, s.start)
    ) {
      const t = ctx.tokens[gap]!.text;
      const initial = INITIAL.test(t) && prev.type === 'PER';
      const particle = PARTICLES.has(t);
      if (initial || particle) {
        out[out.length - 1] = { start: prev.start, end: s.end, type: 'PER' };
        continue;
      }
    }
    out.push({ ...s });
  }
  return out;
}
