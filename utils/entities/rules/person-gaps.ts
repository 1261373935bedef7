// A person's name split at one word the tagger left out of it: a middle initial
// ("Christopher" + "D." + "Battin", common in police and court reports, rare in Reuters
// text) or a lowercase particle ("Osama" + "bin" + "Laden", "Ludwig" + "van" + "Beethoven").
// Two name spans with only that word between them, in one sentence, are one person when
// one of them is a person (the other may be a person or a place: "Osama" alone reads as a
// town). Organizations are left alone ("Bank of France" is joined elsewhere, by its head
// word). "bin", "ibn", "bint" join two place or organization spans too, a capitalized word that is no ordinary
// word joins two person spans ("John" + "Bel" + "Edwards"), and a glued "al-" word after a
// person ends the name ("Omar Hassan" + "al-Bashir"); a person span ending on a particle
// takes the name word after it ("James Van Der" + "Beek"). A first name the gazetteer knows, a
// particle and a surname are one person whatever the tagger typed the two ("Luis" MISC + "de" +
// "Miranda", "Vincent" + "van" + "Gogh" as places). A join that holds a word heading an
// organization's name, on either side or in the gap, is an organization the tagger read as
// people ("Marine Corps Recruit" + "Depot" + "San Diego", "John Simon Guggenheim" +
// "Memorial" + "Foundation"): one organization span, no person. Runs before the middle-initial repair's other cases need it: pipeline.ts joins an
// initial only when it is already inside a span. Pure: token spans in and out.

import { COMMON_WORDS } from '../common-words';
import { COMMON, type Gazetteer, isFirstName } from '../gazetteer';
import type { TokenSpan } from '../spans';
import { ORG_HEADS } from './span-rules';
import type { Token } from '../tokenizer';

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
/** Particles that only personal names hold ("son of"): two place or organization spans join too. */
const PATRONYMICS = new Set(['bin', 'ibn', 'bint']);
/** One word with an Arabic article or patronymic glued on ("al-Bashir"): the end of the name before it. */
const GLUED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu)-\p{Lu}/u;
/** A capitalized word the tagger may leave out between a first name and a surname ("John" + "Bel" + "Edwards"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

export interface GapContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  /** Names and common words; without it no capitalized gap word is joined. */
  gazetteer?: Gazetteer;
}

/** Whether the capitalized gap word i can be part of a name: the gazetteer is there, and the word is no ordinary word. */
function nameGap(ctx: GapContext, i: number): boolean {
  if (!ctx.gazetteer) return false;
  const f = ctx.folded[i]!;
  return !COMMON_WORDS.has(f) && ((ctx.gazetteer.phrases.get(f) ?? 0) & (1 << COMMON)) === 0;
}

/** True if tokens a and b are separated by at most one space (no line break, no punctuation). */
function close(ctx: GapContext, a: number, b: number): boolean {
  return ctx.tokens[b]!.start - ctx.tokens[a]!.end <= 1 && ctx.sentenceOf[a] === ctx.sentenceOf[b];
}

/** True if a word from `start` to `end` heads an organization's name ("Corps", "Foundation"). */
function holdsOrgHead(ctx: GapContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (ORG_HEADS.has(ctx.folded[i]!)) return true;
  return false;
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
      // both sides people, a capitalized word between them that is no ordinary word
      const nameWord = prev.type === 'PER' && s.type === 'PER' && NAME_WORD.test(t) && nameGap(ctx, gap);
      if (initial || particle || nameWord) {
        out[out.length - 1] = {
          start: prev.start,
          end: s.end,
          type: holdsOrgHead(ctx, prev.start, s.end) ? 'ORG' : 'PER',
        };
        continue;
      }
    }
    // a first name, a particle and a surname, whatever the tagger made of the first name and the
    // surname ("Luis" MISC + "de" + "Miranda" PER, "Vincent" LOC + "van" + "Gogh" LOC)
    if (
      prev &&
      s.start === gap + 1 &&
      prev.end - prev.start === 1 &&
      prev.type !== 'ORG' &&
      JOINABLE.has(s.type) &&
      PARTICLES.has(ctx.tokens[gap]!.text) &&
      !!ctx.gazetteer &&
      isFirstName(ctx.gazetteer, ctx.folded[prev.start]!) &&
      close(ctx, gap - 1, gap) &&
      close(ctx, gap, s.start) &&
      !holdsOrgHead(ctx, prev.start, s.end)
    ) {
      out[out.length - 1] = { start: prev.start, end: s.end, type: 'PER' };
      continue;
    }
    if (
      prev &&
      s.start === gap + 1 &&
      prev.type !== 'MISC' &&
      s.type !== 'MISC' &&
      PATRONYMICS.has(ctx.tokens[gap]!.text) &&
      close(ctx, gap - 1, gap) &&
      close(ctx, gap, s.start)
    ) {
      out[out.length - 1] = { start: prev.start, end: s.end, type: 'PER' };
      continue;
    }
    out.push({ ...s });
  }
  return particleEnds(gluedParticles(out, ctx), ctx);
}

/** Extends a person span over the "al-Bashir" word right after it ("Omar Hassan" + "al-Bashir"). */
function gluedParticles(spans: TokenSpan[], ctx: GapContext): TokenSpan[] {
  return spans.map((s, k) => {
    const next = s.end;
    if (s.type !== 'PER' || next >= ctx.tokens.length || spans[k + 1]?.start === next) return s;
    if (!GLUED_PARTICLE.test(ctx.tokens[next]!.text) || !close(ctx, next - 1, next)) return s;
    return { ...s, end: next + 1 };
  });
}

/** Particles written capitalized too ("Van Der Beek", "De La Hoya"), folded. */
const END_PARTICLES = new Set([...PARTICLES, 'la', 'le', 'della', 'ter', 'ten']);

/**
 * A name never ends on a particle: a person span that does ("James Van Der" + "Beek", the
 * tagger stopping before a surname it has not seen) takes the capitalized word after it, or
 * the span that starts there.
 */
function particleEnds(spans: TokenSpan[], ctx: GapContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const next = s.end;
    const last = next - 1;
    if (
      s.type === 'PER' &&
      s.end - s.start >= 2 &&
      next < ctx.tokens.length &&
      END_PARTICLES.has(ctx.folded[last]!) &&
      NAME_WORD.test(ctx.tokens[next]!.text) &&
      close(ctx, last, next)
    ) {
      const following = spans[k + 1];
      if (following?.start === next && following.type !== 'MISC') {
        out.push({ start: s.start, end: following.end, type: 'PER' });
        k++;
      } else if (following?.start !== next) out.push({ ...s, end: next + 1 });
      else out.push(s);
      continue;
    }
    out.push(s);
  }
  return out;
}
