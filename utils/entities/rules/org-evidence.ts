// Organizations told by their context. The tagger learnt 1996 company names; today's
// ("WeWork", "Mojang", "Stratfor") look to it like surnames or towns. The words around a
// name often say what it is, and one such context anywhere in the article retypes every
// mention of the same name as an organization:
//  - a kind of organization just before it: "Minecraft developer Mojang", "the startup X";
//  - a company's people or parts after it: "a WeWork spokesperson", "X's CEO", "X's shares";
//  - an apposition whose head is a kind of organization: "Stratfor, the Texas-based
//    geopolitical intelligence organization,";
//  - a role at it: "a senior military analyst at Stratfor", "senior vp at Ubisoft";
//  - a corporate suffix after it: "X Inc.", "X Ltd";
//  - a kind of group after it, in lowercase, with "the" before: "the Ennahda party", "the X network";
//  - a body's people in the plural after it, with or without an article: "Con Edison officials
//    said" (a person has no officials; a place does, and the gazetteer's places are guarded);
//  - a list brought in by a plural kind: "competitors such as Walmart, Kroger and Costco",
//    "public companies such as Gannett and McClatchy": every member is one.
// Party members in the plural ("Democrats won", "the Conservatives") stand for the party:
// an organization, whatever the tagger said (CoNLL calls them MISC, pages often PER); a
// place before them is its own span ("Louisiana Democrats" → place + party).
// Guards: a place the gazetteer knows, a name starting with a first name ("developer John
// Smith"; such a name only by a corporate suffix, a role at it or its deals: "Walt Disney Co.", "an
// analyst at Miller Tabak", "Dell's buyout"), and a one-word name that is the surname of a person named in full in the article
// ("a Trump spokesman") are never retyped. Pure: token spans in and out.

import { FIRST_BIT, type Gazetteer, PLACE_BITS } from '../gazetteer';
import { isOrdinaryWord } from './ordinary-spans';
import { listGlue } from './org-lists';
import type { TokenSpan } from '../spans';
import { isPossessive, type Token } from '../tokenizer';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
/** Kinds of organization, as written before a name or as the head of an apposition. Written for Gloss. */
const KINDS = words(`company firm startup start-up developer maker publisher retailer carrier manufacturer
  automaker carmaker chipmaker insurer lender studio network conglomerate brand label outlet newspaper
  magazine website platform agency organization organisation nonprofit non-profit charity operator airline
  broadcaster provider distributor subsidiary corporation business think-tank`);
/** A company's people and parts, after its name (with or without 's). Written for Gloss. */
const PARTS = words(`spokesperson spokesman spokeswoman spokespeople shareholders stockholders shares stock
  employees staffers subsidiary subsidiaries headquarters ceo cfo coo cto executives`);
/** A body's people in the plural, after its name with or without an article: "Con Edison officials said". Written for Gloss. */
const MEMBERS = words('officials executives employees staffers shareholders stockholders');
/** Plural kinds of organization that bring in a list of them: "retailers such as …". Written for Gloss. */
const KIND_PLURALS = words(`companies firms corporations businesses startups start-ups retailers grocers chains
  competitors rivals banks lenders insurers brands publishers carriers airlines manufacturers makers automakers
  carmakers chipmakers providers outlets newspapers broadcasters conglomerates charities nonprofits agencies
  organizations organisations operators distributors`);
/** After 's only: what a person can hardly have. */
const POSSESSED = words('founder co-founder cofounder board chairman chairwoman products app website platform');
/**
 * After 's: a company's deals, which no person has, even one named by a first name ("Dell's buyout").
 * Not earnings, revenue or profits: a player or a singer has those. Written for Gloss.
 */
const DEALS = words('buyout takeover merger ipo');
/** Roles held at an organization ("analyst at X"). Written for Gloss. */
const ROLES = words(`analyst analysts executive executives ceo director professor researcher researchers
  engineer engineers scientist scientists economist economists strategist partner manager employee employees
  editor reporter spokesman spokeswoman spokesperson officer chairman founder co-founder fellow lawyer vp
  lecturer student students staff intern investor editors directors managers officers lawyers partners
  lecturers professors fellows`);
/** Kinds of group written in lowercase after a name, with an article before: "the Ennahda party". */
const GROUP_KINDS = words('party movement network militia faction group');
const SUFFIXES = words('inc inc. corp corp. ltd ltd. llc plc co. gmbh ag s.a. n.v.');
const DETERMINERS = words('a an the');
/** Plurals that name a party by its members. Written for Gloss. */
const PARTY_PLURALS = words('democrats republicans tories conservatives liberals socialists');
const HEAD_END = /^[,.;:)!?]$|^(?:that|which|whose|based|in|of|with|for|and)$/;

export interface OrgContext {
  tokens: readonly Token[];
  folded: readonly string[];
  gazetteer: Gazetteer;
}

/** An apposition after the span whose head noun is a kind of organization. */
function appositionKind(ctx: OrgContext, s: TokenSpan): boolean {
  const { folded } = ctx;
  if (folded[s.end] !== ',' || !DETERMINERS.has(folded[s.end + 1] ?? '')) return false;
  for (let k = s.end + 2; k < s.end + 9 && k < folded.length; k++) {
    const f = folded[k]!;
    if (/^[,.;:()]$/.test(f)) return false;
    if (KINDS.has(f) && HEAD_END.test(folded[k + 1] ?? '.')) return true;
  }
  return false;
}

/** "X's buyout": a company's deal after the name, which is not the tail of a longer firm's name ("Douglas & Lomason's merger"). */
function ownDeals(ctx: OrgContext, s: TokenSpan): boolean {
  const f = ctx.folded;
  return isPossessive(f[s.end] ?? '') && DEALS.has(f[s.end + 1] ?? '') && f[s.start - 1] !== '&';
}

/** True if the words around span s say it is an organization. */
export function orgContext(ctx: OrgContext, s: TokenSpan): boolean {
  const f = ctx.folded;
  const before = f[s.start - 1] ?? '';
  const after = f[s.end] ?? '';
  if (KINDS.has(before)) return true;
  if (before === 'at' && ROLES.has(f[s.start - 2] ?? '')) return true;
  if (SUFFIXES.has(after)) return true;
  if (isPossessive(after)) {
    const owned = f[s.end + 1] ?? '';
    if (PARTS.has(owned) || POSSESSED.has(owned) || ownDeals(ctx, s)) return true;
    if (owned === 'chief' && f[s.end + 2] === 'executive') return true;
  }
  if (PARTS.has(after) && DETERMINERS.has(before)) return true;
  if (GROUP_KINDS.has(after) && before === 'the' && /^\p{Ll}/u.test(ctx.tokens[s.end]!.text)) return true;
  return appositionKind(ctx, s);
}

/** The contexts that make even a name opening on a first name a firm: a suffix after it, a role at it, its deals. */
function firmContext(ctx: OrgContext, s: TokenSpan): boolean {
  const f = ctx.folded;
  if (ownDeals(ctx, s)) return true;
  return SUFFIXES.has(f[s.end] ?? '') || (f[s.start - 1] === 'at' && ROLES.has(f[s.start - 2] ?? ''));
}

/** True if a plural kind of organization brings in the list that starts with span s: "retailers such as X", "firms like X". */
function kindListIntro(f: readonly string[], s: TokenSpan): boolean {
  const before = f[s.start - 1];
  if (before === 'as') return f[s.start - 2] === 'such' && KIND_PLURALS.has(f[s.start - 3] ?? '');
  return (before === 'like' || before === 'including') && KIND_PLURALS.has(f[s.start - 2] ?? '');
}

/** Indexes of the spans that are members of a list brought in by a plural kind of organization. */
function kindListMembers(spans: readonly TokenSpan[], ctx: OrgContext): Set<number> {
  const f = ctx.folded;
  const members = new Set<number>();
  for (let i = 0; i < spans.length; i++) {
    if (!kindListIntro(f, spans[i]!)) continue;
    members.add(i);
    while (i + 1 < spans.length && listGlue(ctx, spans[i]!, spans[i + 1]!)) members.add(++i);
  }
  return members;
}

/** Retypes as ORG every person or place span whose name has organization context somewhere in the article. */
export function organizationsByContext(spans: readonly TokenSpan[], ctx: OrgContext): TokenSpan[] {
  const f = ctx.folded;
  const key = (s: TokenSpan) => f.slice(s.start, s.end).join(' ');
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.end - s.start >= 2) surnames.add(f[s.end - 1]!);
  const listed = kindListMembers(spans, ctx);
  const orgs = new Set<string>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    // a MISC mention gives its context too ("the Ennahda party" MISC beside "Ennahda" PER)
    if (s.type !== 'PER' && s.type !== 'LOC' && s.type !== 'ORG' && s.type !== 'MISC') continue;
    const k = key(s);
    const bits = ctx.gazetteer.phrases.get(k) ?? 0;
    if (bits & PLACE_BITS) continue;
    if (s.end - s.start === 1 && surnames.has(k)) continue;
    const first = (ctx.gazetteer.phrases.get(f[s.start]!) ?? 0) & FIRST_BIT;
    // a name opening on a first name takes only the contexts no person has: a corporate suffix
    // ("Walt Disney Co.") or a role at it ("strategist at Miller Tabak")
    if (first ? firmContext(ctx, s) : orgContext(ctx, s)) orgs.add(k);
    // a body's officials or a kind's list: no person has officials ("Con Edison officials"); a
    // nationality has (so not MISC: "Chinese officials"); a list member that owns the next words
    // ("groups such as Paul Newman's …") is not one, nor a full name opening on a first name
    else if (s.type !== 'MISC' && MEMBERS.has(f[s.end] ?? '')) orgs.add(k);
    else if (s.type !== 'MISC' && listed.has(i) && !(first && s.end - s.start > 1) && !isPossessive(f[s.end] ?? ''))
      orgs.add(k);
  }
  if (!orgs.size) return [...spans];
  return spans.map((s) => ((s.type === 'PER' || s.type === 'LOC') && orgs.has(key(s)) ? { ...s, type: 'ORG' } : s));
}

/** Party plurals are the party (ORG); a known place before one in the same span is split off as a place. */
export function partyPlurals(spans: readonly TokenSpan[], ctx: OrgContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (!PARTY_PLURALS.has(ctx.folded[s.end - 1]!) || !/^\p{Lu}/u.test(ctx.tokens[s.end - 1]!.text)) {
      out.push(s);
      continue;
    }
    const place = ctx.folded.slice(s.start, s.end - 1).join(' ');
    // a place that is also an ordinary word ("Liberal", a town in Kansas) is the party's own
    // adjective: "Liberal Democrats" is one name
    if (
      s.end - s.start > 1 &&
      (ctx.gazetteer.phrases.get(place) ?? 0) & PLACE_BITS &&
      !isOrdinaryWord(place, ctx.gazetteer)
    ) {
      out.push({ start: s.start, end: s.end - 1, type: 'LOC' }, { start: s.end - 1, end: s.end, type: 'ORG' });
    } else out.push({ ...s, type: 'ORG' });
  }
  return out;
}
