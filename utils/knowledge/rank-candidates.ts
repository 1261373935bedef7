// On-device disambiguation: when a name is missing on Wikipedia or lands on a
// disambiguation page, the search's candidates are ranked here against the page's
// context (other entity names, title words). The context never leaves the device; only
// the name was sent. Scoring is deliberately simple and explainable: context overlap,
// type compatibility, title similarity and a small prior for the search's own rank.
import type { MarkedEntityType } from '../model/types';

/** A candidate article as the search returned it. */
export interface Candidate {
  title: string;
  description?: string;
  extract?: string;
  /** Search rank, 1 = best. */
  index?: number;
  disambiguation?: boolean;
}

/** A scored candidate; `parts` says why (handy in tests and when tuning). */
export interface RankedCandidate<C extends Candidate = Candidate> {
  candidate: C;
  score: number;
  parts: { context: number; type: number; title: number; rank: number };
}

const WEIGHTS = { context: 3, type: 2, title: 1.5, rank: 1 };

// Below this a candidate is a guess we would rather not show (showing the wrong person is
// worse than showing nothing).
const MIN_SCORE = 1.2;

const STOPWORDS = new Set(
  'the and for with from that this was were has have are his her its who which also been after into over than more said says will would about not but their they them there these those when where what while being during between under other such only some most many much very can could may might should one two three new old per via amid'.split(
    ' ',
  ),
);

// Words in a description/extract that suggest what kind of thing the article is about.
const TYPE_CUES: Record<MarkedEntityType, RegExp> = {
  PER: /\b(?:born|politician|president|minister|diplomat|actor|actress|singer|musician|writer|author|journalist|businessman|businesswoman|player|footballer|athlete|officer|general|lawyer|judge|scientist|activist|leader|chancellor|senator|prince|princess|king|queen|emperor|spokesman|spokeswoman|artist|director|producer|comedian|poet|philosopher|economist|engineer|mathematician|physicist|\(\d{4}\s*[–-]\s*\d{4}\)|\(born\b)/i,
  LOC: /\b(?:city|country|capital|town|village|province|region|state|republic|kingdom|river|island|islands|mountain|lake|sea|governorate|district|municipality|county|oblast|krai|territory|continent|peninsula|sovereign|nation|port|resort|metropolis|federal subject|neighbourhood|neighborhood|located)\b/i,
  ORG: /\b(?:organi[sz]ation|company|corporation|party|group|agency|militant|movement|union|council|university|institution|association|alliance|federation|ministry|department|bank|network|broadcaster|newspaper|club|team|founded|intergovernmental|militia|army|force|committee|foundation|brand|manufacturer)\b/i,
};

// Pages about a name or a term rather than a thing.
const NON_ENTITY_CUE =
  /\b(?:surname|given name|family name|first name|disambiguation|topics referred to|may refer to|list of)\b/i;

/** Lowercase, accent-folded word tokens (Erdoğan → erdogan). */
export function foldTokens(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

// Crude stemming so "Russian" meets "Russia" and "Syrian" meets "Syria".
function stem(t: string): string {
  return t.length > 5 ? t.slice(0, 5) : t;
}

/** Content-word stems of `s`: folded, stopwords and short tokens dropped. */
export function contentStems(s: string): Set<string> {
  const out = new Set<string>();
  for (const t of foldTokens(s)) {
    if (t.length < 3 || STOPWORDS.has(t) || /^\d+$/.test(t)) continue;
    out.add(stem(t));
  }
  return out;
}

/** The title without a trailing parenthetical qualifier ("Georgia (country)" → "Georgia"). */
export function baseTitle(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/**
 * How well `title` names `name`, 0–1: exact (accent-folded) match 1; all name tokens in
 * the title 0.8 scaled by coverage; an acronym of the title's words ("US", "IS") 0.8.
 */
export function titleSimilarity(name: string, title: string): number {
  const n = foldTokens(name).join(' ');
  const t = foldTokens(baseTitle(title)).join(' ');
  if (n.length === 0 || t.length === 0) return 0;
  if (n === t) return 1;
  const nameTokens = foldTokens(name);
  const titleTokens = new Set(foldTokens(baseTitle(title)));
  const covered = nameTokens.filter((x) => titleTokens.has(x)).length;
  let sim = (0.8 * covered) / nameTokens.length;
  const compact = name.replace(/[.\s]/g, '');
  if (/^\p{Lu}{2,6}$/u.test(compact)) {
    const initials = baseTitle(title)
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials === compact) sim = Math.max(sim, 0.8);
  }
  return sim;
}

/** Type compatibility, −1 to 1, from cue words in the title qualifier, description and extract. */
export function typeCompatibility(type: MarkedEntityType, c: Candidate): number {
  const qualifier = /\(([^)]*)\)\s*$/.exec(c.title)?.[1] ?? '';
  const text = `${qualifier} ${c.description ?? ''} ${(c.extract ?? '').slice(0, 400)}`;
  if (c.disambiguation || NON_ENTITY_CUE.test(`${qualifier} ${c.description ?? ''}`)) return -1;
  const fits = TYPE_CUES[type].test(text);
  const others = (Object.keys(TYPE_CUES) as MarkedEntityType[]).filter((t) => t !== type && TYPE_CUES[t].test(text));
  if (fits) return others.length > 0 ? 0.5 : 1;
  return others.length > 0 ? -1 : 0;
}

/**
 * Ranks candidates for `name` of `type` against `context` (best first). Disambiguation
 * pages are dropped; candidates below the acceptance threshold are dropped too, so an
 * empty result means "no confident match".
 */
export function rankCandidates<C extends Candidate>(
  name: string,
  type: MarkedEntityType,
  context: readonly string[],
  candidates: readonly C[],
): RankedCandidate<C>[] {
  // The name's own words match every candidate; they say nothing about context.
  const nameStems = contentStems(name);
  const contextStems = new Set<string>();
  for (const c of context) for (const s of contentStems(c)) if (!nameStems.has(s)) contextStems.add(s);

  const ranked: RankedCandidate<C>[] = [];
  for (const c of candidates) {
    if (c.disambiguation) continue;
    const text = contentStems(`${c.title} ${c.description ?? ''} ${c.extract ?? ''}`);
    let overlap = 0;
    for (const s of contextStems) if (text.has(s)) overlap++;
    const parts = {
      // Saturating: the third shared word matters less than the first.
      context: overlap / (overlap + 2),
      type: typeCompatibility(type, c),
      title: titleSimilarity(name, c.title),
      rank: c.index && c.index > 0 ? 0.5 / c.index : 0,
    };
    const score =
      WEIGHTS.context * parts.context +
      WEIGHTS.type * parts.type +
      WEIGHTS.title * parts.title +
      WEIGHTS.rank * parts.rank;
    // A candidate must be named by the name, or be strongly supported by the context.
    if (parts.title === 0 && overlap < 2) continue;
    if (score < MIN_SCORE) continue;
    ranked.push({ candidate: c, score, parts });
  }
  return ranked.sort((a, b) => b.score - a.score || (a.candidate.index ?? 1e9) - (b.candidate.index ?? 1e9));
}
