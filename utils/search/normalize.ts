// Text normalization and tokenization for highlight search.
//
// Search must be case- and accent-insensitive ("erdog" finds "Erdoğan") and must still be
// able to mark the matched words in the *original* text, so folding happens per character
// while tokenizing and every token keeps its UTF-16 offsets into the original string.
// Documents and queries go through the same tokenizer; that is what makes the inverted
// index and the scan oracle agree.

/** One word of a text: its folded form, where it sits in the original string, its position. */
export interface Token {
  /** Folded term ("erdogan"). */
  term: string;
  /** UTF-16 offset of the first character in the original text. */
  start: number;
  /** UTF-16 offset just past the last character in the original text. */
  end: number;
  /** Word position (0, 1, 2, ...) used for phrase adjacency. Aliases share their first part's. */
  pos: number;
  /** True for the joined form of a compound ("deescalation" for "de-escalation"). */
  alias?: boolean;
}

/**
 * Letters that Unicode decomposition does not reduce to ASCII: NFD leaves them whole, so
 * they are mapped by hand (the usual transliterations readers type on a US keyboard).
 */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  ı: 'i',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ħ: 'h',
  Ħ: 'h',
};

/** Character classes the tokenizer cares about. */
// biome-ignore lint/suspicious/noConstEnum: used in this file only, where the build inlines it (the search normalizer's hot loop)
const enum CharClass {
  /** Separator: ends a word. */
  Sep = 0,
  /** Part of a word; `fold` holds its folded text (may be more than one letter: ß -> ss). */
  Word = 1,
  /** A combining mark: stays inside the word but adds nothing to the term. */
  Mark = 2,
  /** Apostrophe: joins two word parts ("O'Brien", "Putin's"). */
  Apostrophe = 3,
  /** Hyphen: joins two word parts ("de-escalation"). */
  Hyphen = 4,
}

interface CharInfo {
  cls: CharClass;
  fold: string;
}

const WORD_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE = /\p{M}/gu;
const ONLY_MARKS_RE = /^\p{M}+$/u;
const APOSTROPHES = new Set(["'", '\u2019', '\u02BC', '\u2018']);
// En and em dashes separate ("2019–2024", "Kyiv — Moscow"); only true hyphens join.
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

// Non-ASCII characters are classified once and cached: news text reuses a small alphabet.
const charCache = new Map<string, CharInfo>();

function classifyNonAscii(ch: string): CharInfo {
  let info = charCache.get(ch);
  if (info) return info;
  if (APOSTROPHES.has(ch)) info = { cls: CharClass.Apostrophe, fold: '' };
  else if (HYPHENS.has(ch)) info = { cls: CharClass.Hyphen, fold: '' };
  else if (ONLY_MARKS_RE.test(ch)) info = { cls: CharClass.Mark, fold: '' };
  else if (WORD_RE.test(ch)) info = { cls: CharClass.Word, fold: foldChar(ch) };
  else info = { cls: CharClass.Sep, fold: '' };
  charCache.set(ch, info);
  return info;
}

function foldChar(ch: string): string {
  const special = SPECIAL_FOLDS[ch];
  if (special !== undefined) return special;
  const folded = ch.normalize('NFD').replace(MARK_RE, '').toLowerCase();
  // Lower-casing can itself produce decomposable letters (e.g. "İ" -> "i̇").
  const again = folded.normalize('NFD').replace(MARK_RE, '');
  let out = '';
  for (const c of again) out += SPECIAL_FOLDS[c] ?? c;
  return out;
}

/**
 * Folds a string for comparison: lower case, accents stripped (NFD minus combining marks),
 * and the letters NFD keeps whole mapped by hand (ß→ss, ı→i, ø→o, æ→ae, œ→oe, ł→l, đ→d).
 * Separators and punctuation are kept as they are.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    const info = classifyNonAscii(ch);
    out += info.cls === CharClass.Word ? info.fold : info.cls === CharClass.Mark ? '' : ch;
  }
  return out;
}

/** Options for {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * Also emit the joined form of compounds ("deescalation", "obrien") so a reader who types
   * the word without its hyphen or apostrophe still finds it. On for documents, off for
   * queries (a query compound becomes a phrase of its parts instead).
   */
  aliases?: boolean;
}

interface Part {
  term: string;
  start: number;
  end: number;
  /** The joiner *before* this part (none for the first part). */
  joiner: CharClass;
}

/**
 * Splits text into folded word tokens with offsets into the original text.
 *
 * Words are runs of letters and digits. A hyphen or apostrophe between two word characters
 * joins parts into a compound: each part is its own token (so "escalation" finds
 * "de-escalation", "europe" finds "l'Europe"), a trailing possessive/contraction "'s" is
 * dropped ("Putin's" is the word "putin"), and with `aliases` the joined form is added too.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, options.aliases === true, (term, start, end, pos, alias) => {
    tokens.push(alias ? { term, start, end, pos, alias } : { term, start, end, pos });
  });
  return tokens;
}

/** Receives one token of {@link forEachToken}. */
export type TokenSink = (term: string, start: number, end: number, pos: number, alias: boolean) => void;

/**
 * The tokenizer itself, streaming: calls `emit` per token instead of building objects, for
 * indexing 100,000 highlights without allocating millions of tokens. Same tokens as
 * {@link tokenize}, in the same order.
 */
export function forEachToken(text: string, aliases: boolean, emit: TokenSink): void {
  const n = text.length;
  let pos = 0;
  const parts: Part[] = [];
  let term = '';
  // Pure-ASCII words (most of them) are sliced and lower-cased in one go instead of being
  // built character by character: tokenizing is most of the cost of indexing.
  let ascii = true;
  let start = -1;
  let end = -1;
  let pendingJoiner: CharClass = CharClass.Sep;
  let joinerSeen: CharClass = CharClass.Sep;

  const closePart = (): void => {
    if (start >= 0) {
      const folded = ascii ? text.slice(start, end).toLowerCase() : term;
      if (folded.length > 0) parts.push({ term: folded, start, end, joiner: joinerSeen });
    }
    term = '';
    ascii = true;
    start = -1;
  };
  const flushCompound = (): void => {
    closePart();
    if (parts.length === 0) return;
    // "Putin's", "it's": the possessive tail carries no meaning for search.
    const last = parts[parts.length - 1]!;
    if (parts.length > 1 && last.joiner === CharClass.Apostrophe && last.term === 's') parts.pop();
    const firstPos = pos;
    for (const part of parts) emit(part.term, part.start, part.end, pos++, false);
    if (aliases && parts.length > 1) {
      let joined = '';
      for (const part of parts) joined += part.term;
      emit(joined, parts[0]!.start, parts[parts.length - 1]!.end, firstPos, true);
    }
    parts.length = 0;
    joinerSeen = CharClass.Sep;
  };

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let width = 1;
    let cls: CharClass;
    let folded = '';
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
        if (start < 0) {
          start = i;
          joinerSeen = pendingJoiner;
          pendingJoiner = CharClass.Sep;
        }
        // The folded text is only built once a word turns out not to be pure ASCII.
        if (!ascii) term += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!;
        end = i + 1;
        i++;
        continue;
      } else if (code === 39) cls = CharClass.Apostrophe;
      else if (code === 45) cls = CharClass.Hyphen;
      else cls = CharClass.Sep;
    } else {
      // Astral characters (surrogate pairs) are classified as one code point.
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) width = 2;
      const info = classifyNonAscii(text.slice(i, i + width));
      cls = info.cls;
      folded = info.fold;
    }

    if (cls === CharClass.Word) {
      if (start < 0) {
        start = i;
        joinerSeen = pendingJoiner;
        pendingJoiner = CharClass.Sep;
      }
      if (ascii) {
        term = text.slice(start, i).toLowerCase();
        ascii = false;
      }
      term += folded;
      end = i + width;
    } else if (cls === CharClass.Mark) {
      // A combining mark in already-decomposed text: part of the current word, folds to nothing.
      if (start >= 0) {
        if (ascii) {
          term = text.slice(start, i).toLowerCase();
          ascii = false;
        }
        end = i + width;
      }
    } else if ((cls === CharClass.Apostrophe || cls === CharClass.Hyphen) && start >= 0 && isWordAt(text, i + width)) {
      closePart();
      pendingJoiner = cls;
    } else {
      pendingJoiner = CharClass.Sep;
      flushCompound();
    }
    i += width;
  }
  flushCompound();
}

function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return classifyNonAscii(text.slice(i, i + width)).cls === CharClass.Word;
}

/** The folded terms of a text, in order, without aliases: what a query word becomes. */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
