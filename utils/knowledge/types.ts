// Knowledge-service types: what a hover card's background, facts and related stories look
// like, the statuses the UI can explain to the reader, and the typed errors the network
// layer raises. Pure data; everything here crosses the message boundary as plain JSON,
// so no class instances end up inside results (errors stay inside the background).
import type { MarkedEntityType } from '../model/types';

/** What the card asks for: only `name`, `type` and `lang` ever leave the device. */
export interface BackgroundRequest {
  /** Surface or canonical name as recognised on the page ("Erdogan"). */
  name: string;
  type: MarkedEntityType;
  /** Wikipedia language code of the page ("en"). Invalid codes fall back to "en". */
  lang: string;
  /**
   * Context words used on the device to choose between candidates: other entity names
   * on the page and title words. Never sent anywhere.
   */
  context?: readonly string[];
}

/** A thumbnail image, always an http(s) URL. */
export interface Thumbnail {
  url: string;
  width?: number;
  height?: number;
}

/** Background for one entity: the hover card's main content. All strings are plain text. */
export interface Background {
  /** Canonical Wikipedia title ("Recep Tayyip Erdoğan"). */
  title: string;
  description?: string;
  /** First 2–3 sentences of the article, plain text. */
  extract: string;
  thumbnail?: Thumbnail;
  /** Desktop article URL (http(s) only). */
  url: string;
  /** Wikidata item id ("Q39259") when Wikipedia knows it. */
  wikidataId?: string;
  lang: string;
  type: MarkedEntityType;
  coordinates?: { lat: number; lon: number };
  /**
   * Whether Wikidata P31 confirmed the type (PER is a human, LOC/ORG are not). False when
   * Wikidata could not be reached: the card is shown but the type was not verified.
   */
  typeChecked: boolean;
}

/** A Wikidata time value reduced to what the card shows. */
export interface FactDate {
  /** Signed year (negative for BCE). */
  year: number;
  /** 1–12 when precision ≥ month. */
  month?: number;
  /** 1–31 when precision is day. */
  day?: number;
  /** Wikidata precision: 9 = year, 10 = month, 11 = day (coarser values kept as given). */
  precision: number;
  /** ISO-like string at the given precision: "1952", "1952-10", "1952-10-07". */
  iso: string;
}

/** The value of one fact. */
export type FactValue =
  | { kind: 'date'; date: FactDate }
  | { kind: 'item'; id: string; label: string }
  | { kind: 'quantity'; amount: number; unit?: string }
  | { kind: 'coordinates'; lat: number; lon: number }
  | { kind: 'text'; text: string };

/** Which fact this is; the UI maps it to a localized label. */
export type FactKind =
  | 'born'
  | 'office'
  | 'party'
  | 'citizenship'
  | 'country'
  | 'population'
  | 'coordinates'
  | 'inception'
  | 'headquarters';

/** One fact from Wikidata, with the qualifiers that make it honest (as of, since). */
export interface Fact {
  kind: FactKind;
  /** Wikidata property id ("P569"). */
  property: string;
  value: FactValue;
  /** P585 point in time (population's year). */
  asOf?: FactDate;
  /** P580 start time (office held since). */
  since?: FactDate;
}

/** Facts about one Wikidata item, on demand when the card is expanded. */
export interface Facts {
  wikidataId: string;
  type: MarkedEntityType;
  /** Label in the page language (or English). */
  label?: string;
  /** P31 values (ids), used for the type check. */
  instanceOf: string[];
  facts: Fact[];
}

/** Where a related story came from. */
export type StoryOrigin = 'page' | 'history' | 'gdelt' | 'google-news';

/** A related story. `url` is always http(s); `date` is ISO 8601 when known. */
export interface Story {
  url: string;
  title: string;
  /** Publisher or site name. */
  source: string;
  date?: string;
  origin: StoryOrigin;
}

/** What one network source did for a related-stories request. */
export type SourceStatus = 'ok' | 'cached' | 'skipped' | 'offline' | 'rate-limited' | 'error';

/**
 * Result of a knowledge lookup the UI can always explain. `offline: true` marks cached
 * data served because the network failed; `stale: true` marks cached data past its TTL.
 */
export type KnowledgeResult<T> =
  | { status: 'ok'; value: T; fetchedAt: number; offline?: boolean; stale?: boolean }
  | { status: 'not-found' }
  | { status: 'offline' }
  | { status: 'rate-limited'; retryAt: number }
  | { status: 'error'; message: string };

export type BackgroundResult = KnowledgeResult<Background>;
export type FactsResult = KnowledgeResult<Facts>;

/** Related stories: always answers (local sources work offline); per-source status. */
export interface RelatedResult {
  status: 'ok';
  stories: Story[];
  sources: { gdelt: SourceStatus; googleNews: SourceStatus };
  /** True when a network source failed because the device is offline. */
  offline?: boolean;
}

/** A stored value and when it was fetched (ms since epoch). */
export interface CacheEntry {
  value: unknown;
  fetchedAt: number;
}

/**
 * Storage the service caches through (the background wires a Dexie adapter). Values are
 * plain JSON; `fetchedAt` is set by the adapter from the service's clock on `set`.
 */
export interface KnowledgeCache {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/** Base class of every error the knowledge layer raises on purpose. */
export class KnowledgeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request never got an HTTP answer (no network, DNS failure, connection reset). */
export class OfflineError extends KnowledgeError {}

/** The server answered with a non-success HTTP status. */
export class HttpError extends KnowledgeError {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status}`);
  }
}

/** The server (or our own back-off for it) says: not before `retryAt` (ms since epoch). */
export class RateLimitedError extends KnowledgeError {
  constructor(
    readonly retryAt: number,
    readonly backoffKey: string,
  ) {
    super(`rate limited until ${new Date(retryAt).toISOString()}`);
  }
}

/** The body was not what the API's contract promises (HTML error page, invalid JSON...). */
export class BadResponseError extends KnowledgeError {}

/** True for the error fetch and our scheduler raise when a request's signal aborts. */
export function isAbortError(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    'name' in err &&
    ((err as { name: unknown }).name === 'AbortError' || (err as { name: unknown }).name === 'TimeoutError')
  );
}
