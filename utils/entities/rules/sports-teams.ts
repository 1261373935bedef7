// Teams in sports copy (issue 11: "cities that are teams in sports copy"). A club is named by
// a city or by its own name ("Chelsea", "West Ham"), and the tagger, which sees a town or a
// surname, types it as a place or a person. The page itself says when a name is a team: in
// sports copy (`sports-copy.ts`), the name stands in a team's slot — the side of a fixture
// ("X vs Y", "X v Y"), the object of a result ("beat X", "drew with X", "lost to X", "victory
// over X", "away to X"), the owner of a team's people ("X's manager", "X striker", "X fans"),
// where a player goes or plays ("joined X", "signed for X", "games for X", "in charge of X") —
// or it is an organization listed among organizations ("managed FC Porto, Inter Milan,
// Chelsea and …"). Such a name is a team for the whole article: its person or place mentions
// in sports sentences become organizations; in a sentence that is not sports copy a city
// stays a place.
// Guards: a country (national sides are written as the country: CoNLL and the gold pages keep
// them places), a person named in full ("beat Andre Agassi"), the surname of a person named
// in full elsewhere ("beat Agassi"), a name the tagger reads as a person at every mention
// (players of tennis, boxing, squash), a place after "in". Pure: token spans in and out.

import { COMMON_BIT, FIRST_BIT, GAZ_CATEGORIES, type Gazetteer } from '../gazetteer';
import type { TokenSpan } from '../spans';
import { sportsCopy } from './sports-copy';
import { isPossessive } from '../tokenizer';

const COUNTRY = 1 << GAZ_CATEGORIES.indexOf('country');
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** A one-token cue before a team: "beat X", "X vs Y". */
const BEFORE = words(
  'beat beats beating defeated defeating edged thrashed routed hammered trounced joined vs vs. v v. versus team club champions rivals opponents leaders outfit',
);
/** Two-token cues before a team: "lost to X", "in charge of X" is handled with its three words. */
const BEFORE_TWO = words(`lost|to losing|to loss|to defeat|to defeat|by beaten|by defeated|by away|to away|at
  home|to drew|with draw|with drawn|with tie|with victory|over win|over wins|over triumph|over victory|against
  win|against draw|against signed|for sign|for signing|for charge|of played|for plays|for play|for playing|for
  games|for goals|for appearances|for match|for matches|for fans|of supporters|of manager|of coach|of captain|of
  coach|at manager|at points|behind clear|of`);
/** A team's people and parts after its name, with or without 's. Written for Gloss. */
const PEOPLE = words(`manager boss coach striker strikers midfielder midfielders defender defenders goalkeeper
  keeper winger forward forwards skipper captain fans supporters players player squad team-mate teammate
  team-mates teammates academy quarterback pitcher`);
/** One-token cues after a team that only sides have: "X vs Y". */
const AFTER = words('vs vs. v v. versus');

export interface SportsContext {
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** True if the words around span s put it in a team's slot. */
function teamSlot(folded: readonly string[], s: TokenSpan): boolean {
  // "beat the Colorado Rockies": the article is no part of the slot
  const at = folded[s.start - 1] === 'the' ? s.start - 1 : s.start;
  const b1 = folded[at - 1] ?? '';
  const b2 = folded[at - 2] ?? '';
  if (BEFORE.has(b1) || BEFORE_TWO.has(`${b2}|${b1}`)) return true;
  let a = s.end;
  if (isPossessive(folded[a] ?? '')) a++;
  return PEOPLE.has(folded[a] ?? '') || AFTER.has(folded[s.end] ?? '');
}

/**
 * Mentions that are never a club: a country (national sides keep the country's name and
 * type), a person named in full ("beat Andre Agassi"), the surname of a person named in full
 * in the article, a name the tagger reads as a person at every mention (players of tennis,
 * boxing, squash: "defeated Jansher"), a place after "in" ("In Seattle, …"), and the side
 * met by a country ("Belgium beat Turkey 2-1": national sides again).
 */
function neverTeam(spans: readonly TokenSpan[], ctx: SportsContext): (s: TokenSpan, i: number) => boolean {
  const { folded, gazetteer } = ctx;
  const key = (s: TokenSpan) => folded.slice(s.start, s.end).join(' ');
  const bits = (k: string) => gazetteer.phrases.get(k) ?? 0;
  const surnames = new Set<string>();
  const notPerson = new Set<string>();
  const alone = new Set<string>();
  for (const s of spans) {
    if (s.type === 'PER' && s.end - s.start >= 2) surnames.add(folded[s.end - 1]!);
    if (s.type === 'PER' && s.end - s.start === 1) alone.add(key(s));
    if (s.type !== 'PER') notPerson.add(key(s));
  }
  const country = (s: TokenSpan | undefined) => s !== undefined && (bits(key(s)) & COUNTRY) !== 0;
  // a person named in full: a first name first (not one that is also an ordinary word: "West
  // Ham"), a nationality after ("Jiri Novak ( Czech Republic )" of results lists, "Yi Jing-Qian
  // of China"), or the surname written alone elsewhere
  const fullName = (s: TokenSpan) =>
    (bits(folded[s.start]!) & (FIRST_BIT | COMMON_BIT)) === FIRST_BIT ||
    folded[s.end] === '(' ||
    folded[s.end] === 'of' ||
    alone.has(folded[s.end - 1]!);
  return (s, i) =>
    country(s) ||
    (s.type === 'PER' && (s.end - s.start >= 2 ? fullName(s) : !notPerson.has(key(s)))) ||
    (s.end - s.start === 1 && surnames.has(key(s))) ||
    folded[s.start - 1] === 'in' ||
    (country(spans[i - 1]) && spans[i - 1]!.end === s.start - 1 && BEFORE.has(folded[s.start - 1]!)) ||
    (country(spans[i + 1]) && spans[i + 1]!.start === s.end + 1 && AFTER.has(folded[s.end]!));
}

/** True if the tokens between two spans only join list items ("," "and" "or"). */
function listed(folded: readonly string[], a: TokenSpan | undefined, b: TokenSpan | undefined): boolean {
  if (!a || !b || a.type !== 'ORG' || b.type !== 'ORG') return false;
  const between = folded.slice(a.end, b.start).join(' ');
  return between === ',' || between === 'and' || between === 'or' || between === ', and';
}

/** True if spans i and j (neighbours) are joined by "and" alone. */
function coordinated(folded: readonly string[], spans: readonly TokenSpan[], i: number, j: number): boolean {
  const [a, b] = i < j ? [spans[i]!, spans[j]!] : [spans[j]!, spans[i]!];
  return b.start === a.end + 1 && folded[a.end] === 'and';
}

/** Retypes as ORG the person and place mentions of names that the article's sports copy shows to be teams. */
export function sportsTeams(spans: readonly TokenSpan[], ctx: SportsContext): TokenSpan[] {
  const { sentence: sports, article } = sportsCopy(ctx.folded, ctx.sentenceOf);
  if (!sports.some(Boolean)) return [...spans];
  const { folded } = ctx;
  const key = (s: TokenSpan) => folded.slice(s.start, s.end).join(' ');
  const inSports = (s: TokenSpan) => sports[ctx.sentenceOf[s.start]!] === true;
  const never = neverTeam(spans, ctx);
  const teams = new Set<string>();
  const slotted = new Set<TokenSpan>();
  // in an article of sports copy any sentence may name a team ("away to West Ham on Saturday")
  const eligible = (s: TokenSpan, i: number) =>
    (article || inSports(s)) && !never(s, i) && (s.type === 'PER' || s.type === 'LOC' || s.type === 'ORG');
  spans.forEach((s, i) => {
    if (!eligible(s, i)) return;
    if (teamSlot(folded, s)) slotted.add(s);
    // a club listed among organizations: "managed FC Porto, Inter Milan, Chelsea and …"
    else if (s.type !== 'ORG' || !(listed(folded, spans[i - 1], s) || listed(folded, s, spans[i + 1]))) return;
    teams.add(key(s));
  });
  // a name joined by "and" to one in a team's slot fills the slot too: "the former Blackburn
  // and Southampton skipper", "beat Leeds and Burnley"
  const joined = (i: number, j: number) =>
    slotted.has(spans[i]!) && !slotted.has(spans[j]!) && eligible(spans[j]!, j) && coordinated(folded, spans, i, j);
  for (let i = 0; i + 1 < spans.length; i++) if (joined(i, i + 1)) slotted.add(spans[i + 1]!);
  for (let i = spans.length - 1; i > 0; i--) if (joined(i, i - 1)) slotted.add(spans[i - 1]!);
  for (const s of slotted) teams.add(key(s));
  if (!teams.size) return [...spans];
  return spans.map((s, i) =>
    (s.type === 'PER' || s.type === 'LOC') && (slotted.has(s) || (inSports(s) && teams.has(key(s)) && !never(s, i)))
      ? { ...s, type: 'ORG' }
      : s,
  );
}
