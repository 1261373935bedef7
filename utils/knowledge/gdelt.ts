// GDELT DOC 2.0 article search: best-effort related news. GDELT is free and licence-
// friendly but moody: `{}` for no matches, HTML for a bad query, a text "Please limit
// requests" when called more than once per 5 s, and JSON with invalid characters. So the
// parser is defensive, the scheduler spaces requests 5 s apart, and failures never break
// the card (the service reports a per-source status instead).
import { cleanText, LIMITS, safeHttpUrl } from './sanitize';
import type { SourceContext } from './scheduler';
import { BadResponseError, RateLimitedError, type Story } from './types';
import { isObject } from './wikipedia';

/** GDELT allows one request per 5 seconds. */
export const GDELT_INTERVAL_MS = 5_000;

// GDELT's sourcelang takes language names; only codes we are sure of are mapped.
const SOURCE_LANG: Record<string, string> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  ru: 'russian',
  tr: 'turkish',
  ar: 'arabic',
  zh: 'chinese',
  ja: 'japanese',
  nl: 'dutch',
  pl: 'polish',
};

/** The outcome of parsing a GDELT body. */
export type GdeltParse = { ok: true; stories: Story[] } | { ok: false; reason: 'throttled' | 'bad-body' };

/**
 * The query phrase for `name`, or `undefined` when GDELT would reject it: quotes and
 * parentheses are query syntax, and phrases under 3 characters are refused as too short.
 */
export function gdeltPhrase(name: string): string | undefined {
  const clean = name.replace(/["()]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length >= 3 ? `"${clean}"` : undefined;
}

/** The ArtList request URL for `name` (newest first, last 7 days). */
export function gdeltUrl(base: string, name: string, lang?: string, maxRecords = 10): string | undefined {
  const phrase = gdeltPhrase(name);
  if (!phrase) return undefined;
  const sourceLang = lang ? SOURCE_LANG[lang] : undefined;
  const q = new URLSearchParams({
    query: sourceLang ? `${phrase} sourcelang:${sourceLang}` : phrase,
    mode: 'artlist',
    format: 'json',
    maxrecords: String(maxRecords),
    timespan: '7d',
    sort: 'datedesc',
  });
  return `${base}/api/v2/doc/doc?${q.toString()}`;
}

/** "20260905T141500Z" → "2026-09-05T14:15:00Z". */
export function parseSeenDate(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s.trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/**
 * Parses JSON the way GDELT needs: raw control characters inside strings and invalid
 * escapes are repaired, then characters at reported error positions are dropped (as the
 * gdelt-doc-api client does), a bounded number of times.
 */
export function lenientJsonParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // fall through to repairs
  }
  let s = text
    .replace(/[\u0000-\u001F]/g, ' ')
    .replace(/\\(?!["\\/bfnrtu])/g, '\\\\')
    .replace(/\\u(?![0-9a-fA-F]{4})/g, '\\\\u');
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return JSON.parse(s) as unknown;
    } catch (err) {
      const m = /position (\d+)/.exec(err instanceof Error ? err.message : '');
      if (!m) break;
      const pos = Number(m[1]);
      if (pos >= s.length) break;
      s = s.slice(0, pos) + s.slice(pos + 1);
    }
  }
  throw new BadResponseError('invalid JSON');
}

/** Parses an ArtList body into stories (http(s) URLs only, sanitized titles). */
export function parseGdelt(text: string): GdeltParse {
  const trimmed = text.trim();
  if (/limit requests/i.test(trimmed.slice(0, 500))) return { ok: false, reason: 'throttled' };
  // GDELT answers a bad query with a human-readable HTML/text sentence and status 200.
  // The body is judged, not the content type, which GDELT does not set reliably.
  if (!trimmed.startsWith('{')) return { ok: false, reason: 'bad-body' };
  let body: unknown;
  try {
    body = lenientJsonParse(trimmed);
  } catch {
    return { ok: false, reason: 'bad-body' };
  }
  if (!isObject(body)) return { ok: false, reason: 'bad-body' };
  // No matches is `{}`: no `articles` key at all.
  const articles = Array.isArray(body.articles) ? body.articles : [];
  const stories: Story[] = [];
  for (const a of articles) {
    if (!isObject(a)) continue;
    const url = safeHttpUrl(a.url);
    const title = cleanText(a.title, LIMITS.storyTitle);
    if (!url || !title) continue;
    const source = cleanText(a.domain, LIMITS.source) ?? new URL(url).hostname;
    const date = parseSeenDate(a.seendate);
    stories.push(date ? { url, title, source, date, origin: 'gdelt' } : { url, title, source, origin: 'gdelt' });
  }
  return { ok: true, stories };
}

/** Fetches related stories for `name` from GDELT, at most one request per 5 s. */
export async function fetchGdelt(
  ctx: SourceContext,
  name: string,
  lang: string,
  signal?: AbortSignal,
  intervalMs = GDELT_INTERVAL_MS,
): Promise<Story[]> {
  const url = gdeltUrl(ctx.endpoints.gdelt, name, lang);
  if (!url) return [];
  const res = await ctx.scheduler.fetchText({
    url,
    backoffKey: ctx.endpoints.gdelt,
    signal,
    minIntervalMs: intervalMs,
  });
  if (res.status === 404) throw new BadResponseError('GDELT: not found');
  const parsed = parseGdelt(res.text);
  if (parsed.ok) return parsed.stories;
  if (parsed.reason === 'throttled') throw new RateLimitedError(ctx.now() + intervalMs, ctx.endpoints.gdelt);
  throw new BadResponseError('GDELT: unreadable body');
}
