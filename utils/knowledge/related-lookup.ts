// Related stories for an entity: links on the current page that name it, articles from the
// reader's history, and (by setting) GDELT and Google News through the 30-minute cache,
// merged and de-duplicated. Always resolves with `status: 'ok'` unless aborted; each
// network source says how it fared.
import type { MarkedEntityType } from '../model/types';
import { wikiLang } from './endpoints';
import { fetchGdelt } from './gdelt';
import { fetchGoogleNews } from './google-news';
import type { LookupDeps } from './lookup';
import { baseTitle, foldTokens } from './rank-candidates';
import {
  entityNames,
  type HistoryItem,
  historyStories,
  mergeStories,
  type PageLink,
  pageLinkStories,
  type UrlNormalizer,
} from './related';
import { cleanText, LIMITS } from './sanitize';
import { abortError } from './scheduler';
import {
  isAbortError,
  OfflineError,
  RateLimitedError,
  type RelatedResult,
  type SourceStatus,
  type Story,
} from './types';

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

/** A lookup's dependencies plus what only related stories need. */
export interface RelatedDeps extends LookupDeps {
  /** Makes a story and a history entry for the same article meet. */
  normalize: UrlNormalizer;
  /** Spacing of GDELT requests. */
  gdeltIntervalMs: number;
}

type SourceOutcome = { stories: Story[]; status: SourceStatus };

/** One network source for related stories, through the 30-minute cache. */
async function relatedSource(
  deps: RelatedDeps,
  source: 'gdelt' | 'google-news',
  query: string,
  lang: string,
  signal: AbortSignal | undefined,
): Promise<SourceOutcome> {
  const { ctx, cache } = deps;
  const key = `rel:${source}:${lang}:${foldTokens(query).join(' ').slice(0, 200)}`;
  const cached = await cache.read<Story[]>(key, deps.ttl.related);
  if (cached?.fresh) return { stories: cached.data, status: 'cached' };
  try {
    const stories =
      source === 'gdelt'
        ? await fetchGdelt(ctx, query, lang, signal, deps.gdeltIntervalMs)
        : await fetchGoogleNews(ctx, query, lang, signal);
    await cache.write(key, stories);
    return { stories, status: 'ok' };
  } catch (err) {
    if (isAbortError(err)) throw err;
    const status: SourceStatus =
      err instanceof OfflineError ? 'offline' : err instanceof RateLimitedError ? 'rate-limited' : 'error';
    return { stories: cached?.data ?? [], status };
  }
}

/** Related stories, merged. */
export async function lookUpRelated(
  deps: RelatedDeps,
  req: RelatedRequest,
  o: RelatedOptions = {},
): Promise<RelatedResult> {
  const { signal } = o;
  if (signal?.aborted) throw abortError(signal);
  const lang = wikiLang(req.lang);
  const names = entityNames(req.name, req.type, [...(req.aliases ?? []), ...(req.title ? [baseTitle(req.title)] : [])]);
  const page = pageLinkStories(o.pageLinks ?? [], names);
  const history = historyStories(o.history ?? []);
  // The canonical title (without a "(country)" qualifier) is the better phrase to search.
  const query = cleanText(req.title ? baseTitle(req.title) : req.name, LIMITS.title) ?? '';
  const skipped: SourceOutcome = { stories: [], status: 'skipped' };
  const [gdelt, google] = await Promise.all([
    o.gdelt && query ? relatedSource(deps, 'gdelt', query, lang, signal) : skipped,
    o.googleNews && query ? relatedSource(deps, 'google-news', query, lang, signal) : skipped,
  ]);
  const result: RelatedResult = {
    status: 'ok',
    stories: mergeStories([page, history, gdelt.stories, google.stories], deps.normalize, 30, req.excludeUrl),
    sources: { gdelt: gdelt.status, googleNews: google.status },
  };
  if (gdelt.status === 'offline' || google.status === 'offline') result.offline = true;
  return result;
}
