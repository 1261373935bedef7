// Roles written before a name as part of it ("Ombudsman Nadia Cruz", "Defenseman Jonas
// Brodin", "Economist Jane Doe"): news pages capitalize them, the tagger takes them into the
// person's span, and the lexicon's title list cannot name every role. A role is told by its
// shape: a capitalized ordinary English word (one the article-independent common-word list
// holds) or a word with an agent ending (-man, -woman, -er, -or, -ist, -ian, -ant, -ent),
// that is not a first name. Coreference cuts it off a person span of three or more words
// and keeps it as the mention's hint. Pure.

import { type Gazetteer, COMMON_BIT, FIRST_BIT } from './gazetteer';
import type { Token } from './tokenizer';

const AGENT = /(?:man|woman|person|er|or|ist|ian|ant|ent)$/;
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A test for "token i is a role word" over one document's tokens. */
export function roleWordTest(
  tokens: readonly Token[],
  folded: readonly string[],
  gazetteer: Gazetteer,
): (i: number) => boolean {
  return (i) => {
    const t = tokens[i]?.text ?? '';
    if (!CAPITALIZED_WORD.test(t)) return false;
    const bits = gazetteer.phrases.get(folded[i]!) ?? 0;
    if (bits & FIRST_BIT) return false;
    return (bits & COMMON_BIT) !== 0 || AGENT.test(folded[i]!);
  };
}
