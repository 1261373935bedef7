// Organization names the tagger cut in two at "of": a publication or a part of a body named
// after its owner ("Monthly Notices of the Royal Astronomical Society", "Specialist Group of
// the British Computer Society") comes out as two organizations, "X" and "Y", with "of" or
// "of the" between them in one sentence; they are one name. Not when the owner is a place the
// gazetteer knows, a name opening on a first name, or a league in capitals (teams "of" a city
// or a league are names of their own). Pure: token spans in and out, sorted and non-overlapping.

import { COMMON_BIT, FIRST_BIT, type Gazetteer, PLACE_BITS } from '../gazetteer';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** What the join rule reads of the document. */
export interface JoinContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

const ACRONYM = /^[\p{Lu}.&]+$/u;

/**
 * True if span b can be the owner in "X of Y": not a place the gazetteer knows ("Espanyol of
 * Barcelona"), not opening on a first name (a person's firm), not one word in capitals
 * (a league: "Vancouver Canucks of the PCHL").
 */
function ownerName(ctx: JoinContext, b: TokenSpan): boolean {
  if ((ctx.gazetteer.phrases.get(ctx.folded.slice(b.start, b.end).join(' ')) ?? 0) & PLACE_BITS) return false;
  const first = ctx.gazetteer.phrases.get(ctx.folded[b.start]!) ?? 0;
  if (first & FIRST_BIT && !(first & COMMON_BIT)) return false; // "Royal" is a word as well
  return !(b.end - b.start === 1 && ACRONYM.test(ctx.tokens[b.start]!.text));
}

/** Joins "X of (the) Y" when X and Y are both organization spans in one sentence. */
export function joinOrganizationsOverOf(spans: readonly TokenSpan[], ctx: JoinContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1];
    if (a.type === 'ORG' && b?.type === 'ORG' && ctx.sentenceOf[a.start] === ctx.sentenceOf[b.start]) {
      const gap = ctx.folded.slice(a.end, b.start).join(' ');
      if ((gap === 'of' || gap === 'of the') && ownerName(ctx, b)) {
        out.push({ start: a.start, end: b.end, type: 'ORG' });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
