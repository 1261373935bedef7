// Degrees and honorifics are no names. Health and science news writes a person's degrees
// after the name ("Michael Shadlen, Ph.D.", "Katie Allen, MD, PhD"), and the tagger reads
// the letters as places or organizations ("Ph" and "D." as places, "MD" as Maryland); an
// honorific left alone when the name beside it was not marked ("Dr." in "Dr. Shadlen and
// colleagues") is no organization either. A degree is recognized only in a person's
// post-nominal slot: after a comma that follows a person span, or after another degree, so
// "Baltimore, MD" and "Mansfield, MA" stay places. Pure: token spans in and out.

import type { TokenSpan } from '../spans';
import { HONORIFICS } from './span-rules';
import type { Token } from '../tokenizer';

/** Academic and professional degrees written after a name, dots and case left out. Written for Gloss. */
const DEGREES = new Set(
  `phd md do dds dmd dvm rn np bsn msn dnp mph ms msc ma mba jd esq edd psyd lcsw mft facs facp facc frcp frcs`.split(
    ' ',
  ),
);

export interface PostNominalContext {
  tokens: readonly Token[];
  folded: readonly string[];
}

const letters = (s: string) => s.replace(/\./g, '');

/**
 * Marks the tokens of degrees after person spans: from the comma after a person, each run of
 * tokens whose letters spell a degree ("Ph" "." "D." → "phd"), then after each further comma.
 */
function degreeTokens(spans: readonly TokenSpan[], ctx: PostNominalContext): Uint8Array {
  const marked = new Uint8Array(ctx.tokens.length);
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    let i = s.end;
    while (ctx.folded[i] === ',') {
      let spelled = '';
      let j = i + 1;
      let end = -1;
      // a degree spans at most three tokens ("Ph" "." "D.")
      for (; j < ctx.tokens.length && j < i + 4; j++) {
        spelled += letters(ctx.folded[j]!);
        if (!/^[a-z.]+$/.test(ctx.folded[j]!)) break;
        if (DEGREES.has(spelled)) end = j + 1;
      }
      if (end < 0) break;
      marked.fill(1, i + 1, end);
      i = end;
    }
  }
  return marked;
}

/** Drops degrees after a person's name and honorifics standing alone (see the module comment). */
export function dropPostNominals(spans: readonly TokenSpan[], ctx: PostNominalContext): TokenSpan[] {
  const marked = degreeTokens(spans, ctx);
  return spans.filter((s) => {
    if (s.end - s.start === 1 && HONORIFICS.has(ctx.folded[s.start]!)) return false;
    for (let i = s.start; i < s.end; i++) if (!marked[i]) return true;
    return false;
  });
}
