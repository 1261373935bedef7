// Parts of a person's name that the page names in full. The tagger reads each sentence on its
// own, so it may write "Bin Laden" as just "Laden" after "Osama bin Laden", or read "Te
// Kaurinui Parata" (the middle name left out) as an organization beside "Te Kaurinui Robert
// Parata". When the page names a person in full (a person span of two or more words):
//  - a person mention grows over the untagged words next to it that continue it as the full
//    name does: leftwards only over the particles the full name writes in lowercase ("bin",
//    "van", "de"; a capital at a sentence start is allowed), rightwards over any of its words;
//  - a place or organization of two or more words with no organization word, whose words are
//    the person's full name with middle words left out, first and last kept, is that person.
//  - a person span that is a full name of the page and one word more, before a lowercase word,
//    ends at the name when the page writes the name's last word alone (of any type) and never the
//    word more: the word is a product or kind named after the person ("a Margaret Hamilton Lego
//    minifigure" beside "Margaret Hamilton" and "Hamilton"), unless the page names it with the
//    word elsewhere too.
// A surname alone is coreference's (coref.ts). A lone first word typed otherwise ("Scooter" of
// "Scooter Braun") was tried and not kept: half B lost a person string. Pure: token spans in and out.

import { ORG_KEYWORDS } from '../lexicon';
import type { TokenSpan } from '../spans';

export interface PartsContext {
  /** Folded token texts. */
  folded: readonly string[];
  /** Token texts as written. */
  tokens: readonly { text: string }[];
  /** Sentence index of each token: a name never runs on into the next sentence. */
  sentenceOf: Int32Array;
}

const CAPITALIZED = /^\p{Lu}/u;

/** A person's name as one of its mentions writes it in full: folded words and words as written. */
interface FullName {
  folded: string[];
  raw: string[];
  /** How many person spans write it. */
  times: number;
}

/** True if `part` is `whole` with some of its inner words left out (first and last kept, in order). */
function withMiddleLeftOut(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length < 2 || part.length >= whole.length) return false;
  if (part[0] !== whole[0] || part[part.length - 1] !== whole[whole.length - 1]) return false;
  let k = 1;
  for (let i = 1; i < whole.length - 1 && k < part.length - 1; i++) if (whole[i] === part[k]) k++;
  return k === part.length - 1;
}

/** Index of `part` as a contiguous run inside `whole`, or -1. */
function runAt(part: readonly string[], whole: readonly string[]): number {
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++) if (whole[i + k] !== part[k]) continue outer;
    return i;
  }
  return -1;
}

/** Grows person mentions over untagged words that continue them as a full name on the page does. */
function growOverNameWords(out: TokenSpan[], ctx: PartsContext, fullNames: readonly FullName[]): void {
  const taken = new Uint8Array(ctx.folded.length);
  for (const s of out) taken.fill(1, s.start, s.end);
  for (const s of out) {
    // a place or organization only when one word and the particle before it is taken
    const other = s.type === 'LOC' || s.type === 'ORG';
    if (s.type !== 'PER' && !(other && s.end - s.start === 1)) continue;
    const words = ctx.folded.slice(s.start, s.end);
    for (const { folded: name, raw } of fullNames) {
      const at = runAt(words, name);
      if (at < 0 || words.length === name.length) continue;
      let start = s.start;
      let end = s.end;
      // a word as the full name writes it ("bin"), or with a capital ("Bin" opening a sentence)
      const fits = (t: number, i: number) =>
        ctx.sentenceOf[t] === ctx.sentenceOf[s.start] &&
        ctx.folded[t] === name[i] &&
        (ctx.tokens[t]!.text === raw[i] || CAPITALIZED.test(ctx.tokens[t]!.text));
      // leftwards only over the particles of a surname ("bin Laden", "van Gogh"): a first name
      // before a surname is a name of its own mention, not a continuation
      const particle = (i: number) => /^\p{Ll}/u.test(raw[i]!);
      for (let i = at - 1; i >= 0 && start > 0 && !taken[start - 1] && particle(i) && fits(start - 1, i); i--) start--;
      if (other && start === s.start) continue;
      for (let i = at + words.length; i < name.length && end < ctx.folded.length && !taken[end] && fits(end, i); i++)
        end++;
      if (start === s.start && end === s.end) continue;
      s.type = 'PER';
      taken.fill(1, start, end);
      s.start = start;
      s.end = end;
      break;
    }
  }
}

const LOWERCASE = /^\p{Ll}/u;

/**
 * Cuts the word after a full name off a person span before a lowercase word (see the module
 * comment); returns the full names left, without those cut, which no longer name anyone.
 */
function cutWordAfterFullName(out: TokenSpan[], ctx: PartsContext, fullNames: readonly FullName[]): FullName[] {
  const cut = new Set<string>();
  const count = new Map<string, number>();
  for (const n of fullNames) count.set(n.folded.join(' '), n.times);
  // the surname: "Hamilton" alone says "Margaret Hamilton" ends there (the tagger may type it a
  // place, which the type vote and coreference mend later); "Mary Ann" with no "Ann" alone says
  // nothing against "Mary Ann Smith"
  const alone = new Set<string>();
  for (const s of out) if (s.end - s.start === 1) alone.add(ctx.folded[s.start]!);
  for (const s of out) {
    const n = s.end - s.start;
    if (s.type !== 'PER' || n < 3 || s.end >= ctx.folded.length) continue;
    const next = ctx.tokens[s.end]!.text;
    if (!LOWERCASE.test(next) || ctx.sentenceOf[s.end] !== ctx.sentenceOf[s.start]) continue;
    if (!CAPITALIZED.test(ctx.tokens[s.end - 1]!.text)) continue;
    const words = ctx.folded.slice(s.start, s.end);
    const key = words.join(' ');
    if (count.get(key) !== 1 || !count.has(words.slice(0, -1).join(' '))) continue;
    if (!alone.has(words[n - 2]!) || alone.has(words[n - 1]!)) continue;
    s.end--;
    cut.add(key);
  }
  return cut.size ? fullNames.filter((n) => !cut.has(n.folded.join(' '))) : [...fullNames];
}

/** Retypes and grows the parts of the page's full person names as those people. */
export function personNameParts(spans: readonly TokenSpan[], ctx: PartsContext): TokenSpan[] {
  const out = spans.map((s) => ({ ...s }));
  const full: FullName[] = [];
  const seen = new Map<string, FullName>();
  for (const s of out) {
    if (s.type !== 'PER' || s.end - s.start < 2) continue;
    const name = ctx.folded.slice(s.start, s.end);
    const key = name.join(' ');
    const known = seen.get(key);
    if (known) known.times++;
    else {
      const entry = { folded: name, raw: ctx.tokens.slice(s.start, s.end).map((t) => t.text), times: 1 };
      full.push(entry);
      seen.set(key, entry);
    }
  }
  if (!full.length) return out;
  const names = cutWordAfterFullName(out, ctx, full);
  growOverNameWords(out, ctx, names);
  for (const s of out) {
    if ((s.type !== 'LOC' && s.type !== 'ORG') || s.end - s.start < 2) continue;
    const words = ctx.folded.slice(s.start, s.end);
    if (words.some((w) => ORG_KEYWORDS.has(w))) continue;
    if (names.some((n) => withMiddleLeftOut(words, n.folded))) s.type = 'PER';
  }
  return out;
}
