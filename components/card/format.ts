// Text formatting for the hover card: dates (stories, facts), fact labels and values, and the
// words that make status messages specific ("as a person"). Pure; the locale is passed in.
import type { Fact, FactDate, FactKind, FactValue } from '@/utils/knowledge/types';
import type { MarkedEntityType } from '@/utils/model/types';

/** Labels of the key facts, in the reader's words. */
export const FACT_LABELS: Record<FactKind, string> = {
  born: 'Born',
  office: 'Office',
  party: 'Party',
  citizenship: 'Citizenship',
  country: 'Country',
  population: 'Population',
  coordinates: 'Coordinates',
  inception: 'Founded',
  headquarters: 'Headquarters',
};

/** "a person" / "a place" / "an organization": what the lookup was for. */
export function typePhrase(type: MarkedEntityType): string {
  return type === 'PER' ? 'a person' : type === 'LOC' ? 'a place' : 'an organization';
}

/** "person" / "place" / "organization". */
export function typeNoun(type: MarkedEntityType): string {
  return type === 'PER' ? 'person' : type === 'LOC' ? 'place' : 'organization';
}

/** A timestamp or ISO date as { text, datetime } for `<time>`, or null when it is not a date. */
export function formatDate(value: string | number, locale?: string): { text: string; datetime: string } | null {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  try {
    return { text: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(d), datetime: d.toISOString() };
  } catch {
    return { text: d.toISOString().slice(0, 10), datetime: d.toISOString() };
  }
}

/** A Wikidata date at its own precision: "1952", "October 1952", "7 Oct 1952", "500 BCE". */
export function formatFactDate(date: FactDate, locale?: string): string {
  const bce = date.year <= 0 ? ' BCE' : '';
  const year = date.year <= 0 ? 1 - date.year : date.year;
  if (bce || date.precision < 10 || !date.month) return `${year}${bce}`;
  // Years before 100 are read by Date.UTC as 19xx: set the year explicitly.
  const d = new Date(Date.UTC(2000, date.month - 1, date.precision >= 11 && date.day ? date.day : 1));
  d.setUTCFullYear(year);
  const opts: Intl.DateTimeFormatOptions =
    date.precision >= 11 && date.day
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, opts).format(d);
  } catch {
    return date.iso;
  }
}

function formatNumber(n: number, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return String(n);
  }
}

function formatCoordinates(lat: number, lon: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(2)}° ${ns}, ${Math.abs(lon).toFixed(2)}° ${ew}`;
}

/** The value of a fact as plain text. */
export function formatFactValue(value: FactValue, locale?: string): string {
  switch (value.kind) {
    case 'date':
      return formatFactDate(value.date, locale);
    case 'item':
      return value.label;
    case 'quantity':
      return value.unit ? `${formatNumber(value.amount, locale)} ${value.unit}` : formatNumber(value.amount, locale);
    case 'coordinates':
      return formatCoordinates(value.lat, value.lon);
    case 'text':
      return value.text;
  }
}

/** The qualifiers that keep a fact honest: "(2020)" for a population, "since 2019" for an office. */
export function formatQualifiers(fact: Fact, locale?: string): string {
  const parts: string[] = [];
  if (fact.since) parts.push(`since ${formatFactDate(fact.since, locale)}`);
  if (fact.asOf) parts.push(`as of ${formatFactDate(fact.asOf, locale)}`);
  return parts.join(', ');
}

/** Whole seconds until `retryAt` (at least 1, so the message never says "0 s"). */
export function secondsUntil(retryAt: number, now: number): number {
  return Math.max(1, Math.ceil((retryAt - now) / 1000));
}
