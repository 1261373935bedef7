// Companies named after people or places, written with a corporate suffix ("Walt Disney Co.",
// "Miller Inc"): the tagger reads the name as the person or place and leaves the suffix out.
// A person or place span directly followed by a corporate suffix is an organization, suffix
// and all (CoNLL-2003 annotates every such suffix inside the organization), with the
// capitalized words or organization pieces just before it ("First" + "Albany" + "Corp.").
// A person or place span that already ends on the suffix ("Walt Disney Company" PER) is the
// organization too. Pure: token spans in and out.

import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** What the rule reads of the document. */
export interface SuffixContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
}

/** Corporate suffixes, as folded, abbreviated or in full, and their European forms; written for Gloss. */
const SUFFIXES = new Set(
  `co. co inc. inc corp. corp ltd. ltd llc plc company corporation incorporated limited gmbh s.a. s.l. n.v. b.v.`.split(
    ' ',
  ),
);

/** Words that open a sentence capitalized and never a company's name. Written for Gloss. */
const SMALL = new Set([
  'the',
  'a',
  'an',
  'and',
  'but',
  'or',
  'at',
  'in',
  'on',
  'of',
  'for',
  'to',
  'by',
  'from',
  'with',
]);

/** Capitalized as a suffix is written ("Co.", "Inc", "LLC"), not "co" in running text. */
const SUFFIX_SHAPE = /^\p{Lu}/u;

/** Retypes a person or place span followed by a corporate suffix as an organization over both. */
export function suffixedCompanies(spans: readonly TokenSpan[], ctx: SuffixContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const last = s.end - 1;
    if (
      (s.type === 'PER' || s.type === 'LOC') &&
      s.end - s.start >= 2 &&
      SUFFIXES.has(ctx.folded[last]!) &&
      SUFFIX_SHAPE.test(ctx.tokens[last]!.text)
    ) {
      out.push({ ...s, type: 'ORG' });
      continue;
    }
    const j = s.end;
    const t = ctx.tokens[j];
    const ok =
      (s.type === 'PER' || s.type === 'LOC') &&
      !!t &&
      SUFFIXES.has(ctx.folded[j]!) &&
      SUFFIX_SHAPE.test(t.text) &&
      t.start - ctx.tokens[j - 1]!.end === 1 &&
      ctx.sentenceOf[j] === ctx.sentenceOf[j - 1] &&
      !(spans[k + 1] && spans[k + 1]!.start === j);
    if (!ok) {
      out.push(s);
      continue;
    }
    // the company's name may open before the span: "First" + "Albany" + "Corp.", "Anglo American" + …
    let start = s.start;
    for (;;) {
      const prev = out[out.length - 1];
      const i = start - 1;
      if (i < 0 || ctx.sentenceOf[i] !== ctx.sentenceOf[s.start] || ctx.tokens[start]!.start - ctx.tokens[i]!.end !== 1)
        break;
      // never over a compound ("Mercer Island-based" + "Dana F. Besecker" + "Company")
      if (ctx.tokens[i]!.text.includes('-')) break;
      if (prev && prev.end === start && (prev.type === 'ORG' || prev.type === 'MISC')) {
        start = prev.start;
        out.pop();
      } else if ((!prev || prev.end <= i) && /^\p{Lu}\p{Ll}/u.test(ctx.tokens[i]!.text) && !SMALL.has(ctx.folded[i]!))
        start = i;
      else break;
    }
    out.push({ start, end: j + 1, type: 'ORG' });
  }
  return out;
}
