// The knowledge service: name + type + language + context words → background, facts and
// related stories, through the chain of design.md: cache → Action API titles= (redirects,
// pageprops) → on missing/disambiguation, generator=search candidates ranked on the device
// → REST summary → Wikidata (P31 type check; facts on demand). Every answer is a status
// the UI can explain (ok / not-found / offline / rate-limited / error); cached data is
// served, flagged, when the network fails. Aborts reject with an AbortError.
// This module wires one scheduler, cache and clock into the three lookups
// (background-lookup.ts, facts-lookup.ts, related-lookup.ts).
import { normalizeUrl } from '../url/normalize-url';
import { lookUpBackground } from './background-lookup';
import { type Endpoints, resolveEndpoints } from './endpoints';
import { type FactsRequest, lookUpFacts } from './facts-lookup';
import { GDELT_INTERVAL_MS } from './gdelt';
import { DEFAULT_TTLS, type KnowledgeTtls, type LookupDeps } from './lookup';
import { createMemoryCache } from './memory-cache';
import { defaultNormalizeUrl, type UrlNormalizer } from './related';
import { lookUpRelated, type RelatedOptions, type RelatedRequest } from './related-lookup';
import { createScheduler, type Scheduler } from './scheduler';
import { createStampedCache } from './stamped-cache';
import type { BackgroundRequest, BackgroundResult, FactsResult, KnowledgeCache, RelatedResult } from './types';

export { contextHash } from './background-lookup';
export { DEFAULT_TTLS, type KnowledgeTtls } from './lookup';
export type { FactsRequest } from './facts-lookup';
export type { RelatedOptions, RelatedRequest } from './related-lookup';

/** Options of {@link createKnowledgeService}. Everything is injectable for tests. */
export interface KnowledgeServiceOptions {
  /** Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Base URLs; missing ones default to the real services. */
  endpoints?: Partial<Endpoints>;
  /** Defaults to an in-memory cache. */
  cache?: KnowledgeCache;
  now?: () => number;
  /** Api-User-Agent header value. */
  userAgent?: string;
  /** Requests in flight overall (default 3). */
  maxInFlight?: number;
  /** Spacing of GDELT requests (default 5 s; tests shorten it). */
  gdeltIntervalMs?: number;
  /** URL normalizer for de-duplicating stories (default: utils/url's normalizeUrl). */
  normalizeUrl?: UrlNormalizer;
  ttl?: Partial<KnowledgeTtls>;
}

/** The service's interface. */
export interface KnowledgeService {
  /** Background for an entity. Rejects only with an AbortError. */
  getBackground(req: BackgroundRequest, opts?: { signal?: AbortSignal }): Promise<BackgroundResult>;
  /** Wikidata facts for an entity with a Wikidata id. Rejects only with an AbortError. */
  getFacts(entity: FactsRequest, opts?: { signal?: AbortSignal }): Promise<FactsResult>;
  /** Related stories, merged. Always resolves with `status: 'ok'` unless aborted. */
  getRelated(req: RelatedRequest, opts?: RelatedOptions): Promise<RelatedResult>;
  /** The shared scheduler (exposed for diagnostics and tests). */
  readonly scheduler: Scheduler;
  readonly endpoints: Endpoints;
}

/**
 * The project-wide normalizer (AMP, mobile hosts, tracking parameters) so a story and a
 * history entry for the same article meet; the local one is the fallback for URLs it refuses.
 */
const projectNormalizer: UrlNormalizer = (u) => {
  try {
    return normalizeUrl(u);
  } catch {
    return defaultNormalizeUrl(u);
  }
};

/** Creates the knowledge service. One instance per background. */
export function createKnowledgeService(opts: KnowledgeServiceOptions = {}): KnowledgeService {
  const now = opts.now ?? Date.now;
  const endpoints = resolveEndpoints(opts.endpoints);
  const scheduler = createScheduler({
    fetch: opts.fetch,
    maxInFlight: opts.maxInFlight,
    userAgent: opts.userAgent,
    now,
  });
  const deps: LookupDeps = {
    ctx: { scheduler, endpoints, now },
    cache: createStampedCache(opts.cache ?? createMemoryCache(now), now),
    ttl: { ...DEFAULT_TTLS, ...(opts.ttl ?? {}) },
    now,
  };
  const relatedDeps = {
    ...deps,
    normalize: opts.normalizeUrl ?? projectNormalizer,
    gdeltIntervalMs: opts.gdeltIntervalMs ?? GDELT_INTERVAL_MS,
  };
  return {
    getBackground: (req, o = {}) => lookUpBackground(deps, req, o.signal),
    getFacts: (entity, o = {}) => lookUpFacts(deps, entity, o.signal),
    getRelated: (req, o) => lookUpRelated(relatedDeps, req, o),
    scheduler,
    endpoints,
  };
}
