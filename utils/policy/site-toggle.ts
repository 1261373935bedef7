// The popup's "Gloss on this site" switch: which site a tab is on, whether the deny list
// covers it, and the deny list with the site added or removed. Pure.
import { hostMatches, normalizeSite } from './site-gate';

/** The site of a page URL as the lists store it (hostname without `www.`), or null for non-http(s) pages. */
export function siteOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normalizeSite(parsed.hostname) || null;
}

/** True when an entry of the deny list covers `site` (the site itself or a parent domain). */
export function isSiteDenied(deniedSites: readonly string[], site: string): boolean {
  return deniedSites.some((s) => hostMatches(site, s));
}

/**
 * The deny list with `site` denied or allowed. Allowing removes every entry that covers the
 * site (also a parent domain: otherwise the switch would not take effect); denying adds the
 * site once.
 */
export function setSiteDenied(deniedSites: readonly string[], site: string, denied: boolean): string[] {
  if (denied) return isSiteDenied(deniedSites, site) ? [...deniedSites] : [...deniedSites, site];
  return deniedSites.filter((s) => !hostMatches(site, s));
}
