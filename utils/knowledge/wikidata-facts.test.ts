import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyLabels,
  bestStatements,
  extractFacts,
  instanceOf,
  isCurrent,
  parseTime,
  typeMatches,
  type RawClaims,
  type RawStatement,
} from './wikidata-facts';

const recorded = JSON.parse(
  readFileSync(new URL('../../tests/fake-upstream/responses/wikidata.json', import.meta.url), 'utf8'),
) as { entities: Record<string, { claims: RawClaims }> };
const claimsOf = (qid: string) => recorded.entities[qid]!.claims;
const NOW = Date.parse('2026-09-05T12:00:00Z');

const time = (t: string, precision: number) => ({ time: t, precision, timezone: 0, before: 0, after: 0 });
const item = (id: string, rank = 'normal', qualifiers?: RawStatement['qualifiers']): RawStatement => ({
  rank,
  mainsnak: { snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { id } } },
  ...(qualifiers ? { qualifiers } : {}),
});
const q = (t: string, precision = 11) => [
  { snaktype: 'value', datavalue: { type: 'time', value: time(t, precision) } },
];

describe('parseTime', () => {
  it('honours precision: day, month, year', () => {
    expect(parseTime(time('+1952-10-07T00:00:00Z', 11))).toEqual({
      year: 1952,
      month: 10,
      day: 7,
      precision: 11,
      iso: '1952-10-07',
    });
    expect(parseTime(time('+1952-10-00T00:00:00Z', 10))).toEqual({
      year: 1952,
      month: 10,
      precision: 10,
      iso: '1952-10',
    });
    expect(parseTime(time('+1952-00-00T00:00:00Z', 9))).toEqual({ year: 1952, precision: 9, iso: '1952' });
    // A day-precision value with a 00 day (it happens) degrades instead of inventing a day.
    expect(parseTime(time('+1999-01-00T00:00:00Z', 11))?.iso).toBe('1999-01');
  });

  it('handles BCE years and rejects junk', () => {
    expect(parseTime(time('-0044-03-15T00:00:00Z', 11))?.year).toBe(-44);
    expect(parseTime({ time: 'yesterday', precision: 11 })).toBeUndefined();
    expect(parseTime(null)).toBeUndefined();
  });
});

describe('ranks', () => {
  it('uses preferred statements when present, never deprecated ones', () => {
    const claims: RawClaims = { P27: [item('Q1', 'normal'), item('Q2', 'preferred'), item('Q3', 'deprecated')] };
    expect(bestStatements(claims, 'P27').map((s) => s.mainsnak?.datavalue?.value)).toEqual([{ id: 'Q2' }]);
    const noPreferred: RawClaims = { P27: [item('Q1'), item('Q3', 'deprecated')] };
    expect(bestStatements(noPreferred, 'P27')).toHaveLength(1);
  });

  it('skips a deprecated birth date', () => {
    const { facts } = extractFacts(claimsOf('Q7747'), 'PER', NOW);
    const born = facts.find((f) => f.kind === 'born')!;
    expect(born.value).toEqual({
      kind: 'date',
      date: { year: 1952, month: 10, day: 7, precision: 11, iso: '1952-10-07' },
    });
  });
});

describe('qualifiers', () => {
  it('treats an office with a past P582 as not current', () => {
    expect(
      isCurrent(item('Q1', 'normal', { P580: q('+2008-05-08T00:00:00Z'), P582: q('+2012-05-07T00:00:00Z') }), NOW),
    ).toBe(false);
    expect(isCurrent(item('Q1', 'normal', { P580: q('+2012-05-07T00:00:00Z') }), NOW)).toBe(true);
    expect(isCurrent(item('Q1', 'normal', { P580: q('+2030-01-01T00:00:00Z') }), NOW)).toBe(false);
    // A year-precision end counts until the year is over.
    expect(isCurrent(item('Q1', 'normal', { P582: q('+2026-00-00T00:00:00Z', 9) }), NOW)).toBe(true);
    expect(isCurrent(item('Q1', 'normal', { P582: [{ snaktype: 'somevalue' }] }), NOW)).toBe(false);
  });

  it('picks current offices, latest first, with their start date', () => {
    const { facts } = extractFacts(claimsOf('Q22686'), 'PER', NOW);
    const offices = facts.filter((f) => f.kind === 'office');
    expect(offices).toHaveLength(1);
    expect(offices[0]!.since?.iso).toBe('2025-01-20');
    expect(facts.find((f) => f.kind === 'party')?.value).toMatchObject({ id: 'Q29468' });
  });

  it('drops a party membership that ended', () => {
    const { facts } = extractFacts(claimsOf('Q7747'), 'PER', NOW);
    expect(facts.find((f) => f.kind === 'party')).toBeUndefined();
    expect(facts.filter((f) => f.kind === 'office').map((f) => (f.value as { id: string }).id)).toEqual(['Q218295']);
    // Soviet citizenship ended in 1991.
    expect(facts.filter((f) => f.kind === 'citizenship').map((f) => (f.value as { id: string }).id)).toEqual(['Q159']);
  });

  it('takes the preferred population with its P585 year', () => {
    const { facts } = extractFacts(claimsOf('Q858'), 'LOC', NOW);
    const pop = facts.find((f) => f.kind === 'population')!;
    expect(pop.value).toEqual({ kind: 'quantity', amount: 22933531 });
    expect(pop.asOf?.year).toBe(2023);
    expect(facts.find((f) => f.kind === 'coordinates')?.value).toEqual({ kind: 'coordinates', lat: 35, lon: 38 });
  });

  it('without a preferred population takes the latest point in time', () => {
    const { facts } = extractFacts(claimsOf('Q132'), 'LOC', NOW);
    expect(facts.find((f) => f.kind === 'population')?.asOf?.year).toBe(2021);
    // Only the current country (the Soviet Union statement has an end time).
    expect(facts.filter((f) => f.kind === 'country').map((f) => (f.value as { id: string }).id)).toEqual(['Q159']);
  });

  it('reads organization inception (year precision) and drops a former headquarters', () => {
    const { facts } = extractFacts(claimsOf('Q2429253'), 'ORG', NOW);
    expect(facts.find((f) => f.kind === 'inception')?.value).toMatchObject({ date: { iso: '1999', precision: 9 } });
    expect(facts.find((f) => f.kind === 'headquarters')).toBeUndefined();
    const un = extractFacts(claimsOf('Q1065'), 'ORG', NOW);
    expect(un.referencedIds).toEqual(['Q11299']);
  });
});

describe('type check and labels', () => {
  it('requires Q5 for people and rejects it for places and organizations', () => {
    expect(typeMatches('PER', instanceOf(claimsOf('Q7747')))).toBe(true);
    expect(typeMatches('PER', instanceOf(claimsOf('Q43')))).toBe(false);
    expect(typeMatches('LOC', instanceOf(claimsOf('Q43')))).toBe(true);
    expect(typeMatches('LOC', instanceOf(claimsOf('Q7747')))).toBe(false);
    expect(typeMatches('ORG', ['Q4167410'])).toBe(false);
  });

  it('collects referenced ids once and applies labels', () => {
    const { facts, referencedIds } = extractFacts(claimsOf('Q7747'), 'PER', NOW);
    expect(new Set(referencedIds).size).toBe(referencedIds.length);
    const labelled = applyLabels(facts, new Map([['Q218295', 'President of Russia']]));
    expect(labelled.find((f) => f.kind === 'office')?.value).toEqual({
      kind: 'item',
      id: 'Q218295',
      label: 'President of Russia',
    });
    // No label: the id stays, nothing breaks.
    expect(labelled.find((f) => f.kind === 'citizenship')?.value).toEqual({ kind: 'item', id: 'Q159', label: 'Q159' });
  });
});

describe('place facts for the map', () => {
  const area = (amount: string, unit: string, rank = 'normal', asOf?: string): RawStatement => ({
    rank,
    mainsnak: {
      snaktype: 'value',
      datavalue: { type: 'quantity', value: { amount, unit: `http://www.wikidata.org/entity/${unit}` } },
    },
    ...(asOf ? { qualifiers: { P585: q(asOf, 9) } } : {}),
  });
  it('reads a city’s region (P131) and area (P2046) from the recorded Sochi', () => {
    const { facts, referencedIds } = extractFacts(claimsOf('Q132'), 'LOC', NOW);
    expect(facts.find((f) => f.kind === 'region')?.value).toEqual({ kind: 'item', id: 'Q3680', label: 'Q3680' });
    expect(facts.find((f) => f.kind === 'area')?.value).toEqual({ kind: 'quantity', amount: 177, unit: 'km²' });
    expect(referencedIds).toContain('Q3680');
  });
  it('converts area units to km², keeps the as-of date, skips unknown units', () => {
    const fact = (claims: RawClaims) => extractFacts(claims, 'LOC', NOW).facts.find((f) => f.kind === 'area');
    expect(fact({ P2046: [area('+250000', 'Q35852')] })?.value).toMatchObject({ amount: 2500 });
    expect(fact({ P2046: [area('+100', 'Q232291')] })?.value).toMatchObject({ amount: 259 });
    expect(fact({ P2046: [area('+5', 'Q712226', 'normal', '+2001-01-01T00:00:00Z')] })?.asOf?.year).toBe(2001);
    expect(fact({ P2046: [area('+5', 'Q11573')] })).toBeUndefined();
    expect(fact({ P2046: [area('-5', 'Q712226')] })).toBeUndefined();
    // The latest dated figure wins among equals.
    expect(
      fact({
        P2046: [
          area('+10', 'Q712226', 'normal', '+1990-01-01T00:00:00Z'),
          area('+12', 'Q712226', 'normal', '+2020-01-01T00:00:00Z'),
        ],
      })?.value,
    ).toMatchObject({ amount: 12 });
  });
  it('gives a country no region that is itself', () => {
    const facts = extractFacts({ P17: [item('Q858')], P131: [item('Q858')] }, 'LOC', NOW).facts;
    expect(facts.filter((f) => f.kind === 'region')).toEqual([]);
  });
});
