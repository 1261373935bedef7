// One type per name on a page (document-level consistency, after Krishnan & Manning 2006 and
// Ratinov & Roth 2009): the greedy tagger types each mention from its own sentence, so one
// name can come out a person in one sentence and a place in the next ("President Obama" PER,
// "the Obama administration" LOC ×5). The mentions of one name (the same words, folded, a
// person's title left out) vote on its type: the mentions that carry their own strong cue
// decide — a title before the name is a person's — and without cues a clear majority
// decides. A mention keeps the type its own cue gives it, so a city and a person of one
// name can both stay on a page. Pure: token spans in and out.

import type { EntityType } from '../model/types';
import { HINT_TITLES, TITLES, TITLE_MODIFIERS } from './lexicon';
import type { TokenSpan } from './spans';

export interface VoteContext {
  /** Folded token texts. */
  folded: readonly string[];
}

/**
 * The types that vote. Organizations have no say and keep their type: a club or a company is
 * often named after a city or a person on the same page ("Baltimore has won seven" beside "in
 * Baltimore"), and letting them vote cost CoNLL dev PER+LOC 0.9430 → 0.9423. MISC keeps its type too.
 */
const VOTING = new Set<string>(['PER', 'LOC']);

/** A title that names a person's office or rank ("President", "Mr."), not a modifier of one ("Foreign"). */
function isPersonTitle(f: string | undefined): boolean {
  return f !== undefined && (TITLES.has(f) || HINT_TITLES.has(f)) && !TITLE_MODIFIERS.has(f);
}

/** Index of the first name word of a span: a person span's leading titles are no part of its name. */
function nameStart(s: TokenSpan, folded: readonly string[]): number {
  let start = s.start;
  if (s.type === 'PER')
    while (start < s.end - 1 && (isPersonTitle(folded[start]) || TITLE_MODIFIERS.has(folded[start]!))) start++;
  return start;
}

/** The type a mention's own context gives it, if any: a title before the name is a person's. */
function ownCue(s: TokenSpan, start: number, folded: readonly string[]): EntityType | undefined {
  if (start > s.start) return 'PER';
  if (isPersonTitle(folded[s.start - 1])) return 'PER';
  return undefined;
}

/** The type with strictly more than every other in `counts`, if one has. */
function strictWinner(counts: ReadonlyMap<EntityType, number>, majority: boolean): EntityType | undefined {
  let best: EntityType | undefined;
  let bestN = 0;
  let total = 0;
  let tie = false;
  for (const [t, n] of counts) {
    total += n;
    if (n > bestN) {
      best = t;
      bestN = n;
      tie = false;
    } else if (n === bestN) tie = true;
  }
  if (tie || !best) return undefined;
  // a majority over all the others together, not just more than each
  if (majority && bestN * 2 <= total) return undefined;
  return best;
}

/** Retypes each name's mentions with the page's vote on that name; mentions with their own cue keep theirs. */
export function voteNameTypes(spans: readonly TokenSpan[], ctx: VoteContext): TokenSpan[] {
  const out = spans.map((s) => ({ ...s }));
  const groups = new Map<string, Array<{ span: TokenSpan; cue?: EntityType }>>();
  for (const s of out) {
    if (!VOTING.has(s.type)) continue;
    const start = nameStart(s, ctx.folded);
    const key = ctx.folded.slice(start, s.end).join(' ');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push({ span: s, cue: ownCue(s, start, ctx.folded) });
  }
  for (const g of groups.values()) {
    if (g.length < 2 || g.every((m) => m.span.type === g[0]!.span.type)) continue;
    const cues = new Map<EntityType, number>();
    const counts = new Map<EntityType, number>();
    for (const m of g) {
      if (m.cue) cues.set(m.cue, (cues.get(m.cue) ?? 0) + 1);
      counts.set(m.span.type as EntityType, (counts.get(m.span.type as EntityType) ?? 0) + 1);
    }
    let winner = cues.size ? strictWinner(cues, false) : undefined;
    if (!winner && !cues.size) winner = strictWinner(counts, true);
    if (!winner) continue;
    for (const m of g) if (!m.cue) m.span.type = winner;
  }
  return out;
}
