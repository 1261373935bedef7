// The knowledge service: name + type + language + context words → background, facts and
// related stories, through the chain of design.md: cache → Action API titles= (redirects,
// pageprops) → on missing/disambiguation, generator=search candidates ranked on the device
// → REST summary → Wikidata (P31 type check; facts on demand). Every answer is a status
// the UI can explain (ok / not-found / offline / rate-limited / error); cached data is
// served, flagged, when the network fails. Aborts reject with an AbortError.
import { resolveEndpoints, wikiLang, type Endpoints } from './endpoints';
import { fetchGdelt, GDELT_INTERVAL_MS } from './gdelt';
import { fetchGoogleNews } from './google-news';
import { createMemoryCache } from './memory-cache';
import { baseTitle, contentStems, foldTokens, rankCandidates } from './rank-candidates';
import {
  defaultNormalizeUrl,
  entityNames,
  historyStories,
  mergeStories,
  pageLinkStories,
  type HistoryItem,
  type PageLink,
  type UrlNormalizer,
} from './related';
import { normalizeUrl } from '../url/normalize-url';
import { cleanText, LIMITS } from './sanitize';
import { abortError, createScheduler, type Scheduler, type SourceContext } from './scheduler';
import {
  BadResponseError,
  HttpError,
  isAbortError,
  OfflineError,
  RateLimitedError,
  type Background,
  type BackgroundRequest,
  type BackgroundResult,
  type Facts,
  type FactsResult,
  type KnowledgeCache,
  type KnowledgeResult,
  type RelatedResult,
  type SourceStatus,
  type Story,
} from './types';
import { applyLabels, extractFacts, instanceOf, typeMatches } from './wikidata-facts';
import { fetchEntity, fetchInstanceOf, fetchLabels } from './wikidata';
import { articleUrl, fetchSummary, resolveTitle, searchCandidates, toQid, type WikiPage } from './wikipedia';
import type { MarkedEntityType } from '../model/types';

/** Cache lifetimes in milliseconds. */
export interface KnowledgeTtls {
  background: number;
  facts: number;
  related: number;
  /** "No such entity" answers: shorter, since Wikipedia gains articles. */
  notFound: number;
}

/** Defaults: background and facts 7 days, related 30 minutes, not-found 1 day. */
export const DEFAULT_TTLS: Readonly<KnowledgeTtls> = Object.freeze({
  background: 7 * 86_400_000,
  facts: 7 * 86_400_000,
  related: 30 * 60_000,
  notFound: 86_400_000,
});

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

/** What {@link KnowledgeService.getFacts} needs: a Background has all of it. */
export interface FactsRequest {
  wikidataId?: string;
  type: MarkedEntityType;
  lang: string;
}

/** The entity related stories are for. */
export interface RelatedRequest {
  name: string;
  type: MarkedEntityType;
  lang: string;
  /** Canonical title once known: a better news query than the surface form. */
  title?: string;
  /** Other names of the entity on this page ("Putin" for "Vladimir Putin"). */
  aliases?: readonly string[];
  /** The current page's URL: never offered as related to itself. */
  excludeUrl?: string;
}

/** Where related stories may come from for one request. */
export interface RelatedOptions {
  /** Links on the current page; only those whose text names the entity are kept. */
  pageLinks?: readonly PageLink[];
  /** Articles from the reader's history that mention the entity (chosen by the caller). */
  history?: readonly HistoryItem[];
  signal?: AbortSignal;
  /** Query GDELT (a setting). */
  gdelt?: boolean;
  /** Query Google News RSS (opt-in setting). */
  googleNews?: boolean;
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

// Cached values are wrapped with their own timestamp, so TTLs follow the service's clock
// whatever the adapter stores as fetchedAt.
interface Stamped<T> {
  v: 1;
  at: number;
  data: T;
}

interface Resolution {
  title: string | null;
}

interface CacheHit<T> {
  data: T;
  at: number;
  fresh: boolean;
}

/** Creates the knowledge service. One instance per background. */
export function createKnowledgeService(opts: KnowledgeServiceOptions = {}): KnowledgeService {
  const now = opts.now ?? Date.now;
  const endpoints = resolveEndpoints(opts.endpoints);
  const cache = opts.cache ?? createMemoryCache(now);
  const ttl: KnowledgeTtls = { ...DEFAULT_TTLS, ...(opts.ttl ?? {}) };
  // The project-wide normalizer (AMP, mobile hosts, tracking parameters) so a story and a
  // history entry for the same article meet; the local one is the fallback for URLs it refuses.
  const normalize: UrlNormalizer =
    opts.normalizeUrl ??
    ((u) => {
      try {
        return normalizeUrl(u);
      } catch {
        return defaultNormalizeUrl(u);
      }
    });
  const gdeltIntervalMs = opts.gdeltIntervalMs ?? GDELT_INTERVAL_MS;
  const scheduler = createScheduler({
    fetch: opts.fetch,
    maxInFlight: opts.maxInFlight,
    userAgent: opts.userAgent,
    now,
  });
  const ctx: SourceContext = { scheduler, endpoints, now };

  async function readCache<T>(key: string, maxAge: number): Promise<CacheHit<T> | undefined> {
    try {
      const entry = await cache.get(key);
      const s = entry?.value as Stamped<T> | undefined;
      if (!s || typeof s !== 'object' || s.v !== 1 || typeof s.at !== 'number') return undefined;
      return { data: s.data, at: s.at, fresh: now() - s.at < maxAge };
    } catch {
      // A broken cache must not break the card: behave as if it were empty.
      return undefined;
    }
  }

  async function writeCache<T>(key: string, data: T): Promise<void> {
    try {
      await cache.set(key, { v: 1, at: now(), data } satisfies Stamped<T>);
    } catch {
      // Losing a cache write costs a request later, nothing more.
    }
  }

  /** Checks P31 for a page; `undefined` = could not check (Wikidata unavailable). */
  async function checkType(page: WikiPage, type: MarkedEntityType, signal?: AbortSignal): Promise<boolean | undefined> {
    if (!page.wikidataId) return undefined;
    try {
      return typeMatches(type, await fetchInstanceOf(ctx, page.wikidataId, signal));
    } catch (err) {
      // Offline and aborts end the whole lookup; a Wikidata hiccup only skips the check.
      if (isAbortError(err) || err instanceof OfflineError) throw err;
      return undefined;
    }
  }

  /** Name → chosen page (verified type), or `undefined` when nothing fits. */
  async function resolvePage(
    req: BackgroundRequest,
    name: string,
    lang: string,
    signal?: AbortSignal,
  ): Promise<{ page: WikiPage; typeChecked: boolean; viaSearch: boolean } | undefined> {
    const direct = await resolveTitle(ctx, lang, name, signal);
    let rejectedTitle: string | undefined;
    if (direct.kind === 'page' && !direct.page.disambiguation) {
      const ok = await checkType(direct.page, req.type, signal);
      if (ok !== false) return { page: direct.page, typeChecked: ok === true, viaSearch: false };
      rejectedTitle = direct.page.title;
    }
    const candidates = (await searchCandidates(ctx, lang, name, signal)).filter((c) => c.title !== rejectedTitle);
    const ranked = rankCandidates(name, req.type, req.context ?? [], candidates);
    // Each check is a request; three wrong types in a row means the name is not this type.
    for (const r of ranked.slice(0, 3)) {
      const ok = await checkType(r.candidate, req.type, signal);
      if (ok !== false) return { page: r.candidate, typeChecked: ok === true, viaSearch: true };
    }
    return undefined;
  }

  async function buildBackground(
    chosen: { page: WikiPage; typeChecked: boolean },
    type: MarkedEntityType,
    lang: string,
    signal?: AbortSignal,
  ): Promise<Background> {
    const { page } = chosen;
    let summary: Awaited<ReturnType<typeof fetchSummary>>;
    try {
      summary = await fetchSummary(ctx, lang, page.title, signal);
    } catch (err) {
      // The Action API already gave title, description, extract and thumbnail: a failing
      // summary degrades the card rather than losing it. Offline still ends the lookup.
      if (isAbortError(err) || err instanceof OfflineError) throw err;
      summary = undefined;
    }
    const bg: Background = {
      title: summary?.title ?? page.title,
      extract: summary?.extract || page.extract || '',
      url: summary?.url ?? articleUrl(ctx, lang, page.title) ?? '',
      lang,
      type,
      typeChecked: chosen.typeChecked,
    };
    const description = summary?.description ?? page.description;
    if (description) bg.description = description;
    const thumbnail = summary?.thumbnail ?? page.thumbnail;
    if (thumbnail) bg.thumbnail = thumbnail;
    const qid = page.wikidataId ?? summary?.wikidataId;
    if (qid) bg.wikidataId = qid;
    if (summary?.coordinates) bg.coordinates = summary.coordinates;
    return bg;
  }

  async function getBackground(req: BackgroundRequest, o: { signal?: AbortSignal } = {}): Promise<BackgroundResult> {
    const { signal } = o;
    const name = cleanText(req.name, 200);
    if (!name) return { status: 'not-found' };
    if (!isEntityType(req.type)) return { status: 'error', message: 'unsupported entity type' };
    const lang = wikiLang(req.lang);
    const folded = foldTokens(name).join(' ') || name;
    const plainKey = `res:${lang}:${req.type}:${folded}`;
    const contextKey = `${plainKey}#${contextHash(req.context ?? [])}`;
    const bgKey = (title: string) => `bg:${lang}:${req.type}:${title}`;

    // 0. Cache: a context-free resolution (the name was unambiguous) or one for this context.
    const res =
      (await readCache<Resolution>(plainKey, ttl.background)) ??
      (await readCache<Resolution>(contextKey, ttl.background));
    const cachedBg = res?.data.title ? await readCache<Background>(bgKey(res.data.title), ttl.background) : undefined;
    if (res?.fresh) {
      if (res.data.title === null && now() - res.at < ttl.notFound) return { status: 'not-found' };
      if (cachedBg?.fresh) return { status: 'ok', value: cachedBg.data, fetchedAt: cachedBg.at };
    }

    try {
      const chosen = await resolvePage(req, name, lang, signal);
      if (!chosen) {
        await writeCache<Resolution>(contextKey, { title: null });
        return { status: 'not-found' };
      }
      const bg = await buildBackground(chosen, req.type, lang, signal);
      await writeCache<Background>(bgKey(bg.title), bg);
      await writeCache<Resolution>(chosen.viaSearch ? contextKey : plainKey, { title: bg.title });
      return { status: 'ok', value: bg, fetchedAt: now() };
    } catch (err) {
      if (isAbortError(err)) throw err;
      if (cachedBg) {
        return {
          status: 'ok',
          value: cachedBg.data,
          fetchedAt: cachedBg.at,
          stale: !cachedBg.fresh,
          offline: err instanceof OfflineError,
        };
      }
      return failure(err);
    }
  }

  async function getFacts(entity: FactsRequest, o: { signal?: AbortSignal } = {}): Promise<FactsResult> {
    const { signal } = o;
    const qid = toQid(entity.wikidataId);
    if (!qid) return { status: 'not-found' };
    if (!isEntityType(entity.type)) return { status: 'error', message: 'unsupported entity type' };
    const lang = wikiLang(entity.lang);
    const key = `facts:${lang}:${entity.type}:${qid}`;
    const cached = await readCache<Facts | null>(key, ttl.facts);
    if (cached?.fresh) {
      return cached.data ? { status: 'ok', value: cached.data, fetchedAt: cached.at } : { status: 'not-found' };
    }
    try {
      const ent = await fetchEntity(ctx, qid, lang, signal);
      const p31 = ent ? instanceOf(ent.claims) : [];
      if (!ent || !typeMatches(entity.type, p31)) {
        await writeCache<Facts | null>(key, null);
        return { status: 'not-found' };
      }
      const extracted = extractFacts(ent.claims, entity.type, now());
      let labels = new Map<string, string>();
      try {
        labels = await fetchLabels(ctx, extracted.referencedIds, lang, signal);
      } catch (err) {
        // Facts with ids instead of names are still facts; only offline/abort end it.
        if (isAbortError(err) || err instanceof OfflineError) throw err;
      }
      const facts: Facts = {
        wikidataId: qid,
        type: entity.type,
        instanceOf: p31,
        facts: applyLabels(extracted.facts, labels),
      };
      if (ent.label) facts.label = ent.label;
      await writeCache<Facts | null>(key, facts);
      return { status: 'ok', value: facts, fetchedAt: now() };
    } catch (err) {
      if (isAbortError(err)) throw err;
      if (cached?.data) {
        return {
          status: 'ok',
          value: cached.data,
          fetchedAt: cached.at,
          stale: true,
          offline: err instanceof OfflineError,
        };
      }
      return failure(err);
    }
  }

  /** One network source for related stories, through the 30-minute cache. */
  async function relatedSource(
    source: 'gdelt' | 'google-news',
    query: string,
    lang: string,
    signal: AbortSignal | undefined,
  ): Promise<{ stories: Story[]; status: SourceStatus }> {
    const key = `rel:${source}:${lang}:${foldTokens(query).join(' ').slice(0, 200)}`;
    const cached = await readCache<Story[]>(key, ttl.related);
    if (cached?.fresh) return { stories: cached.data, status: 'cached' };
    try {
      const stories =
        source === 'gdelt'
          ? await fetchGdelt(ctx, query, lang, signal, gdeltIntervalMs)
          : await fetchGoogleNews(ctx, query, lang, signal);
      await writeCache(key, stories);
      return { stories, status: 'ok' };
    } catch (err) {
      if (isAbortError(err)) throw err;
      const status: SourceStatus =
        err instanceof OfflineError ? 'offline' : err instanceof RateLimitedError ? 'rate-limited' : 'error';
      return { stories: cached?.data ?? [], status };
    }
  }

  async function getRelated(req: RelatedRequest, o: RelatedOptions = {}): Promise<RelatedResult> {
    const { signal } = o;
    if (signal?.aborted) throw abortError(signal);
    const lang = wikiLang(req.lang);
    const names = entityNames(req.name, req.type, [
      ...(req.aliases ?? []),
      ...(req.title ? [baseTitle(req.title)] : []),
    ]);
    const page = pageLinkStories(o.pageLinks ?? [], names);
    const history = historyStories(o.history ?? []);
    // The canonical title (without a "(country)" qualifier) is the better phrase to search.
    const query = cleanText(req.title ? baseTitle(req.title) : req.name, LIMITS.title) ?? '';
    const skipped = { stories: [] as Story[], status: 'skipped' as SourceStatus };
    const [gdelt, google] = await Promise.all([
      o.gdelt && query ? relatedSource('gdelt', query, lang, signal) : skipped,
      o.googleNews && query ? relatedSource('google-news', query, lang, signal) : skipped,
    ]);
    const result: RelatedResult = {
      status: 'ok',
      stories: mergeStories([page, history, gdelt.stories, google.stories], normalize, 30, req.excludeUrl),
      sources: { gdelt: gdelt.status, googleNews: google.status },
    };
    if (gdelt.status === 'offline' || google.status === 'offline') result.offline = true;
    return result;
  }

  return { getBackground, getFacts, getRelated, scheduler, endpoints };
}

function isEntityType(t: unknown): t is MarkedEntityType {
  return t === 'PER' || t === 'LOC' || t === 'ORG';
}

/** Maps an error to the status the UI shows. */
function failure(err: unknown): KnowledgeResult<never> {
  if (err instanceof OfflineError) return { status: 'offline' };
  if (err instanceof RateLimitedError) return { status: 'rate-limited', retryAt: err.retryAt };
  if (err instanceof HttpError) return { status: 'error', message: `The service answered HTTP ${err.status}.` };
  if (err instanceof BadResponseError) return { status: 'error', message: 'The service sent an unreadable answer.' };
  return { status: 'error', message: 'Unexpected error.' };
}

/**
 * A short hash of the context's content words, for cache keys only (FNV-1a, 32 bit):
 * the same page context maps to the same resolution.
 */
export function contextHash(context: readonly string[]): string {
  const stems = new Set<string>();
  for (const c of context) for (const s of contentStems(c)) stems.add(s);
  const text = [...stems].sort().join(' ');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
