// The writing style of a document, guessed from its tokens alone: edited prose (news,
// encyclopedia) or social text (posts, comments, chat). The two write names
// differently: in CoNLL-2003 train 13% of capitalized mid-sentence words are not
// names, in the Broad Twitter Corpus 50% and in WNUT-17 72%; a tenth of tweet names
// start lowercase, almost none in edited text. Models trained on both (issue 12) conjoin
// their case and shape features with this style, so each style's habits are learnt
// apart as well as together ("frustratingly easy domain adaptation", Daumé III 2007).
// The same guess runs in training and in the browser, from the text only.

import type { Sentence } from './tokenizer';

/** 'E': edited prose; 'T': social text. */
export type TextStyle = 'E' | 'T';

/** Tokens only social text has: handles, hashtags, links, chat abbreviations. */
const SOCIAL_TOKEN = /^(?:[@#]\w*|https?:\/\/\S+|lol|omg|u|ur|im|rt)$/i;
const FIRST_LETTER = /^\p{L}/u;
const LOWER_START = /^\p{Ll}/u;
const SENTENCE_END = /^[.!?"')\]]$/;

/**
 * Social when handles, hashtags or links make ≥ 1 token in 40, when a quarter of the
 * sentences start lowercase, or when a short text (< 40 tokens) leaves half its
 * sentences without closing punctuation. Measured on the training corpora by tokens:
 * CoNLL-2003 train 99.4% and CrossNER train 97.6% edited; BTC 88% and WNUT-17 86% social.
 */
export function textStyle(raw: readonly string[], sentences: readonly Sentence[]): TextStyle {
  const n = raw.length;
  let markers = 0;
  for (let i = 0; i < n; i++) if (SOCIAL_TOKEN.test(raw[i])) markers++;
  if (markers > 0 && markers * 40 >= n) return 'T';
  let lowStarts = 0;
  let unended = 0;
  for (const s of sentences) {
    for (let i = s.start; i < s.end; i++) {
      if (!FIRST_LETTER.test(raw[i])) continue;
      if (LOWER_START.test(raw[i])) lowStarts++;
      break;
    }
    if (s.end > s.start && !SENTENCE_END.test(raw[s.end - 1])) unended++;
  }
  const ns = Math.max(1, sentences.length);
  if (lowStarts * 4 >= ns) return 'T';
  if (n < 40 && unended * 2 >= ns) return 'T';
  return 'E';
}
