// Lists name things of one kind. In "managed FC Porto, Inter Milan, Chelsea, Real Madrid and
// Manchester United" the tagger reads "Chelsea" as a person and a club named after a city as
// the city, while its neighbours in the list are organizations. A list of three or more names
// joined only by commas and a last "and"/"or", most of which are organizations, is a list of
// organizations: its people and places become organizations. A list that is mostly places or
// people is left as it is ("Britain, France and NATO"), and so is a country inside a list of
// organizations ("the US, EU, and IAEA"): a country that acts is still the place, as CoNLL and the
// page gold type it. Pure: token spans in and out.

import { COUNTRY_BIT, type Gazetteer } from '../gazetteer';
import type { TokenSpan } from '../spans';

export interface ListContext {
  /** Folded token texts. */
  folded: readonly string[];
  gazetteer: Gazetteer;
}

/** True if the tokens between two spans only join list items: ",", "and", "or", ", and", ", or". */
export function listGlue(ctx: ListContext, a: TokenSpan, b: TokenSpan): boolean {
  const between = ctx.folded.slice(a.end, b.start).join(' ');
  return between === ',' || between === 'and' || between === 'or' || between === ', and' || between === ', or';
}

/** Retypes the people and places of a list of names that is mostly organizations as organizations. */
export function organizationLists(spans: readonly TokenSpan[], ctx: ListContext): TokenSpan[] {
  const out = spans.map((s) => ({ ...s }));
  const key = (s: TokenSpan) => ctx.folded.slice(s.start, s.end).join(' ');
  const names = new Set<string>();
  let i = 0;
  while (i < out.length) {
    let j = i + 1;
    while (j < out.length && listGlue(ctx, out[j - 1]!, out[j]!)) j++;
    const items = out.slice(i, j);
    const orgs = items.filter((s) => s.type === 'ORG').length;
    // a list ends on "and"/"or" before its last item: a run of commas alone may be a dateline
    const closed =
      j - i >= 3 && /^(?:, )?(?:and|or)$/.test(ctx.folded.slice(out[j - 2]!.end, out[j - 1]!.start).join(' '));
    if (closed && orgs >= 2 && orgs * 2 > items.length) {
      for (const s of items) {
        if (s.type !== 'PER' && s.type !== 'LOC') continue;
        if ((ctx.gazetteer.phrases.get(key(s)) ?? 0) & COUNTRY_BIT) continue;
        names.add(key(s));
      }
    }
    i = j;
  }
  // every mention of such a name is the organization, as one context says for the whole article
  for (const s of out) if ((s.type === 'PER' || s.type === 'LOC') && names.has(key(s))) s.type = 'ORG';
  return out;
}
