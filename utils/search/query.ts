// Parses what the reader types in the popup's search box into clauses.
//
// Syntax: words (every word matches as a prefix, because the popup searches while the
// reader types and a word may be half-typed anywhere after editing), "quoted phrases"
// (exact adjacent words; the last word is a prefix while the quote is still open), and
// -word / -"phrase" to exclude. All clauses must match (AND).
import { terms } from './normalize';

/**
 * One thing a highlight must (or must not) contain: a single word, or several adjacent
 * words inside one field. Words are folded.
 */
export interface Clause {
  words: string[];
  /** The last word also matches longer words that start with it ("erdog" → "erdogan"). */
  prefixLast: boolean;
}

/** A parsed query: clauses that must match and clauses that must not. */
export interface ParsedQuery {
  clauses: Clause[];
  negatives: Clause[];
}

/**
 * Parses query text.
 *
 * - `erdog tur` → two prefix clauses.
 * - `"de-escalation zones"` → one phrase clause of three words (de, escalation, zones), exact.
 * - `"de-escalation zo` (quote still open) → the same phrase with "zo" as a prefix.
 * - `"Erdoğan"` → the exact word "erdogan" (no prefix).
 * - `de-esc` → a compound typed as one word becomes a phrase whose last part is a prefix.
 * - `-trump` / `-"white house"` → exclude highlights containing that exact word/phrase.
 *
 * Identical clauses are kept once (typing "erd erd" does not double the score).
 */
export function parseQuery(text: string): ParsedQuery {
  const clauses: Clause[] = [];
  const negatives: Clause[] = [];
  const seen = new Set<string>();
  const push = (words: string[], prefixLast: boolean, negative: boolean): void => {
    if (words.length === 0) return;
    // A word being excluded is taken whole: half-typed "-tru" must not hide "truth".
    const clause: Clause = { words, prefixLast: negative ? false : prefixLast };
    const key = `${negative ? '-' : '+'}${clause.prefixLast ? '*' : '='}${words.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    (negative ? negatives : clauses).push(clause);
  };

  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let negative = false;
    if (ch === '-' && i + 1 < n && !/\s/.test(text[i + 1]!)) {
      negative = true;
      i++;
    }
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      const closed = close >= 0;
      const body = text.slice(i + 1, closed ? close : n);
      // An open quote is being typed: its last word may be unfinished.
      push(terms(body), !closed, negative);
      i = closed ? close + 1 : n;
      continue;
    }
    let j = i;
    while (j < n && !/\s/.test(text[j]!) && text[j] !== '"') j++;
    push(terms(text.slice(i, j)), true, negative);
    i = j;
  }
  return { clauses, negatives };
}

/** True when the query has nothing to match: every highlight passes (filters still apply). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.clauses.length === 0 && query.negatives.length === 0;
}
