// Titles of works and holidays that open on a name's possessive: "Valentine’s Day", "Super
// Lucky's Tale", "Schindler's List". The tagger reads the owner as a person ("Valentine",
// "Super Lucky") and sometimes the capitalized ordinary word after it too ("Tale"). A person
// span, "'s", then one capitalized ordinary English word, or a word no list knows that the page
// writes only there (untagged, or a one-word span of its own), that ends the name (the next word is not capitalized) is such a title when the page
// names that person nowhere else (a person span holding the owner's last word): the whole
// becomes one MISC span (recognized, not marked). A person the page names elsewhere keeps his
// possessive ("Johnson's Cabinet" beside "Boris Johnson"), and so does a first name and a
// surname or after a title ("Boris Smith's …", "President Obama's Call with …"); in title-case lines, where every word is capitalized,
// and before a two-letter word ("Jimmy's Is it?") nothing is read. Pure: token spans in and out.

import { type Gazetteer, isFirstName } from '../gazetteer';
import { TITLES } from '../lexicon';
import { lineCases } from './case-evidence';
import { ownerIndex, type TokenSpan } from '../spans';
import { isPossessive, type Sentence, type Token } from '../tokenizer';
import { isOrdinaryWord } from './ordinary-spans';

export interface PossessiveContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentences: readonly Sentence[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** Capitalized, not in capitals: a title's word, not a headline's. */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITALIZED = /^\p{Lu}/u;

/** Retypes "<person>'s <Word>" titles as one MISC span (see the module comment). */
export function possessiveTitles(spans: readonly TokenSpan[], ctx: PossessiveContext): TokenSpan[] {
  const n = ctx.tokens.length;
  const candidates: number[] = [];
  spans.forEach((s, k) => {
    if (s.type !== 'PER' || s.end + 1 >= n || !isPossessive(ctx.tokens[s.end]!.text)) return;
    // a first name and a surname are a person's full name ("Ridley Scott's Ebola drama")
    if (s.end - s.start >= 2 && isFirstName(ctx.gazetteer, ctx.folded[s.start]!)) return;
    // and a title says a person ("President Obama's Call with …")
    if (s.start > 0 && TITLES.has(ctx.folded[s.start - 1]!)) return;
    candidates.push(k);
  });
  if (!candidates.length) return [...spans];
  // in a title-case line every word is capitalized ("Readout of President Obama's Call with …")
  const cases = lineCases(ctx);
  const owner = ownerIndex(spans, n);
  // the candidates of a title's shape, and the span of the word after the possessive, if any
  const titles: Array<{ k: number; o: number }> = [];
  // a word the lists do not know ("Tale") passes when the page writes it only after the possessive
  const afterPossessive = new Map<string, number>();
  for (const k of candidates) {
    const f = ctx.folded[spans[k]!.end + 1]!;
    afterPossessive.set(f, (afterPossessive.get(f) ?? 0) + 1);
  }
  // how often the page writes each such word, counted in one scan
  const times = new Map<string, number>();
  for (const f of afterPossessive.keys()) times.set(f, 0);
  for (const g of ctx.folded) {
    const t = times.get(g);
    if (t !== undefined) times.set(g, t + 1);
  }
  const unknownOnlyHere = (f: string) => !ctx.gazetteer.phrases.get(f) && times.get(f) === afterPossessive.get(f);
  for (const k of candidates) {
    const w = spans[k]!.end + 1;
    const f = ctx.folded[w]!;
    if (!TITLE_WORD.test(ctx.tokens[w]!.text) || !(isOrdinaryWord(f, ctx.gazetteer) || unknownOnlyHere(f))) continue;
    const o = owner[w]!;
    if (o !== -1 && (spans[o]!.start !== w || spans[o]!.end !== w + 1)) continue;
    if (cases[ctx.sentenceOf[w]!] !== 'plain' || f.length < 3) continue;
    // the name does not run on ("Kennedy's Secretary of State")
    if (w + 1 < n && (CAPITALIZED.test(ctx.tokens[w + 1]!.text) || ctx.folded[w + 1] === 'of')) continue;
    titles.push({ k, o });
  }
  if (!titles.length) return [...spans];
  const inTitle = new Set<number>();
  for (const { k, o } of titles) inTitle.add(k).add(o);
  // the words of the person spans outside such titles: a person the page names elsewhere
  const personWords = new Set<string>();
  spans.forEach((s, k) => {
    if (s.type === 'PER' && !inTitle.has(k)) for (let i = s.start; i < s.end; i++) personWords.add(ctx.folded[i]!);
  });
  const dead = new Set<number>();
  const out = spans.map((s) => ({ ...s }));
  for (const { k, o } of titles) {
    const s = out[k]!;
    if (personWords.has(ctx.folded[s.end - 1]!)) continue;
    if (o !== -1) dead.add(o);
    s.end += 2;
    s.type = 'MISC';
  }
  return out.filter((_, k) => !dead.has(k));
}
