// Which one-word mentions are weak evidence of a name. Coreference drops a one-word name
// whose every mention is weak (coref.ts, dropWeakStarts), however often it repeats:
//  - an ordinary word's capital at its sentence's start ("Read more ...", "Sadly, ...");
//    ordinary: in the model's common-word list, written in lowercase elsewhere in this
//    article, in the Wikipedia-built COMMON_WORDS list, or an adverb or gerund — never a
//    first name;
//  - anywhere, a word Wikipedia writes in lowercase ≥4× more often than capitalized
//    ("Revenge of the Sith", "Hanwha Q Cells", "Possession of ...");
//  - the pronoun "I".
// Pure: the document's tokens and the gazetteer in, a test per token out.

import { COMMON_WORDS } from './common-words';
import { type Gazetteer, COMMON_BIT, isFirstName } from './gazetteer';

const WORDLIKE = /[\p{L}\p{N}]/u;
const LOWER = /^\p{Ll}+$/u;
const ADVERB_OR_GERUND = /^\p{L}{3,}(?:ly|ing)$/u;

export interface WeakContext {
  /** Token texts as written. */
  raw: readonly string[];
  /** Lowercase, accent-free token texts. */
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** A test for "a first name the gazetteer knows", on folded words. */
export function firstNameTest(gazetteer: Gazetteer): (folded: string) => boolean {
  return (f) => isFirstName(gazetteer, f);
}

/** A test for "token i is weak evidence of a name" over one document. */
export function weakMentionTest(ctx: WeakContext): (token: number) => boolean {
  const { raw, folded, sentenceOf, gazetteer } = ctx;
  const isFirstName = firstNameTest(gazetteer);
  // The first word of its sentence: only marks without a letter or digit ("##", "*",
  // "•", quotes) stand before it, as in a "## READ MORE: ..." link line.
  const firstWord = (i: number) => {
    for (let k = i - 1; k >= 0 && sentenceOf[k] === sentenceOf[i]; k--) if (WORDLIKE.test(raw[k]!)) return false;
    return true;
  };
  // Words the article itself writes in lowercase ("dancing" elsewhere): at a sentence start
  // their capital is no evidence of a name.
  const lowercaseElsewhere = new Set<string>();
  for (let i = 0; i < raw.length; i++) if (LOWER.test(raw[i]!)) lowercaseElsewhere.add(folded[i]!);
  const wikiLower = (f: string) => COMMON_WORDS.has(f) && !isFirstName(f);
  const ordinary = (i: number) => {
    const f = folded[i]!;
    if (((gazetteer.phrases.get(f) ?? 0) & COMMON_BIT) !== 0 || lowercaseElsewhere.has(f)) return true;
    if (wikiLower(f)) return true;
    return ADVERB_OR_GERUND.test(f) && !isFirstName(f);
  };
  return (i) => (ordinary(i) && firstWord(i)) || wikiLower(folded[i]!) || raw[i] === 'I';
}
