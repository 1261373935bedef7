// Wikipedia clients: the Action API (resolve a name with redirects, search candidates
// when a name is missing or ambiguous) and the REST page summary (what the card shows).
// Only the entity's name is sent. Responses are reduced to plain, sanitized data here, so
// nothing shaped by the server travels further than this module.
import { wikipediaBase } from './endpoints';
import { cleanText, LIMITS, safeHttpUrl, safeNumber } from './sanitize';
import { parseJson, type SourceContext } from './scheduler';
import { BadResponseError, RateLimitedError, type Thumbnail } from './types';

/** One page from an Action API `query`, reduced to what ranking and the card need. */
export interface WikiPage {
  title: string;
  description?: string;
  extract?: string;
  thumbnail?: Thumbnail;
  wikidataId?: string;
  disambiguation: boolean;
  /** Search rank (1 = best) for generator=search results. */
  index?: number;
}

/** The REST summary, reduced. */
export interface WikiSummary {
  type: string;
  title: string;
  description?: string;
  extract: string;
  thumbnail?: Thumbnail;
  url?: string;
  wikidataId?: string;
  coordinates?: { lat: number; lon: number };
}

/** Result of resolving a name with `titles=`: the page, or `missing`. */
export type TitleResolution = { kind: 'page'; page: WikiPage; redirectedFrom?: string } | { kind: 'missing' };

// Props shared by both Action API queries: what the card and the ranking need in one go.
const PAGE_PROPS = {
  prop: 'extracts|pageimages|pageprops|description',
  exintro: '1',
  explaintext: '1',
  exsentences: '2',
  exlimit: 'max',
  piprop: 'thumbnail|name',
  pithumbsize: '320',
  ppprop: 'wikibase_item|disambiguation',
};

function actionUrl(ctx: SourceContext, lang: string, params: Record<string, string>): string {
  const q = new URLSearchParams({ action: 'query', format: 'json', formatversion: '2', origin: '*', ...params });
  return `${wikipediaBase(ctx.endpoints, lang)}/w/api.php?${q.toString()}`;
}

async function actionQuery(ctx: SourceContext, lang: string, params: Record<string, string>, signal?: AbortSignal) {
  const backoffKey = wikipediaBase(ctx.endpoints, lang);
  const res = await ctx.scheduler.fetchText({ url: actionUrl(ctx, lang, params), backoffKey, wikimedia: true, signal });
  if (res.status === 404) throw new BadResponseError('Action API not found');
  const body = parseJson(res.text);
  if (!isObject(body)) throw new BadResponseError('Action API: not an object');
  // Action API errors arrive as HTTP 200 with an `error` member.
  if (isObject(body.error)) {
    if (body.error.code === 'ratelimited' || body.error.code === 'maxlag') {
      throw new RateLimitedError(ctx.now() + 60_000, backoffKey);
    }
    throw new BadResponseError(`Action API error: ${String(body.error.code).slice(0, 50)}`);
  }
  return body;
}

/**
 * Resolves `name` through `titles=` with redirects. A redirect ("Erdogan") lands on its
 * target; a disambiguation page comes back with `disambiguation: true`.
 */
export async function resolveTitle(
  ctx: SourceContext,
  lang: string,
  name: string,
  signal?: AbortSignal,
): Promise<TitleResolution> {
  const body = await actionQuery(ctx, lang, { redirects: '1', titles: name, ...PAGE_PROPS }, signal);
  const query = isObject(body.query) ? body.query : undefined;
  const pages = query && Array.isArray(query.pages) ? query.pages : [];
  const first = pages.find(isObject);
  if (!first || first.missing === true || first.invalid === true) return { kind: 'missing' };
  const page = toWikiPage(first);
  if (!page) return { kind: 'missing' };
  const redirects = query && Array.isArray(query.redirects) ? query.redirects.filter(isObject) : [];
  const from = redirects.length > 0 ? cleanText(redirects[0]!.from, LIMITS.title) : undefined;
  return from ? { kind: 'page', page, redirectedFrom: from } : { kind: 'page', page };
}

/** Search candidates for `name` (generator=search), sorted by the search's own rank. */
export async function searchCandidates(
  ctx: SourceContext,
  lang: string,
  name: string,
  signal?: AbortSignal,
  limit = 5,
): Promise<WikiPage[]> {
  const body = await actionQuery(
    ctx,
    lang,
    { generator: 'search', gsrsearch: name, gsrnamespace: '0', gsrlimit: String(limit), ...PAGE_PROPS },
    signal,
  );
  const query = isObject(body.query) ? body.query : undefined;
  const pages = query && Array.isArray(query.pages) ? query.pages : [];
  return pages
    .filter(isObject)
    .filter((p) => p.missing !== true)
    .map(toWikiPage)
    .filter((p): p is WikiPage => p !== undefined)
    .sort((a, b) => (a.index ?? 1e9) - (b.index ?? 1e9));
}

/** REST summary of `title`; `undefined` when the page does not exist (404). */
export async function fetchSummary(
  ctx: SourceContext,
  lang: string,
  title: string,
  signal?: AbortSignal,
): Promise<WikiSummary | undefined> {
  const base = wikipediaBase(ctx.endpoints, lang);
  const path = encodeURIComponent(title.replace(/ /g, '_'));
  const res = await ctx.scheduler.fetchText({
    url: `${base}/api/rest_v1/page/summary/${path}`,
    backoffKey: base,
    wikimedia: true,
    signal,
  });
  if (res.status === 404) return undefined;
  const body = parseJson(res.text);
  if (!isObject(body)) throw new BadResponseError('summary: not an object');
  const titles = isObject(body.titles) ? body.titles : {};
  const shownTitle =
    cleanText(titles.normalized, LIMITS.title) ??
    cleanText(typeof titles.canonical === 'string' ? titles.canonical.replace(/_/g, ' ') : undefined, LIMITS.title) ??
    cleanText(body.title, LIMITS.title);
  if (!shownTitle) throw new BadResponseError('summary: no title');
  const urls = isObject(body.content_urls) && isObject(body.content_urls.desktop) ? body.content_urls.desktop : {};
  const coords = isObject(body.coordinates) ? body.coordinates : undefined;
  const lat = safeNumber(coords?.lat);
  const lon = safeNumber(coords?.lon);
  return {
    type: typeof body.type === 'string' ? body.type : 'standard',
    title: shownTitle,
    description: cleanText(body.description, LIMITS.description),
    extract: firstSentences(cleanText(body.extract, LIMITS.extract * 2) ?? '', 3, LIMITS.extract),
    thumbnail: toThumbnail(body.thumbnail),
    url: safeHttpUrl(urls.page),
    wikidataId: toQid(body.wikibase_item),
    coordinates: lat !== undefined && lon !== undefined ? { lat, lon } : undefined,
  };
}

/** The canonical desktop URL of `title` on the real wiki (used when the summary lacks one). */
export function articleUrl(ctx: SourceContext, lang: string, title: string): string | undefined {
  return safeHttpUrl(`${wikipediaBase(ctx.endpoints, lang)}/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`);
}

// Abbreviations that end in a period without ending a sentence.
const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Gov|Sen|Rep|No|Vol|vs|etc|approx|ca|c)|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])\.$/;

/**
 * The first `n` sentences of `text`, at most `max` characters. A naive splitter that
 * knows about initials and common abbreviations is enough for encyclopedic leads.
 */
export function firstSentences(text: string, n: number, max: number): string {
  const re = /[.!?](?=\s+["“(\p{Lu}\p{N}])/gu;
  let count = 0;
  let m: RegExpExecArray | null;
  let cut = text.length;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + 1;
    if (ABBREVIATIONS.test(text.slice(Math.max(0, end - 12), end))) continue;
    if (++count >= n) {
      cut = end;
      break;
    }
  }
  const out = text.slice(0, cut).trim();
  return out.length > max ? (cleanText(out, max) ?? '') : out;
}

function toWikiPage(p: Record<string, unknown>): WikiPage | undefined {
  const title = cleanText(p.title, LIMITS.title);
  if (!title) return undefined;
  const props = isObject(p.pageprops) ? p.pageprops : {};
  return {
    title,
    description: cleanText(p.description, LIMITS.description),
    extract: cleanText(p.extract, LIMITS.extract),
    thumbnail: toThumbnail(p.thumbnail),
    wikidataId: toQid(props.wikibase_item),
    // Disambiguator sets the key (with an empty value) on disambiguation pages.
    disambiguation: 'disambiguation' in props,
    index: safeNumber(p.index),
  };
}

function toThumbnail(t: unknown): Thumbnail | undefined {
  if (!isObject(t)) return undefined;
  const url = safeHttpUrl(t.source);
  if (!url) return undefined;
  return { url, width: safeNumber(t.width), height: safeNumber(t.height) };
}

/** A valid Wikidata item id or `undefined`. */
export function toQid(v: unknown): string | undefined {
  return typeof v === 'string' && /^Q[1-9]\d{0,11}$/.test(v) ? v : undefined;
}

/** Narrowing helper for parsed JSON. */
// biome-ignore lint/suspicious/noExplicitAny: API JSON, read field by field by the callers
export function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
