// Companies and services by their brand name. Today's companies ("Netflix", "WhatsApp",
// "SpaceX") were not in the 1996 training text, and the tagger leaves them out or calls them
// people or places. A run of words written exactly as a brand name of the bundled list
// (brand-names.ts, from simple-icons, CC0) is an organization: a person or place span that
// is one becomes ORG, and an untagged run becomes a new ORG span. A one-word person or place
// span that the gazetteer knows only as an organization (lexicon.ts's KNOWN_ORGS: "Amazon",
// which the tagger reads as the river on most mentions) becomes ORG too. Never for a first name
// ("Ada"), a place the gazetteer knows, a word the model's common list holds, a nationality
// ("Norwegian") or planet ("Saturn"), or the surname of a person the article names in full ("Ford" beside
// "Harrison Ford"). Pure.

import { BRAND_NAMES } from '../brand-names';
import { COMMON_BIT, FIRST_BIT, type Gazetteer, ORG_BIT, PLACE_BITS } from '../gazetteer';
import { DEMONYMS } from '../lexicon';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

const BLOCK = FIRST_BIT | PLACE_BITS | COMMON_BIT;
const MAX_WORDS = 3;
/** The planets (and Pluto), by their English names: some are brands too. */
const PLANETS = new Set('mercury venus earth mars jupiter saturn uranus neptune pluto'.split(' '));

export interface BrandContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** The brand name tokens a..b spell, if any, and the guards let it stand. */
/** A word that opens with a letter and holds a capital ("Nike", "eBay"), as every word of a listed brand does. */
const nameWord = (t: string) => /^\p{L}/u.test(t) && /\p{Lu}/u.test(t);

function brandAt(ctx: BrandContext, a: number, b: number, surnames: ReadonlySet<string>): boolean {
  let name = ctx.tokens[a]!.text;
  for (let i = a + 1; i < b; i++) {
    if (ctx.tokens[i]!.start - ctx.tokens[i - 1]!.end !== 1 || ctx.sentenceOf[i] !== ctx.sentenceOf[a]) return false;
    name += ` ${ctx.tokens[i]!.text}`;
  }
  if (!BRAND_NAMES.has(name)) return false;
  const key = ctx.folded.slice(a, b).join(' ');
  // a nationality adjective is the nationality ("a Norwegian plane"), whatever airline bears it,
  // and a planet the planet ("Jupiter and Saturn"), whatever car
  if (DEMONYMS.has(key) || PLANETS.has(key)) return false;
  if ((ctx.gazetteer.phrases.get(key) ?? 0) & BLOCK) return false;
  if ((ctx.gazetteer.phrases.get(ctx.folded[a]!) ?? 0) & BLOCK & ~COMMON_BIT) return false;
  return !(b - a === 1 && surnames.has(key));
}

/** A one-word person or place span the gazetteer knows as an organization and as nothing else. */
function knownOrganization(ctx: BrandContext, s: TokenSpan, surnames: ReadonlySet<string>): boolean {
  if (s.end - s.start !== 1 || (s.type !== 'PER' && s.type !== 'LOC')) return false;
  const key = ctx.folded[s.start]!;
  return ctx.gazetteer.phrases.get(key) === ORG_BIT && !DEMONYMS.has(key) && !surnames.has(key);
}

/** Retypes person/place spans that are brand names or known organizations, and adds untagged brand names, as ORG. */
export function brandOrganizations(spans: readonly TokenSpan[], ctx: BrandContext): TokenSpan[] {
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.end - s.start >= 2) surnames.add(ctx.folded[s.end - 1]!);
  const owned = new Uint8Array(ctx.tokens.length);
  for (const s of spans) owned.fill(1, s.start, s.end);
  const out = spans.map((s) =>
    s.type !== 'ORG' && (brandAt(ctx, s.start, s.end, surnames) || knownOrganization(ctx, s, surnames))
      ? { ...s, type: 'ORG' }
      : s,
  );
  for (let i = 0; i < ctx.tokens.length; i++) {
    // every word of a listed brand name has a capital: most tokens are ruled out here
    if (owned[i] || !nameWord(ctx.tokens[i]!.text)) continue;
    for (let n = MAX_WORDS; n >= 1; n--) {
      const b = i + n;
      if (b > ctx.tokens.length || owned.subarray(i, b).some((o) => o)) continue;
      if (!brandAt(ctx, i, b, surnames)) continue;
      out.push({ start: i, end: b, type: 'ORG' });
      owned.fill(1, i, b);
      i = b - 1;
      break;
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
