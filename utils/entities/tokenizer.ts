// Tokenizer and sentence splitter for the entity engine. It follows CoNLL-2003's
// conventions (punctuation split off, "'s" and "n't" split, hyphenated words and
// dotted abbreviations such as "U.S." kept whole) so that the tagger sees the same
// kind of tokens at run time as in its training data. Every token carries its
// UTF-16 offsets into the input string, so spans map straight back to the page.

/** One token: its text and where it sits in the input (`text.slice(start, end)`). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A sentence as a half-open range of token indices. */
export interface Sentence {
  start: number;
  end: number;
}

// Words that keep their trailing period: titles, company suffixes, month names.
// Without this "Mr." would split into "Mr" "." and end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st jr sr gen col lt sgt capt cmdr adm gov sen rep prof rev hon pres ' +
    'inc corp ltd co bros plc vs mt ft messrs maj brig cpl pte ave blvd rd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec etc al univ dept est approx fig'
  ).split(' '),
);
/** Words that keep their period only before a number: "No. 10" (number), but "No. You tell me". */
const NUMBER_ABBREVIATIONS = new Set(['no']);

// One alternation, tried left to right at each position. Order matters: dotted
// abbreviations before words, numbers before punctuation.
const TOKEN_RE = new RegExp(
  [
    // dotted abbreviations: U.S., U.N., e.g.
    String.raw`\p{L}(?:\.\p{L})+\.?`,
    // numbers with inner separators: 1,000.5  1996-08-30  6-4  3/4  2:30  1990s
    String.raw`\p{N}[\p{L}\p{N}]*(?:[.,:/\-][\p{L}\p{N}]+)*`,
    // words, with inner hyphens and apostrophes: Al-Nusra, O'Neill, don't
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*`,
    // clitics written apart or after punctuation: 's  'll
    String.raw`['’](?:s|S|ll|re|ve|d|m)\b`,
    // runs of dots or dashes count as one token
    String.raw`\.{2,}|-{2,}|…`,
    // any other single visible character
    String.raw`[^\s]`,
  ].join('|'),
  'gu',
);

/** The possessive clitic as tokenize() splits it off: "'s", "’s", "'S" (folded or as written). */
const POSSESSIVE_RE = /^['’]s$/i;

/** True if a token is the possessive "'s" ("Obama's" → "Obama", "'s"). */
export function isPossessive(token: string): boolean {
  return POSSESSIVE_RE.test(token);
}

const CLITIC_RE = /^(.+?)(n['’]t|['’](?:s|S|ll|LL|re|RE|ve|VE|d|D|m|M))$/u;

/** Splits `text` into tokens with UTF-16 offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const s = m[0];
    const start = m.index;
    const first = s.charCodeAt(0);
    // A word followed by a period: keep the period for known abbreviations and
    // single capitals ("N. Korea", "George W. Bush").
    if (isLetterStart(first) && text.charCodeAt(start + s.length) === 46 /* . */) {
      const lower = s.toLowerCase();
      const abbreviation =
        ABBREVIATIONS.has(lower) || (NUMBER_ABBREVIATIONS.has(lower) && numberFollows(text, start + s.length + 1));
      if (abbreviation || (s.length === 1 && s !== s.toLowerCase())) {
        out.push({ text: `${s}.`, start, end: start + s.length + 1 });
        TOKEN_RE.lastIndex = start + s.length + 1;
        continue;
      }
    }
    const c = s.length > 2 ? CLITIC_RE.exec(s) : null;
    if (c && /\p{L}/u.test(c[1])) {
      const a = c[1];
      out.push({ text: a, start, end: start + a.length });
      out.push({ text: c[2], start: start + a.length, end: start + s.length });
      continue;
    }
    out.push({ text: s, start, end: start + s.length });
  }
  return out;
}

/** Whether a number (or "#") follows position `at` after spaces ("No. 10", "No. #4"). */
function numberFollows(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0) i++;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 35;
}

function isLetterStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

/**
 * Splits tokens into sentences: at every line break, and after ., ! or ? (plus any
 * closing quotes) when the next token starts with a capital, a digit or a quote.
 * Abbreviation tokens (which keep their period) never end a sentence, which is
 * what keeps "U.S. President Trump" together.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    let cut = false;
    const gap = text.slice(tokens[i].end, next.start);
    if (gap.includes('\n')) cut = true;
    else if (gap.length > 0) {
      let j = i;
      // step back over closing quotes/brackets: `said." The`
      while (j > start && CLOSERS.has(tokens[j].text)) j--;
      const p = tokens[j].text;
      if (p === '.' || p === '!' || p === '?' || p === '...' || p === '…') {
        const n = next.text.charAt(0);
        if (/[\p{Lu}\p{N}"“‘'(]/u.test(n)) cut = true;
      }
    }
    if (cut) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < tokens.length) out.push({ start, end: tokens.length });
  return out;
}
