// Whether Gloss runs on a page: the on/off switch, the site allow/deny lists, and http(s)
// only. Pure: takes the settings and the URL, says yes or no and why.

export interface SiteGateSettings {
  enabled: boolean;
  /** Hostnames (or suffixes: "example.com" also covers "news.example.com") never to touch. */
  deniedSites: string[];
  /** When non-empty, Gloss runs only on these hostnames (and their subdomains). */
  allowedSites: string[];
}

export type GateVerdict = { run: true } | { run: false; reason: string };

/** Lowercases, strips a scheme, path and a leading "www." from a site the reader typed. */
export function normalizeSite(input: string): string {
  let s = input.trim().toLowerCase();
  s = s
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '');
  return s.replace(/^www\./, '').replace(/\.$/, '');
}

/** True when `host` is `site` or one of its subdomains. */
export function hostMatches(host: string, site: string): boolean {
  const h = normalizeSite(host);
  const s = normalizeSite(site);
  return s.length > 0 && (h === s || h.endsWith(`.${s}`));
}

/** Decides whether Gloss may run on `url` under `settings`. */
export function gateSite(settings: SiteGateSettings, url: string): GateVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { run: false, reason: 'not a valid URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { run: false, reason: `${parsed.protocol} pages are not read` };
  if (!settings.enabled) return { run: false, reason: 'Gloss is switched off' };
  const host = parsed.hostname;
  if (settings.deniedSites.some((s) => hostMatches(host, s)))
    return { run: false, reason: `${normalizeSite(host)} is on the deny list` };
  if (settings.allowedSites.length > 0 && !settings.allowedSites.some((s) => hostMatches(host, s))) {
    return { run: false, reason: `${normalizeSite(host)} is not on the allow list` };
  }
  return { run: true };
}
