// In-article coreference: groups tagged spans into entities. Rules, in order:
//  1. titles ("President", "Foreign Minister", "Mr.") are cut off a span's start and
//     kept, with those just before it, as the mention's hint;
//  2. acronyms in parentheses after a name join it ("Islamic State (IS, ... ISIS)"),
//     and later occurrences of those acronyms join too;
//  3. known country aliases share one entity ("US", "U.S.", "America" -> United States);
//  4. a partial name joins the most recent full name containing it ("Putin" ->
//     "Vladimir Putin"), taking that entity's type (a surname tagged LOC becomes PER);
//  5. an acronym tagged alone joins a name with those initials ("UN" -> United Nations);
//  6. otherwise identical names of one type share an entity.
//  7. a one-word name with only weak mentions is dropped (the caller says which are weak:
//     an ordinary word at a sentence start, a word written lowercase far more often).
// Entity ids are "e1", "e2", ... in order of first mention, so they are stable for a
// given text.

import type { EntityType } from '../model/types';
import { CONNECTORS, initials, isAcronym } from './acronyms';
import { fold } from './gazetteer';
import { COUNTRY_ALIASES, HINT_TITLES, ORG_KEYWORDS, TITLES, TITLE_MODIFIERS } from './lexicon';
import type { TokenSpan } from './spans';
import type { Token } from './tokenizer';
import type { Entity as CorefEntity, Mention as CorefMention } from './mention';

interface Draft {
  /** token range */
  start: number;
  end: number;
  type: EntityType;
  hint?: string;
  cluster?: Cluster;
}

interface Cluster {
  order: number;
  type: EntityType;
  /** folded tokens of the longest full form so far */
  nameTokens: string[];
  name: string;
  /** canonical name fixed by an alias table, if any */
  fixedName?: string;
  surfaces: Map<string, string>; // folded -> first surface text
  mentions: Draft[];
  typeVotes: Map<EntityType, number>;
  lastSeen: number;
}

function isTitle(f: string): boolean {
  return TITLES.has(f) || HINT_TITLES.has(f);
}

/** True if `part` occurs as a contiguous run inside `whole`. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length >= whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let k = 0; k < part.length; k++) if (whole[i + k] !== part[k]) continue outer;
    return true;
  }
  return false;
}

/** What every pass reads: the text, its tokens and their folded forms. */
interface CorefInput {
  text: string;
  tokens: readonly Token[];
  folded: readonly string[];
}

/** 1. Titles out of spans, hints from the words before. Marks the tokens drafts cover. */
function cutTitles(
  { text, tokens, folded }: CorefInput,
  spans: readonly TokenSpan[],
  roleWord: (token: number) => boolean,
  covered: Uint8Array,
): Draft[] {
  const drafts: Draft[] = [];
  for (const s of spans) {
    let start = s.start;
    // only people carry titles: "St. Louis" and "General Motors" keep their first word
    if (s.type === 'PER') {
      while (start < s.end - 1 && (isTitle(folded[start]) || TITLE_MODIFIERS.has(folded[start]))) start++;
      // a role written as part of the name: "Ombudsman Nadia Cruz" (two name words stay)
      while (s.end - start >= 3 && roleWord(start)) start++;
    }
    const d: Draft = { start, end: s.end, type: s.type as EntityType };
    if (d.type === 'PER') {
      let h = start;
      while (
        h > 0 &&
        (isTitle(folded[h - 1]) ||
          TITLE_MODIFIERS.has(folded[h - 1]) ||
          (h === start && h > s.start && roleWord(h - 1))) &&
        !text.slice(tokens[h - 1].end, tokens[h].start).includes('\n')
      )
        h--;
      let hasTitle = false;
      for (let k = h; k < start; k++)
        if ((isTitle(folded[k]) && !TITLE_MODIFIERS.has(folded[k])) || (k >= s.start && roleWord(k))) hasTitle = true;
      if (h < start && hasTitle) d.hint = text.slice(tokens[h].start, tokens[start - 1].end);
    }
    drafts.push(d);
    for (let k = d.start; k < d.end; k++) covered[k] = 1;
  }
  return drafts;
}

/**
 * 2. Acronyms in parentheses right after a name ("Islamic State (IS, formerly ISIS/ISIL)")
 * join it, and so do later bare occurrences of a defined acronym (not in headline-like
 * all-caps lines). Returns the acronym table and the drafts it added.
 */
function parentheticalAcronyms(
  tokens: readonly Token[],
  drafts: readonly Draft[],
  covered: Uint8Array,
): { acronymOf: Map<string, Draft>; added: Draft[] } {
  const acronymOf = new Map<string, Draft>();
  const added: Draft[] = [];
  for (const d of drafts) {
    if (d.end - d.start < 2 || tokens[d.end]?.text !== '(') continue;
    const first = tokens[d.start].text.charAt(0).toUpperCase();
    for (let k = d.end + 1; k < tokens.length && k < d.end + 12 && tokens[k].text !== ')'; k++) {
      const t = tokens[k].text;
      if (!isAcronym(t) || t.charAt(0) !== first) continue;
      acronymOf.set(t.replace(/\./g, ''), d);
      if (!covered[k]) {
        added.push({ start: k, end: k + 1, type: d.type });
        covered[k] = 1;
      } else {
        const other = drafts.find((o) => o.start <= k && k < o.end);
        if (other && other.end - other.start === 1) other.type = d.type;
      }
    }
  }
  if (!acronymOf.size) return { acronymOf, added };
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k]) continue;
    const key = tokens[k].text.replace(/\./g, '');
    const d = acronymOf.get(key);
    if (!d || k < d.end) continue;
    const prev = tokens[k - 1]?.text ?? '';
    const next = tokens[k + 1]?.text ?? '';
    if (isAcronym(prev) || isAcronym(next)) continue;
    added.push({ start: k, end: k + 1, type: d.type });
    covered[k] = 1;
  }
  return { acronymOf, added };
}

/** The clusters being built and the indexes that find them. */
interface ClusterSet {
  clusters: Cluster[];
  byAlias: Map<string, Cluster>;
  byExact: Map<string, Cluster>;
  surface: (d: Draft) => string;
  create: (d: Draft, toks: string[]) => Cluster;
  join: (c: Cluster, d: Draft, toks: string[]) => void;
}

function clusterSet({ text, tokens }: CorefInput): ClusterSet {
  const clusters: Cluster[] = [];
  const byExact = new Map<string, Cluster>();
  const surface = (d: Draft) => text.slice(tokens[d.start].start, tokens[d.end - 1].end);
  const create = (d: Draft, toks: string[]): Cluster => {
    const c: Cluster = {
      order: clusters.length,
      type: d.type,
      nameTokens: toks,
      name: surface(d),
      surfaces: new Map(),
      mentions: [],
      typeVotes: new Map(),
      lastSeen: d.start,
    };
    clusters.push(c);
    return c;
  };
  const join = (c: Cluster, d: Draft, toks: string[]) => {
    d.cluster = c;
    c.mentions.push(d);
    c.lastSeen = d.start;
    c.typeVotes.set(d.type, (c.typeVotes.get(d.type) ?? 0) + 1);
    const key = toks.join(' ');
    if (!c.surfaces.has(key)) c.surfaces.set(key, surface(d));
    if (
      toks.length > c.nameTokens.length ||
      (toks.length === c.nameTokens.length && surface(d).length > c.name.length && c.mentions.length === 1)
    ) {
      c.nameTokens = toks;
      c.name = surface(d);
    }
    byExact.set(`${d.type}|${key}`, c);
  };
  return { clusters, byAlias: new Map(), byExact, surface, create, join };
}

/** 4. The most recent cluster whose full name contains this mention ("Putin" -> "Vladimir Putin"). */
function partialNameTarget(set: ClusterSet, d: Draft, toks: readonly string[]): Cluster | undefined {
  let target: Cluster | undefined;
  for (const c of set.clusters) {
    if (c.fixedName) continue;
    const personLike = c.type === 'PER' && (d.type === 'PER' || d.end - d.start === 1);
    const sameTypeOrg = c.type === d.type && d.type !== 'PER' && d.end - d.start >= 2;
    if (!personLike && !sameTypeOrg) continue;
    if (!isSubsequence(toks, c.nameTokens)) continue;
    // a non-PER single token only becomes PER as the surname (last name token)
    if (d.type !== 'PER' && c.type === 'PER' && c.nameTokens[c.nameTokens.length - 1] !== toks[toks.length - 1])
      continue;
    if (!target || c.lastSeen > target.lastSeen) target = c;
  }
  return target;
}

/** A longer person name containing an earlier partial one: "Putin" ... "Vladimir Putin". */
function fullerNameTarget(set: ClusterSet, toks: readonly string[]): Cluster | undefined {
  let target: Cluster | undefined;
  for (const c of set.clusters) {
    if (
      c.type === 'PER' &&
      !c.fixedName &&
      isSubsequence(c.nameTokens, toks) &&
      (!target || c.lastSeen > target.lastSeen)
    )
      target = c;
  }
  return target;
}

/** 5. An acronym tagged alone: the last earlier multi-word name with those initials. */
function initialsTarget(set: ClusterSet, acronym: string): Cluster | undefined {
  let target: Cluster | undefined;
  for (const c of set.clusters) {
    if (c.nameTokens.length < 2) continue;
    const raw = c.name.split(/\s+/);
    if (raw.length === c.nameTokens.length && initials(c.nameTokens, raw) === acronym) target = c;
  }
  return target;
}

/** 3-6. Clustering, in text order: aliases, defined acronyms, exact names, partial names, initials. */
function clusterDrafts(input: CorefInput, all: readonly Draft[], acronymOf: ReadonlyMap<string, Draft>): Cluster[] {
  const { tokens, folded } = input;
  const set = clusterSet(input);
  const { byAlias, byExact, join } = set;
  for (const d of all) {
    const toks = folded.slice(d.start, d.end);
    const key = toks.join(' ');
    const alias = COUNTRY_ALIASES.get(key);
    if (alias) {
      let c = byAlias.get(alias);
      if (!c) {
        c = set.create(d, toks);
        c.fixedName = alias;
        byAlias.set(alias, c);
      }
      join(c, d, toks);
      continue;
    }
    const acr = acronymOf.get(tokens[d.start].text.replace(/\./g, ''));
    if (acr && d.end - d.start === 1 && acr.cluster && acr !== d) {
      join(acr.cluster, d, toks);
      continue;
    }
    const exact = byExact.get(`${d.type}|${key}`);
    if (exact) {
      join(exact, d, toks);
      continue;
    }
    let target = partialNameTarget(set, d, toks);
    if (target) {
      d.type = target.type;
      join(target, d, toks);
      continue;
    }
    if (d.type === 'PER') {
      target = fullerNameTarget(set, toks);
      if (target) {
        join(target, d, toks);
        continue;
      }
    }
    if (d.end - d.start === 1 && isAcronym(tokens[d.start].text)) {
      target = initialsTarget(set, tokens[d.start].text.replace(/\./g, ''));
      if (target) {
        d.type = target.type;
        join(target, d, toks);
        continue;
      }
    }
    join(set.create(d, toks), d, toks);
  }
  return set.clusters;
}

/**
 * A full name tagged as something else while its surname alone is a person more often
 * ("Taylor Swift" ORG ×4, "Swift" PER ×9): the name is the person's. Not for names with an
 * organization word in them ("Dick Clark Productions").
 */
function surnamePersons(clusters: readonly Cluster[]): void {
  const personBySurname = new Map<string, Cluster>();
  for (const c of clusters)
    if (c.type === 'PER' && !c.fixedName && c.nameTokens.length === 1) personBySurname.set(c.nameTokens[0]!, c);
  for (const c of clusters) {
    if (c.fixedName || c.type === 'PER' || c.nameTokens.length < 2 || c.nameTokens.length > 3) continue;
    if (c.nameTokens.some((t) => ORG_KEYWORDS.has(t) || CONNECTORS.has(t))) continue;
    const p = personBySurname.get(c.nameTokens[c.nameTokens.length - 1]!);
    if (!p?.mentions.length || p.mentions.length < c.mentions.length) continue;
    for (const m of p.mentions) {
      m.cluster = c;
      c.mentions.push(m);
    }
    c.typeVotes.set('PER', (c.typeVotes.get('PER') ?? 0) + p.mentions.length + c.mentions.length);
    for (const m of c.mentions) m.type = 'PER';
    c.type = 'PER';
    p.mentions = [];
  }
}

/**
 * A first name alone, tagged as something else, where the article names a person by it
 * ("Taylor" ORG, "Taylor Swift" PER): the person, by their first name.
 */
function firstNamePersons(clusters: readonly Cluster[], isFirstName: (folded: string) => boolean): void {
  for (const c of clusters) {
    if (c.fixedName || c.type === 'PER' || c.nameTokens.length !== 1 || !c.mentions.length) continue;
    if (!isFirstName(c.nameTokens[0]!)) continue;
    const targets = clusters.filter(
      (p) => p.type === 'PER' && p.nameTokens.length >= 2 && p.mentions.length && p.nameTokens[0] === c.nameTokens[0],
    );
    if (targets.length !== 1) continue;
    const target = targets[0]!;
    for (const m of c.mentions) {
      m.type = 'PER';
      m.cluster = target;
      target.mentions.push(m);
    }
    target.typeVotes.set('PER', (target.typeVotes.get('PER') ?? 0) + c.mentions.length);
    c.mentions = [];
  }
}

/**
 * A single word seen before the full name and tagged as something else: "Putin" in a
 * headline tagged LOC, "Vladimir Putin" later. Fold it into the person.
 */
function strayOneWordPersons(clusters: readonly Cluster[]): void {
  for (const c of clusters) {
    if (c.fixedName || c.type === 'PER' || c.nameTokens.length !== 1) continue;
    if (c.mentions.some((m) => m.end - m.start !== 1)) continue;
    let target: Cluster | undefined;
    for (const p of clusters) {
      if (p.type !== 'PER' || p.fixedName) continue;
      // a one-word person must at least outnumber the stray mentions
      if (p.nameTokens.length < 2 && p.mentions.length <= c.mentions.length) continue;
      if (p.nameTokens[p.nameTokens.length - 1] !== c.nameTokens[0]) continue;
      if (!target || p.mentions.length > target.mentions.length) target = p;
    }
    if (!target) continue;
    for (const m of c.mentions) {
      m.type = 'PER';
      m.cluster = target;
      target.mentions.push(m);
      target.typeVotes.set('PER', (target.typeVotes.get('PER') ?? 0) + 1);
    }
    c.mentions = [];
  }
}

/**
 * 7. A one-word name whose only evidence is a capital at a sentence start, on an
 * ordinary word ("Read more ..."), is dropped: nothing else in the article backs it.
 * Repeating the same weak start ("READ MORE: ..." above two links) is no better
 * evidence, so the rule looks at every mention, not just lone ones.
 */
function dropWeakStarts(clusters: readonly Cluster[], weakStart: (token: number) => boolean): void {
  for (const c of clusters) {
    if (c.fixedName) continue;
    if (c.mentions.every((m) => m.end - m.start === 1 && weakStart(m.start))) c.mentions = [];
  }
}

/** Settles each cluster's type (majority, first mention wins ties), ids and character offsets. */
function settle(
  { text, tokens }: CorefInput,
  clusters: readonly Cluster[],
): {
  mentions: CorefMention[];
  entities: CorefEntity[];
} {
  const ordered = clusters.filter((c) => c.mentions.length).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const entities: CorefEntity[] = [];
  const mentions: CorefMention[] = [];
  ordered.forEach((c, i) => {
    let type = c.mentions[0].type;
    let best = 0;
    for (const m of c.mentions) {
      const v = c.typeVotes.get(m.type) ?? 0;
      if (v > best) {
        best = v;
        type = m.type;
      }
    }
    const id = `e${i + 1}`;
    const name = c.fixedName ?? c.name;
    const hints = [...new Set(c.mentions.map((m) => m.hint).filter((h): h is string => !!h))];
    const aliases = [...new Set([...c.surfaces.values()].filter((s) => s !== name))];
    entities.push({ id, name, type, mentions: c.mentions.length, aliases, hints });
    for (const m of c.mentions) {
      const start = tokens[m.start].start;
      const end = tokens[m.end - 1].end;
      const mention: CorefMention = { start, end, type, entityId: id, text: text.slice(start, end) };
      if (m.hint) mention.hint = m.hint;
      mentions.push(mention);
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

/**
 * Groups `spans` (token spans from the tagger, non-overlapping, sorted) into entities
 * and returns mentions with character offsets into `text`.
 */
export function resolveEntities(
  text: string,
  tokens: readonly Token[],
  spans: readonly TokenSpan[],
  weakStart: (token: number) => boolean = () => false,
  roleWord: (token: number) => boolean = () => false,
  isFirstName: (folded: string) => boolean = () => false,
): { mentions: CorefMention[]; entities: CorefEntity[] } {
  const input: CorefInput = { text, tokens, folded: tokens.map((t) => fold(t.text)) };
  const covered = new Uint8Array(tokens.length);
  const drafts = cutTitles(input, spans, roleWord, covered);
  const { acronymOf, added } = parentheticalAcronyms(tokens, drafts, covered);
  const all = [...drafts, ...added].sort((a, b) => a.start - b.start);
  const clusters = clusterDrafts(input, all, acronymOf);
  surnamePersons(clusters);
  firstNamePersons(clusters, isFirstName);
  strayOneWordPersons(clusters);
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  dropWeakStarts(clusters, weakStart);
  return settle(input, clusters);
}
