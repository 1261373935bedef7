// Reading Wikidata claims into card facts. Pure functions over the wbgetentities JSON
// (Wikibase docs/topics/json.md). Ranks: preferred beats normal, deprecated is never
// used. Qualifiers: P585 point in time (population's year), P580/P582 start/end (which
// office is current). Time precision: 9 = year, 10 = month, 11 = day; month/day may be 00.
import { cleanText, LIMITS, safeNumber } from './sanitize';
import type { Fact, FactDate, FactKind } from './types';
import type { MarkedEntityType } from '../model/types';

/** A statement as wbgetentities returns it (only the fields read here). */
export interface RawStatement {
  mainsnak?: RawSnak;
  rank?: string;
  qualifiers?: Record<string, RawSnak[] | undefined>;
}

/** A snak (main value or qualifier). */
export interface RawSnak {
  snaktype?: string;
  property?: string;
  datavalue?: { value?: unknown; type?: string };
}

/** Claims of one entity, keyed by property id. */
export type RawClaims = Record<string, RawStatement[] | undefined>;

/** Wikidata's "human". */
export const HUMAN = 'Q5';
/** Wikimedia disambiguation page. */
export const DISAMBIGUATION_PAGE = 'Q4167410';

/** Statements of `pid` that are not deprecated. */
export function usableStatements(claims: RawClaims | undefined, pid: string): RawStatement[] {
  const list = claims?.[pid];
  if (!Array.isArray(list)) return [];
  return list.filter((s) => s && typeof s === 'object' && s.rank !== 'deprecated');
}

/** The "truthy" statements of `pid`: the preferred ones if any, else the normal ones. */
export function bestStatements(claims: RawClaims | undefined, pid: string): RawStatement[] {
  const usable = usableStatements(claims, pid);
  const preferred = usable.filter((s) => s.rank === 'preferred');
  return preferred.length > 0 ? preferred : usable;
}

/** The item id a snak points at ("Q5"), if it is a value snak of an item. */
export function itemIdOf(snak: RawSnak | undefined): string | undefined {
  if (snak?.snaktype !== 'value') return undefined;
  const v = snak.datavalue?.value;
  if (typeof v !== 'object' || v === null) return undefined;
  const id = (v as { id?: unknown }).id;
  return typeof id === 'string' && /^Q[1-9]\d{0,11}$/.test(id) ? id : undefined;
}

/**
 * Parses a Wikidata time value. "+1952-10-07T00:00:00Z" with precision 11 → 1952-10-07;
 * precision 10 drops the day, 9 and coarser keep the year only.
 */
export function parseTime(value: unknown): FactDate | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { time, precision } = value as { time?: unknown; precision?: unknown };
  if (typeof time !== 'string') return undefined;
  const m = /^([+-])(\d{1,16})-(\d{2})-(\d{2})T/.exec(time);
  if (!m) return undefined;
  const year = (m[1] === '-' ? -1 : 1) * Number(m[2]);
  if (!Number.isSafeInteger(year)) return undefined;
  const p = typeof precision === 'number' ? precision : 11;
  const month = Number(m[3]);
  const day = Number(m[4]);
  const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  const out: FactDate = { year, precision: p, iso: yearText };
  if (p >= 10 && month >= 1 && month <= 12) {
    out.month = month;
    out.iso += `-${String(month).padStart(2, '0')}`;
    if (p >= 11 && day >= 1 && day <= 31) {
      out.day = day;
      out.iso += `-${String(day).padStart(2, '0')}`;
    }
  }
  return out;
}

/** The time of a snak (main value or qualifier). */
export function snakTime(snak: RawSnak | undefined): FactDate | undefined {
  if (snak?.snaktype !== 'value') return undefined;
  return parseTime(snak.datavalue?.value);
}

/** The first value of qualifier `pid`, as a time. */
export function qualifierTime(s: RawStatement, pid: string): FactDate | undefined {
  const q = s.qualifiers?.[pid];
  return Array.isArray(q) ? snakTime(q[0]) : undefined;
}

/** Comparable number for a date (year, month, day), coarse dates sorting at their start. */
export function dateKey(d: FactDate): number {
  return d.year * 10_000 + (d.month ?? 0) * 100 + (d.day ?? 0);
}

function nowKey(nowMs: number): number {
  const d = new Date(nowMs);
  return d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/**
 * True when a statement holds at `nowMs`: no P582 end time or one not yet passed, and no
 * P580 start in the future. An end given only as a year counts until that year is over.
 */
export function isCurrent(s: RawStatement, nowMs: number): boolean {
  const today = nowKey(nowMs);
  const end = qualifierTime(s, 'P582');
  // An explicit "no value"/"unknown value" end still means the statement ended.
  const endSnak = s.qualifiers?.P582?.[0];
  if (endSnak?.snaktype && endSnak.snaktype !== 'value') return false;
  if (end) {
    const endKey = end.year * 10_000 + (end.month ?? 12) * 100 + (end.day ?? 31);
    if (endKey < today) return false;
  }
  const start = qualifierTime(s, 'P580');
  if (start && dateKey(start) > today) return false;
  return true;
}

/** P31 (instance of) item ids. */
export function instanceOf(claims: RawClaims | undefined): string[] {
  return usableStatements(claims, 'P31')
    .map((s) => itemIdOf(s.mainsnak))
    .filter((id): id is string => id !== undefined);
}

/**
 * The type check: a PER must be an instance of human (Q5); a LOC or ORG must not be one.
 * Nothing may be a Wikimedia disambiguation page.
 */
export function typeMatches(type: MarkedEntityType, p31: readonly string[]): boolean {
  if (p31.includes(DISAMBIGUATION_PAGE)) return false;
  return type === 'PER' ? p31.includes(HUMAN) : !p31.includes(HUMAN);
}

/** Facts read from claims, with item values still unlabelled (label = id). */
export interface ExtractedFacts {
  facts: Fact[];
  /** Item ids whose labels the facts need (one batched wbgetentities&props=labels). */
  referencedIds: string[];
}

/**
 * Reads the facts the card shows for `type` from an entity's claims. Person: born,
 * current offices, current party, citizenship. Place: country, population (preferred
 * rank, else the latest P585), coordinates. Organization: inception, headquarters.
 */
export function extractFacts(claims: RawClaims | undefined, type: MarkedEntityType, nowMs: number): ExtractedFacts {
  const facts: Fact[] = [];
  const add = (f: Fact | undefined) => {
    if (f) facts.push(f);
  };
  if (type === 'PER') {
    add(dateFact('born', 'P569', claims));
    // Offices are usually all normal rank, so "current" is decided by qualifiers.
    const offices = usableStatements(claims, 'P39')
      .filter((s) => isCurrent(s, nowMs))
      .sort((a, b) => rankOrder(a) - rankOrder(b) || startKey(b) - startKey(a));
    for (const s of offices.slice(0, 2)) add(itemFact('office', 'P39', s, true));
    const party = bestStatements(claims, 'P102').filter((s) => isCurrent(s, nowMs));
    add(itemFact('party', 'P102', party[0], false));
    for (const s of bestStatements(claims, 'P27')
      .filter((x) => isCurrent(x, nowMs))
      .slice(0, 3)) {
      add(itemFact('citizenship', 'P27', s, false));
    }
  } else if (type === 'LOC') {
    for (const s of bestStatements(claims, 'P17')
      .filter((x) => isCurrent(x, nowMs))
      .slice(0, 2)) {
      add(itemFact('country', 'P17', s, false));
    }
    add(populationFact(claims));
    const coord = bestStatements(claims, 'P625')[0];
    const v = coord?.mainsnak?.snaktype === 'value' ? coord.mainsnak.datavalue?.value : undefined;
    if (typeof v === 'object' && v !== null) {
      const lat = safeNumber((v as { latitude?: unknown }).latitude);
      const lon = safeNumber((v as { longitude?: unknown }).longitude);
      if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
        facts.push({ kind: 'coordinates', property: 'P625', value: { kind: 'coordinates', lat, lon } });
      }
    }
  } else {
    add(dateFact('inception', 'P571', claims));
    const hq = bestStatements(claims, 'P159').filter((s) => isCurrent(s, nowMs));
    add(itemFact('headquarters', 'P159', hq[0], false));
  }
  const referencedIds = [...new Set(facts.flatMap((f) => (f.value.kind === 'item' ? [f.value.id] : [])))];
  return { facts, referencedIds };
}

/** Replaces item ids by labels (facts whose item has no label keep the id). */
export function applyLabels(facts: readonly Fact[], labels: ReadonlyMap<string, string>): Fact[] {
  return facts.map((f) =>
    f.value.kind === 'item' ? { ...f, value: { ...f.value, label: labels.get(f.value.id) ?? f.value.id } } : f,
  );
}

/**
 * The label of an entity in `lang`, falling back to English, then any language.
 * Works on both full entities and `props=labels` answers.
 */
export function pickLabel(entity: unknown, lang: string): string | undefined {
  if (typeof entity !== 'object' || entity === null) return undefined;
  const labels = (entity as { labels?: unknown }).labels;
  if (typeof labels !== 'object' || labels === null) return undefined;
  const map = labels as Record<string, { value?: unknown } | undefined>;
  const pick = map[lang] ?? map.en ?? Object.values(map)[0];
  return cleanText(pick?.value, LIMITS.title);
}

function rankOrder(s: RawStatement): number {
  return s.rank === 'preferred' ? 0 : 1;
}

function startKey(s: RawStatement): number {
  const d = qualifierTime(s, 'P580');
  return d ? dateKey(d) : -1e12;
}

function dateFact(kind: FactKind, pid: string, claims: RawClaims | undefined): Fact | undefined {
  for (const s of bestStatements(claims, pid)) {
    const date = snakTime(s.mainsnak);
    if (date) return { kind, property: pid, value: { kind: 'date', date } };
  }
  return undefined;
}

function itemFact(kind: FactKind, pid: string, s: RawStatement | undefined, withSince: boolean): Fact | undefined {
  const id = itemIdOf(s?.mainsnak);
  if (!s || !id) return undefined;
  const fact: Fact = { kind, property: pid, value: { kind: 'item', id, label: id } };
  const since = withSince ? qualifierTime(s, 'P580') : undefined;
  if (since) fact.since = since;
  return fact;
}

function populationFact(claims: RawClaims | undefined): Fact | undefined {
  const usable = usableStatements(claims, 'P1082')
    .map((s) => ({ s, amount: quantity(s), asOf: qualifierTime(s, 'P585') }))
    .filter((x): x is { s: RawStatement; amount: number; asOf: FactDate | undefined } => x.amount !== undefined);
  if (usable.length === 0) return undefined;
  // Preferred rank first (editors mark the current figure so); among equals the latest year.
  usable.sort(
    (a, b) =>
      rankOrder(a.s) - rankOrder(b.s) || (b.asOf ? dateKey(b.asOf) : -1e12) - (a.asOf ? dateKey(a.asOf) : -1e12),
  );
  const best = usable[0]!;
  const fact: Fact = { kind: 'population', property: 'P1082', value: { kind: 'quantity', amount: best.amount } };
  if (best.asOf) fact.asOf = best.asOf;
  return fact;
}

function quantity(s: RawStatement): number | undefined {
  if (s.mainsnak?.snaktype !== 'value') return undefined;
  const v = s.mainsnak.datavalue?.value;
  if (typeof v !== 'object' || v === null) return undefined;
  const amount = Number((v as { amount?: unknown }).amount);
  return Number.isFinite(amount) ? amount : undefined;
}
