// One type per name on a page (document-level consistency, after Krishnan & Manning 2006 and
// Ratinov & Roth 2009): the greedy tagger types each mention from its own sentence, so one
// name can come out a person in one sentence and a place in the next ("President Obama" PER,
// "the Obama administration" LOC ×5). A mention with a cue of its own (a capitalized title
// before it, a kin word or an age in apposition: "his first wife, Sally", "Braun, 38,", or a
// government named after its leader: "the Carter administration") takes the cue's type. Then the mentions of one name (the same words, folded, a person's title left
// out) vote on its type: the cued mentions decide, and without cues a strict majority does.
// Cued mentions keep their cue's type; a name that is both a place and an organization on the
// page is not voted on (a city and its club), unless one of its mentions has a person's cue
// ("President Obama" beside "resist Obama" LOC and "Obama officials" ORG). Pure: token spans in and out.

import type { EntityType } from '../../model/types';
import { COUNTRY_BIT, type Gazetteer, REGION_BIT } from '../gazetteer';
import { DEMONYMS, HINT_TITLES, TITLES, TITLE_MODIFIERS } from '../lexicon';
import type { TokenSpan } from '../spans';
import { ORG_HEADS, PERSON_ONLY_PLACE_HEADS, PLACE_HEADS } from './span-rules';

export interface VoteContext {
  /** Folded token texts. */
  folded: readonly string[];
  /** Tokens as written. */
  tokens: readonly { text: string }[];
  gazetteer: Gazetteer;
}

/** Countries and regions: "the U.S. administration", "the Kurdistan administration" name no leader. */
const COUNTRY_OR_REGION = COUNTRY_BIT | REGION_BIT;

/**
 * A government named after the person who leads it: "the Obama administration", "Carter
 * administration officials" (the page gold and CoNLL both type the name PER). The tagger, trained
 * on 1996 text, types such a name by the place the gazetteer knows under it (Obama, Fukui;
 * Carter, Oklahoma). Not when the name is a country, a region, a demonym or written in capitals
 * ("the U.S. administration", "the Afghan administration"), nor a name of several words that
 * could be a city's ("the Hong Kong administration": one-word names only).
 */
function leaderOfAdministration(s: TokenSpan, ctx: VoteContext): boolean {
  if (s.end - s.start !== 1 || ctx.tokens[s.end]?.text !== 'administration') return false;
  const raw = ctx.tokens[s.start]!.text;
  const f = ctx.folded[s.start]!;
  if (!/^\p{Lu}\p{Ll}/u.test(raw) || DEMONYMS.has(f)) return false;
  return !((ctx.gazetteer.phrases.get(f) ?? 0) & COUNTRY_OR_REGION);
}

/**
 * A title as written before a name: with a capital, not in capitals. Lowercase, the word is
 * often no title of the name ("will miss England", "defending champion Spain": CoNLL dev
 * PER+LOC 0.9438 → 0.9419 when these counted); in capitals it is a headline ("DON'T MISS China").
 */
function writtenAsTitle(raw: string): boolean {
  return /^\p{Lu}/u.test(raw) && !/^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(raw);
}

/** The types that vote; MISC keeps its type and has no say. */
const VOTING = new Set<string>(['PER', 'LOC', 'ORG']);

/**
 * A name both a place and an organization on the page is left as the tagger typed it: a club
 * is often named after its city ("Baltimore has won seven" beside "in Baltimore"); voting on
 * those cost CoNLL dev PER+LOC 0.9430 → 0.9423. Person against organization is voted on
 * ("Duran" ORG ×4 beside "Duran" PER).
 */
function placeAndOrganization(g: readonly { span: TokenSpan }[]): boolean {
  return g.some((m) => m.span.type === 'ORG') && g.some((m) => m.span.type === 'LOC');
}

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

/** Kin and partners named in apposition: "his first wife, Sally", "her son Tom". */
const KIN = new Set(
  `wife husband son daughter father mother brother sister widow widower partner girlfriend boyfriend
  fiancee fiance grandson granddaughter grandfather grandmother uncle aunt nephew niece
  cousin stepson stepdaughter stepfather stepmother spouse`.split(/\s+/),
);
const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'whose']);

/** A kin word owned by someone just before the name: "his (first) wife(,) Sally". */
function kinBefore(at: number, folded: readonly string[]): boolean {
  let k = at - 1;
  if (folded[k] === ',') k--;
  if (!KIN.has(folded[k] ?? '')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (POSSESSIVES.has(folded[j]!)) return true;
  return false;
}

/** An age in apposition after the name: "Braun, 38, …", "Parata, 75 –". */
function ageAfter(at: number, folded: readonly string[]): boolean {
  if (folded[at] !== ',' || !/^\d{1,3}$/.test(folded[at + 1] ?? '')) return false;
  const age = Number(folded[at + 1]);
  const next = folded[at + 2] ?? '';
  return (
    age >= 1 &&
    age <= 115 &&
    (next === ',' || next === '-' || next === '–' || next === '—' || next === ')' || next === '.')
  );
}

/** True if the span's words hold the head of an organization's name, or end on a building's or place's. */
function namesThing(s: TokenSpan, folded: readonly string[]): boolean {
  const last = folded[s.end - 1]!;
  if (PLACE_HEADS.has(last) || PERSON_ONLY_PLACE_HEADS.has(last)) return true;
  for (let i = s.start + 1; i < s.end; i++) if (ORG_HEADS.has(folded[i]!)) return true;
  return false;
}

/**
 * The type a mention's own context gives it, if any: a title before the name ("President
 * Obama"; inside a person span, "Gov. Kemp"), a kin word or an age in apposition, or a government
 * named after its leader is a person's.
 */
function ownCue(s: TokenSpan, start: number, ctx: VoteContext): EntityType | undefined {
  const { folded, tokens } = ctx;
  // a title inside or before the name of a building or body is part of that name ("Queen
  // Elizabeth Hall", "Prince Leopold Institute of Tropical Medicine"): no person's cue
  if (namesThing(s, folded)) return undefined;
  if (start > s.start) return 'PER';
  // "Hope and Victor N. Burton, 45,": a cue after a conjunction of names is the last name's
  if (folded.slice(s.start, s.end).some((f) => f === 'and' || f === '&')) return undefined;
  if (isPersonTitle(folded[s.start - 1]) && writtenAsTitle(tokens[s.start - 1]!.text)) return 'PER';
  if (kinBefore(s.start, folded)) return 'PER';
  if (ageAfter(s.end, folded)) return 'PER';
  if (leaderOfAdministration(s, ctx)) return 'PER';
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

/**
 * Types each person, place or organization mention that has a cue of its own by it, then each
 * name's other mentions by the page's vote on that name.
 */
export function voteNameTypes(spans: readonly TokenSpan[], ctx: VoteContext): TokenSpan[] {
  const out = spans.map((s) => ({ ...s }));
  const groups = new Map<string, Array<{ span: TokenSpan; cue?: EntityType }>>();
  for (const s of out) {
    if (!VOTING.has(s.type)) continue;
    const start = nameStart(s, ctx.folded);
    const key = ctx.folded.slice(start, s.end).join(' ');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    const cue = ownCue(s, start, ctx);
    // a mention's own cue types it, whatever the tagger said ("his first wife, Sally" LOC)
    if (cue) s.type = cue;
    g.push({ span: s, cue });
  }
  for (const g of groups.values()) {
    if (g.length < 2 || g.every((m) => m.span.type === g[0]!.span.type)) continue;
    // a person's own cue outweighs the city-and-club reading: no club is "President Obama"
    if (placeAndOrganization(g) && !g.some((m) => m.cue === 'PER')) continue;
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
