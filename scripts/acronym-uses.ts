// How Wikipedia prose uses each all-caps word (2–6 capitals): as a common noun ("a CPU", "two
// CPUs", "a dedicated CPU", "central processing unit (CPU)") or as a name ("NATO's members",
// "NASA said", "North Atlantic Treaty Organization (NATO)"). build-lexicons.ts counts these
// uses over ../shared/data/text and keeps the acronyms that read as common nouns
// (COMMON_ACRONYMS), so a one-word span made only of one is no name (rules/codes.ts).
// The signals and thresholds were chosen on the development corpora (CoNLL-2003 train/dev,
// wikigold, UNER dev, BTC a–g, WNUT-17 train/dev, CrossNER train/dev): docs/entity-engine.md.

import { ACRONYM_SHAPE as ACRONYM } from '../utils/entities/acronyms';

const TOKEN = /\p{L}[\p{L}\d]*|['’]s\b|\d+|[^\s\p{L}\d]/gu;
const PLURAL = /^(\p{Lu}{2,6})s$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** Small words before an acronym that say nothing about it being modified ("of", "joined", "the"). */
const FUNCTION_WORDS = new Set(
  `the a an of in on at to for from by with and or but as than that which who whom whose its his her their
  our my your this these those is was were are be been being has have had into onto over under between among
  after before during via per both either neither not no all any each every some such also only including
  against within without about around across through toward towards until upon while where when since like
  unlike so then nor yet if whether said says joined join joining left leave former rival led called named`.split(
    /\s+/,
  ),
);
/** Verbs of saying and acting that follow an organization as their subject ("NASA said"). */
const SUBJECT_VERBS = new Set(
  'said says announced stated reported claimed declared confirmed denied launched signed agreed'.split(' '),
);
/** Words an acronym's expansion skips ("Organisation for Security and Co-operation in Europe"). */
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'de', 'a', 'an', '&']);

/** Counts of one acronym's uses. */
export interface AcronymCounts {
  /** Uses as written, inside prose (not in lines mostly in capitals). */
  uses: number;
  /** Uses of its plural with a lowercase s ("CPUs"). */
  plurals: number;
  /** Uses right after a lowercase word that is not a function word ("dedicated CPU", "human DNA"). */
  modified: number;
  /** Uses followed by 's ("NATO's"). */
  possessive: number;
  /** Uses followed by a verb of saying or acting ("NASA said"). */
  subject: number;
  /** Uses in parentheses after its expansion in lowercase words ("central processing unit (CPU)"). */
  lowerExpansions: number;
  /** Uses in parentheses after its expansion in capitalized words ("Federal Bureau of Investigation (FBI)"). */
  upperExpansions: number;
}

/** Counts of an acronym not seen yet. */
export const emptyAcronymCounts = (): AcronymCounts => ({
  uses: 0,
  plurals: 0,
  modified: 0,
  possessive: 0,
  subject: 0,
  lowerExpansions: 0,
  upperExpansions: 0,
});

/** 'lower' or 'upper' if the words before token i's "(" spell acronym `a` by their initials, else null. */
function expansionCase(t: readonly string[], i: number, a: string): 'lower' | 'upper' | null {
  let j = i - 2;
  let pos = a.length - 1;
  let low = 0;
  let up = 0;
  while (pos >= 0 && j >= 0) {
    const w = t[j]!;
    if (w === '-') {
      j--;
      continue;
    }
    if (!/^\p{L}/u.test(w)) return null;
    if (w[0]!.toUpperCase() === a[pos]) {
      if (w[0] === w[0]!.toUpperCase()) up++;
      else low++;
      pos--;
      j--;
      continue;
    }
    if (!CONNECTORS.has(w.toLowerCase())) return null;
    j--;
  }
  if (pos >= 0) return null;
  // a sentence may capitalize the expansion's first word: the majority decides
  return low > up ? 'lower' : 'upper';
}

/** Adds one line of prose's acronym uses to `counts` (lines mostly in capitals are headings: skipped). */
export function countAcronymUses(line: string, counts: Map<string, AcronymCounts>): void {
  const t = line.match(TOKEN) ?? [];
  let caps = 0;
  let words = 0;
  for (const w of t) {
    if (!/^\p{L}/u.test(w)) continue;
    words++;
    if (w.length > 1 && w === w.toUpperCase()) caps++;
  }
  if (caps > 0.3 * words) return;
  const get = (a: string) => {
    let c = counts.get(a);
    if (!c) counts.set(a, (c = emptyAcronymCounts()));
    return c;
  };
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    const plural = PLURAL.exec(w);
    if (plural) {
      get(plural[1]!).plurals++;
      continue;
    }
    if (!ACRONYM.test(w)) continue;
    const c = get(w);
    c.uses++;
    const prev = t[i - 1] ?? '';
    const next = t[i + 1] ?? '';
    if (LOWER_WORD.test(prev) && !FUNCTION_WORDS.has(prev)) c.modified++;
    if (/^['’]s$/.test(next)) c.possessive++;
    if (SUBJECT_VERBS.has(next)) c.subject++;
    if (prev === '(' && next === ')') {
      const e = expansionCase(t, i, w);
      if (e === 'lower') c.lowerExpansions++;
      else if (e === 'upper') c.upperExpansions++;
    }
  }
}

/** The thresholds of `isCommonAcronym` (picked on the development corpora, see the header). */
export const COMMON_ACRONYM_THRESHOLDS = {
  minUses: 50,
  minPluralShare: 0.05,
  minModifiedShare: 0.25,
  minLowerExpansions: 2,
  maxPossessiveShare: 0.04,
  maxSubjectShare: 0.005,
  maxUpperExpansionShare: 0.005,
} as const;

/**
 * True if the counts say a common noun: used often enough, rarely as an organization is (possessive,
 * subject of "said", expanded in capitals more than in lowercase), and often as a noun is
 * (in the plural, after a modifier, or expanded in lowercase words).
 */
export function isCommonAcronym(c: AcronymCounts, th = COMMON_ACRONYM_THRESHOLDS): boolean {
  const n = c.uses;
  if (n < th.minUses) return false;
  if (c.possessive / n > th.maxPossessiveShare || c.subject / n > th.maxSubjectShare) return false;
  if (c.upperExpansions > c.lowerExpansions && c.upperExpansions > th.maxUpperExpansionShare * n) return false;
  return (
    c.plurals / n >= th.minPluralShare ||
    (c.lowerExpansions >= th.minLowerExpansions && c.lowerExpansions > c.upperExpansions) ||
    c.modified / n >= th.minModifiedShare
  );
}
