// Google News RSS search: opt-in only (its feed terms allow personal, non-commercial
// feed-reader use). The background has no DOM parser (service worker), so the RSS is read
// with a small, strict scanner for the handful of item fields we need; anything it does
// not understand is skipped, never interpreted as markup.
import { cleanText, LIMITS, safeHttpUrl } from './sanitize';
import type { SourceContext } from './scheduler';
import { BadResponseError, type Story } from './types';

// hl / gl / ceid must agree; languages not listed use the US English edition.
const EDITIONS: Record<string, { hl: string; gl: string; ceid: string }> = {
  en: { hl: 'en-US', gl: 'US', ceid: 'US:en' },
  de: { hl: 'de', gl: 'DE', ceid: 'DE:de' },
  fr: { hl: 'fr', gl: 'FR', ceid: 'FR:fr' },
  es: { hl: 'es-419', gl: 'US', ceid: 'US:es-419' },
  it: { hl: 'it', gl: 'IT', ceid: 'IT:it' },
  nl: { hl: 'nl', gl: 'NL', ceid: 'NL:nl' },
  pt: { hl: 'pt-BR', gl: 'BR', ceid: 'BR:pt-419' },
  ru: { hl: 'ru', gl: 'RU', ceid: 'RU:ru' },
  tr: { hl: 'tr', gl: 'TR', ceid: 'TR:tr' },
};

/** The search feed URL for `name` in the last 7 days. */
export function googleNewsUrl(base: string, name: string, lang: string): string | undefined {
  const clean = name.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length < 2) return undefined;
  const ed = EDITIONS[lang] ?? EDITIONS.en!;
  const q = new URLSearchParams({ q: `"${clean}" when:7d`, hl: ed.hl, gl: ed.gl, ceid: ed.ceid });
  return `${base}/rss/search?${q.toString()}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes XML character references and the few named entities RSS uses. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '';
    }
    return ENTITIES[ref] ?? whole;
  });
}

/** Text content of the first `<tag>` in `xml` (CDATA unwrapped, entities decoded). */
function field(xml: string, tag: string): { text: string; attrs: string } | undefined {
  const m = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'i').exec(xml);
  if (!m) return undefined;
  const raw = m[2] ?? '';
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw);
  return { text: cdata ? cdata[1]! : decodeXmlEntities(raw), attrs: m[1] ?? '' };
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  return m ? decodeXmlEntities(m[2] ?? m[3] ?? '') : undefined;
}

/**
 * Parses a Google News RSS feed into stories. Titles come as "Headline - Publisher"; the
 * publisher suffix is dropped when it matches `<source>`. Links stay the feed's own
 * (opaque news.google.com redirects), as long as they are http(s).
 */
export function parseGoogleNewsRss(xml: string, maxItems = 10): Story[] {
  const stories: Story[] = [];
  const itemRe = /<item\b[^>]*>([\s\S]*?)<\/item>/gi;
  let m: RegExpExecArray | null;
  while ((m = itemRe.exec(xml)) !== null && stories.length < maxItems) {
    const item = m[1] ?? '';
    const url = safeHttpUrl(field(item, 'link')?.text);
    const sourceField = field(item, 'source');
    const source = cleanText(sourceField?.text, LIMITS.source);
    let rawTitle = field(item, 'title')?.text ?? '';
    if (source && rawTitle.endsWith(` - ${sourceField!.text.trim()}`)) {
      rawTitle = rawTitle.slice(0, rawTitle.length - sourceField!.text.trim().length - 3);
    }
    const title = cleanText(rawTitle, LIMITS.storyTitle);
    if (!url || !title) continue;
    const sourceUrl = safeHttpUrl(sourceField ? attr(sourceField.attrs, 'url') : undefined);
    const pub = field(item, 'pubDate')?.text;
    const t = pub ? Date.parse(pub) : NaN;
    const story: Story = {
      url,
      title,
      source: source ?? (sourceUrl ? new URL(sourceUrl).hostname : 'Google News'),
      origin: 'google-news',
    };
    if (!Number.isNaN(t)) story.date = new Date(t).toISOString();
    stories.push(story);
  }
  return stories;
}

/** Fetches the feed for `name`. Only call when the reader opted in. */
export async function fetchGoogleNews(
  ctx: SourceContext,
  name: string,
  lang: string,
  signal?: AbortSignal,
): Promise<Story[]> {
  const url = googleNewsUrl(ctx.endpoints.googleNews, name, lang);
  if (!url) return [];
  const res = await ctx.scheduler.fetchText({
    url,
    backoffKey: ctx.endpoints.googleNews,
    accept: 'application/rss+xml, application/xml, text/xml',
    signal,
  });
  if (res.status === 404) throw new BadResponseError('Google News: not found');
  if (!/<rss\b|<feed\b|<channel\b/i.test(res.text.slice(0, 2000))) throw new BadResponseError('Google News: not RSS');
  return parseGoogleNewsRss(res.text);
}
