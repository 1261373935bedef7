// URL normalization: the key under which a page's highlights are stored.
//
// The same article reaches a reader under many URLs: with tracking parameters from a
// newsletter or a social share, as an AMP page (on the publisher's site or through
// Google's AMP cache), on the mobile host, with a #section anchor. Highlights made on
// one must show on all of them, so they are stored under one normalized URL.
//
// Decisions (also in docs): `www.`, `m.`, `mobile.` and `amp.` host prefixes are stripped
// so those variants share highlights (sites serve the same article on them); the
// query is kept minus tracking parameters, sorted; the fragment is dropped except `#!`
// routes (old single-page apps put the page identity there); the canonical link or
// og:url is preferred, but only when it points at the same site, so a page cannot file
// its highlights under someone else's URL.

/** Thrown for URLs Gloss does not store highlights for (not http or https, or unparsable). */
export class UnsupportedUrlError extends Error {
  readonly url: string;
  constructor(url: string, reason: string) {
    super(`Unsupported URL (${reason}): ${url}`);
    this.name = 'UnsupportedUrlError';
    this.url = url;
  }
}

/** Hints read from the page's <head>. */
export interface UrlHints {
  /** `<link rel="canonical" href>` */
  canonical?: string | null;
  /** `<meta property="og:url" content>` */
  ogUrl?: string | null;
}

// Exact tracking / attribution parameter names (lowercased). Conservative on purpose:
// a parameter that might select content (id, page, p, story, source...) is kept, since
// merging two different pages is worse than failing to merge two variants.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'igshid',
  'igsh',
  'yclid',
  'ysclid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '__hssc',
  '__hstc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'wickedid',
  'rb_clickid',
  's_kwcid',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'ocid',
  'icid',
  'intcmp',
  's_cid',
  'smid',
  'smtyp',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'ncid',
  'soc_src',
  'soc_trk',
  'ftag',
  'taid',
  'xtor',
  'dicbo',
  'ab_channel',
  'sr_share',
  'cmp',
  'trk',
  'trkcampaign',
  'spm',
  'amp',
]);

// Parameter name prefixes that are always tracking (utm_*, Piwik/Matomo, Adobe at_*, ...).
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'matomo_', 'hmb_', 'at_', 'itm_'];

// Host prefixes that serve the same article as the bare host.
const HOST_ALIASES = /^(?:www\d*|m|mobile|amp)\./;

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** Whether a query parameter only says how the reader arrived, not which page it is. */
export function isTrackingParam(name: string, value = ''): boolean {
  const n = name.toLowerCase();
  // outputType=amp (Washington Post and others) marks the AMP rendering; other values may matter.
  if (n === 'outputtype') return value.toLowerCase() === 'amp';
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

function parseHttp(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    throw new UnsupportedUrlError(raw, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UnsupportedUrlError(raw, `scheme ${url.protocol}`);
  }
  return url;
}

/** The host without www./m./amp. prefixes: how "same site" is judged and stored. */
export function siteHost(hostname: string): string {
  let h = hostname.toLowerCase().replace(/\.$/, '');
  // Strip repeatedly: "www.m.example.com", "amp.www.example.com".
  while (HOST_ALIASES.test(h) && h.split('.').length > 2) h = h.replace(HOST_ALIASES, '');
  return h;
}

/**
 * Google AMP cache URL (`https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a`,
 * also `/v/`, `/i/`, and `www.google.com/amp/s/...`) -> the publisher's URL, or null.
 */
function unwrapAmpCache(url: URL): URL | null {
  const host = url.hostname.toLowerCase();
  let rest: string | null = null;
  if (host.endsWith('.cdn.ampproject.org') || host === 'cdn.ampproject.org') {
    // /c/s/host/path (s = https), /v/s/..., /i/s/..., or without the s for http.
    const m = url.pathname.match(/^\/[cvi]\/(s\/)?(.+)$/);
    if (m) rest = `${m[1] ? 'https' : 'http'}://${m[2]}`;
  } else if (/^(www\.)?google\.[a-z.]+$/.test(host) && url.pathname.startsWith('/amp/')) {
    const m = url.pathname.match(/^\/amp\/(s\/)?(.+)$/);
    if (m) rest = `${m[1] ? 'https' : 'http'}://${m[2]}`;
  }
  if (!rest) return null;
  try {
    return new URL(rest + url.search);
  } catch {
    return null;
  }
}

/** AMP path forms -> canonical path: /amp/ segment, trailing /amp, `.amp` or `.amp.html` suffix. */
function stripAmpPath(pathname: string): string {
  let p = pathname;
  p = p.replace(/\/amp(?=\/|$)/gi, ''); // /amp/ segment anywhere, or a trailing /amp
  p = p.replace(/\.amp(\.html?)?$/i, (_, ext: string | undefined) => ext ?? ''); // story.amp, story.amp.html
  p = p.replace(/-amp(\.html?)$/i, '$1'); // story-amp.html
  return p || '/';
}

/** Same site: same host once www./m./amp. prefixes are removed. */
function sameSite(a: URL, b: URL): boolean {
  return siteHost(a.hostname) === siteHost(b.hostname);
}

function normalizeParsed(url: URL): string {
  const unwrapped = unwrapAmpCache(url);
  if (unwrapped) url = unwrapped;
  const protocol = url.protocol;
  const host = siteHost(url.hostname);
  const port = url.port && url.port !== DEFAULT_PORTS[protocol] ? `:${url.port}` : '';
  let path = stripAmpPath(url.pathname);
  // Collapse duplicate slashes and drop a trailing slash (but keep the root "/").
  path = path.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const params = queryPairs(url)
    .filter(([k, v]) => !isTrackingParam(k, v))
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  // Keep hash-bang routes: on such sites the fragment *is* the page.
  const hash = url.hash.startsWith('#!') ? url.hash : '';
  return `${protocol}//${host}${port}${path}${query}${hash}`;
}

/**
 * Normalizes a page URL into the key its highlights are stored under. The canonical link
 * (or else og:url) replaces the page URL when it is on the same site; AMP and mobile
 * variants, tracking parameters, fragments, default ports, letter case of the host,
 * trailing slashes and parameter order all collapse to one form.
 *
 * @throws UnsupportedUrlError for non-http(s) or unparsable page URLs.
 */
export function normalizeUrl(pageUrl: string, hints: UrlHints = {}): string {
  const page = parseHttp(pageUrl);
  // Compare against the publisher's URL when the page is served from an AMP cache.
  const pageSite = unwrapAmpCache(page) ?? page;
  for (const hint of [hints.canonical, hints.ogUrl]) {
    if (!hint) continue;
    let candidate: URL;
    try {
      candidate = parseHttp(hint, page.href);
    } catch {
      continue; // a broken hint must not break the page
    }
    if (sameSite(candidate, pageSite)) {
      // Keep a #! route from the page if the canonical lacks it.
      if (!candidate.hash && page.hash.startsWith('#!')) candidate.hash = page.hash;
      return normalizeParsed(candidate);
    }
  }
  return normalizeParsed(page);
}

/**
 * The query's key/value pairs. `forEach`, not the iterator: in a Firefox content script a
 * page-compartment URL's `searchParams.entries()` is not iterable across the Xray wrapper.
 */
export function queryPairs(url: URL): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  url.searchParams.forEach((v, k) => {
    out.push([k, v]);
  });
  return out;
}

/** The normalized form of `url`, or null for what Gloss does not read (missing, about:, chrome:, unparsable). */
export function normalizedOrNull(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return normalizeUrl(url);
  } catch {
    return null;
  }
}
