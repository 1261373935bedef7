// Place names joined by a lowercase particle: German "am", "im", "an der", "ob der" ("Frankfurt
// am Main", "Braunau am Inn", "Mülheim an der Ruhr") and English "upon" ("Newcastle upon Tyne",
// "Kingston upon Thames"). The tagger cuts a name at a lowercase word, so it marks the town and
// the river apart, and a river named by an English word comes out as a place of its own ("Inn").
// A place span, the particle and one or two capitalized words after it (untagged, or one place
// span) are one place. Never over a person or an organization after the particle, nor across a
// sentence. Pure: token spans in and out.

import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** Particles inside place names, as token sequences. Written for Gloss. */
const PARTICLES: readonly (readonly string[])[] = [['am'], ['im'], ['upon'], ['an', 'der'], ['ob', 'der']];
const CAPITALIZED = /^\p{Lu}\p{Ll}/u;
const MAX_TAIL = 2;

export interface PlaceParticleContext {
  tokens: readonly Token[];
  sentenceOf: Int32Array;
}

/** The particle's length when one starts at token `j`, else 0. */
function particleAt(ctx: PlaceParticleContext, j: number): number {
  const p = PARTICLES.find((words) => words.every((w, k) => ctx.tokens[j + k]?.text === w));
  return p ? p.length : 0;
}

/** Joins a place span, a particle and the capitalized words after it into one place. */
export function placeParticles(spans: readonly TokenSpan[], ctx: PlaceParticleContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const n = s.type === 'LOC' ? particleAt(ctx, s.end) : 0;
    const from = s.end + n;
    const inSentence = (i: number) => i < ctx.tokens.length && ctx.sentenceOf[i] === ctx.sentenceOf[s.start];
    if (!n || !inSentence(from) || !CAPITALIZED.test(ctx.tokens[from]!.text)) {
      out.push(s);
      continue;
    }
    const next = spans[k + 1];
    let end: number;
    if (next && next.start === from) {
      if (next.type !== 'LOC') {
        out.push(s);
        continue;
      }
      end = next.end;
      k++;
    } else {
      end = from;
      while (
        end - from < MAX_TAIL &&
        inSentence(end) &&
        CAPITALIZED.test(ctx.tokens[end]!.text) &&
        !(next && next.start === end)
      )
        end++;
    }
    out.push({ start: s.start, end, type: 'LOC' });
  }
  return out;
}
