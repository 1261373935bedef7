// Related stories for one entity, merged from the page's own links, the reader's history
// and news searches: filtered to http(s), de-duplicated by normalized URL (first origin
// wins, in the order page > history > gdelt > google-news), newest first.
import { queryPairs } from '../url/normalize-url';
import { foldTokens } from './rank-candidates';
import { cleanText, LIMITS, safeHttpUrl } from './sanitize';
import type { Story, StoryOrigin } from './types';
import type { MarkedEntityType } from '../model/types';

/** A link found on the current page (its text and target). */
export interface PageLink {
  url: string;
  text: string;
  /** Publisher/site name, when the caller knows it. */
  source?: string;
  date?: string;
}

/** Turns a URL into its de-duplication key. */
export type UrlNormalizer = (url: string) => string;

// Query parameters that only track the reader and never change the document.
const TRACKING_PARAM =
  /^(?:utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|ocid|cmpid|smid)$/i;

/**
 * A small local URL normalizer for de-duplication: lowercase host without "www.", no
 * fragment, no tracking parameters, sorted query, no trailing slash, http = https.
 * (The lead may inject the project-wide `normalizeUrl` instead.)
 */
export function defaultNormalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const params = queryPairs(u)
    .filter(([k]) => !TRACKING_PARAM.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const port = u.port ? `:${u.port}` : '';
  const path = u.pathname.replace(/\/+$/, '') || '/';
  return `${host}${port}${path}${query}`;
}

/**
 * The names a link text must contain to be about the entity: its name and aliases, and
 * for people the surname alone ("Lavrov and Tillerson to discuss…").
 */
export function entityNames(name: string, type: MarkedEntityType, aliases: readonly string[] = []): string[] {
  const names = new Set<string>();
  for (const n of [name, ...aliases]) {
    const folded = foldTokens(n).join(' ');
    if (folded) names.add(folded);
  }
  if (type === 'PER') {
    const last = foldTokens(name).at(-1);
    if (last && last.length >= 4) names.add(last);
  }
  return [...names];
}

/** True when `text` contains one of `names` as whole words (accent- and case-folded). */
export function textNames(text: string, names: readonly string[]): boolean {
  const hay = ` ${foldTokens(text).join(' ')} `;
  return names.some((n) => hay.includes(` ${n} `));
}

/** Page links whose text names the entity, as stories. */
export function pageLinkStories(links: readonly PageLink[], names: readonly string[]): Story[] {
  const out: Story[] = [];
  for (const l of links) {
    const url = safeHttpUrl(l.url);
    const title = cleanText(l.text, LIMITS.storyTitle);
    if (!url || !title || !textNames(title, names)) continue;
    // A link whose whole text is the name ("Putin" in a tag list) is a topic page, not a story.
    if (names.includes(foldTokens(title).join(' '))) continue;
    out.push(toStory(url, title, l.source, l.date, 'page'));
  }
  return out;
}

/** Sanitizes stories from any origin (drops non-http(s) URLs and empty titles). */
export function sanitizeStories(stories: readonly Partial<Story>[], origin: StoryOrigin): Story[] {
  const out: Story[] = [];
  for (const s of stories) {
    const url = safeHttpUrl(s.url);
    const title = cleanText(s.title, LIMITS.storyTitle);
    if (!url || !title) continue;
    out.push(toStory(url, title, s.source, s.date, origin));
  }
  return out;
}

/**
 * Merges story lists (give them in priority order: page, history, gdelt, google-news),
 * keeping the first story per normalized URL (borrowing a date from later duplicates),
 * then sorts newest first; undated stories follow, in priority order.
 */
export function mergeStories(
  lists: readonly (readonly Story[])[],
  normalize: UrlNormalizer = defaultNormalizeUrl,
  limit = 30,
  excludeUrl?: string,
): Story[] {
  const byKey = new Map<string, Story>();
  const exclude = excludeUrl ? safeNormalize(normalize, excludeUrl) : undefined;
  for (const list of lists) {
    for (const s of list) {
      if (!safeHttpUrl(s.url)) continue;
      const key = safeNormalize(normalize, s.url);
      if (key === exclude) continue;
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, { ...s });
      else if (!seen.date && s.date) seen.date = s.date;
    }
  }
  const all = [...byKey.values()];
  const order = new Map(all.map((s, i) => [s, i]));
  return all
    .sort((a, b) => {
      const ta = a.date ? Date.parse(a.date) : NaN;
      const tb = b.date ? Date.parse(b.date) : NaN;
      const da = !Number.isNaN(ta);
      const db = !Number.isNaN(tb);
      if (da && db && ta !== tb) return tb - ta;
      if (da !== db) return da ? -1 : 1;
      return order.get(a)! - order.get(b)!;
    })
    .slice(0, limit);
}

function safeNormalize(normalize: UrlNormalizer, url: string): string {
  try {
    return normalize(url);
  } catch {
    return url;
  }
}

function toStory(url: string, title: string, source: unknown, date: unknown, origin: StoryOrigin): Story {
  const story: Story = {
    url,
    title,
    source: cleanText(source, LIMITS.source) ?? new URL(url).hostname.replace(/^www\./, ''),
    origin,
  };
  if (typeof date === 'string' && !Number.isNaN(Date.parse(date)))
    story.date = new Date(Date.parse(date)).toISOString();
  return story;
}

/** An article from the reader's history (the fields of ArticleVisit that stories need). */
export interface HistoryItem {
  url: string;
  title: string;
  site?: string;
  published?: string;
  visitedAt?: number;
}

/** History articles as stories, dated by publication (else by the visit). */
export function historyStories(items: readonly HistoryItem[]): Story[] {
  return sanitizeStories(
    items.map((h) => ({
      url: h.url,
      title: h.title,
      source: h.site,
      date: h.published ?? (typeof h.visitedAt === 'number' ? new Date(h.visitedAt).toISOString() : undefined),
    })),
    'history',
  );
}
