// Newspapers, magazines and broadcasters told by how a story cites them. Their names are
// ordinary words or look like a person's ("Rolling Stone", "Variety", "The Hill"), and the
// tagger calls them people or leaves them out; but a story names its sources in a few fixed
// ways: "a statement to X", "in an interview with X", "according to X", "obtained by X", "a
// report by X", "originally appeared on X", "X reported" ("told X" is not one: people are told more often than papers,
// "Ramos told Suharto"). A person or place span in such a place that is not shaped like a
// person's name (opening on a first name, or the surname of a person the article names in
// full) nor a place the gazetteer knows is an organization, and so is every other mention of
// it. Untagged names there are left alone (adding them gained nothing measurable). Pure.

import { type Gazetteer, PLACE_BITS, isFirstName } from '../gazetteer';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** What the rule reads of the document. */
export interface MediaContext {
  tokens: readonly Token[];
  folded: readonly string[];
  gazetteer: Gazetteer;
}

/** Word sequences that end just before a cited source (folded). Written for Gloss. */
const BEFORE = [
  'according to',
  'interview with',
  'statement to',
  'statement given to',
  'obtained by',
  'reviewed by',
  'seen by',
  'report by',
  'report from',
  'reported by',
  'published by',
  'confirmed to',
  // a syndicated story's source line ("This article originally appeared on The Atlantic") and a
  // site's story ("a story published at MAKEzine"); not a bare "appeared in", which films and
  // albums follow ("appeared on Kool Thing")
  'originally appeared in',
  'originally appeared on',
  'originally published in',
  'originally published on',
  'published at',
].map((s) => s.split(' '));
/** Words just after a cited source. */
const AFTER = new Set(['reported', 'reports']);

/** True if a cue of BEFORE ends at token i - 1 (an article "the" between is allowed). */
function citedAfterCue(folded: readonly string[], i: number): boolean {
  const at = folded[i - 1] === 'the' ? i - 1 : i;
  return BEFORE.some((cue) => cue.every((w, k) => folded[at - cue.length + k] === w));
}

/** Retypes people and places cited as a source (see the module comment) as organizations, everywhere in the article. */
export function mediaByContext(spans: readonly TokenSpan[], ctx: MediaContext): TokenSpan[] {
  const key = (s: TokenSpan) => ctx.folded.slice(s.start, s.end).join(' ');
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.end - s.start >= 2) surnames.add(ctx.folded[s.end - 1]!);
  const media = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' && s.type !== 'LOC') continue;
    if (!citedAfterCue(ctx.folded, s.start) && !AFTER.has(ctx.folded[s.end] ?? '')) continue;
    const k = key(s);
    if ((ctx.gazetteer.phrases.get(k) ?? 0) & PLACE_BITS) continue;
    if (isFirstName(ctx.gazetteer, ctx.folded[s.start]!)) continue;
    if (s.end - s.start === 1 && surnames.has(k)) continue;
    media.add(k);
  }
  if (!media.size) return [...spans];
  return spans.map((s) => ((s.type === 'PER' || s.type === 'LOC') && media.has(key(s)) ? { ...s, type: 'ORG' } : s));
}
