// Base URLs of every networked source, configurable so tests and the demo run the real
// client code against a fake upstream on 127.0.0.1 (design.md, fixed decision 6).

/** Base URLs of the knowledge sources. No trailing slash. */
export interface Endpoints {
  /** Template with `{lang}`; default `https://{lang}.wikipedia.org`. */
  wikipedia: string;
  /** Default `https://www.wikidata.org`. */
  wikidata: string;
  /** Default `https://api.gdeltproject.org`. */
  gdelt: string;
  /** Default `https://news.google.com`. */
  googleNews: string;
}

/** The real services. */
export const DEFAULT_ENDPOINTS: Readonly<Endpoints> = Object.freeze({
  wikipedia: 'https://{lang}.wikipedia.org',
  wikidata: 'https://www.wikidata.org',
  gdelt: 'https://api.gdeltproject.org',
  googleNews: 'https://news.google.com',
});

// Wikipedia codes are lowercase letters with optional dash parts ("en", "zh-yue",
// "be-tarask"). The code comes from the page's lang attribute, so it is validated before
// it becomes part of a host name: a hostile page must not steer requests elsewhere.
const LANG_RE = /^[a-z]{2,3}(?:-[a-z]{2,8}){0,2}$/;

/** A safe Wikipedia language code for `lang` ("en-US" → "en"; junk → "en"). */
export function wikiLang(lang: string | undefined): string {
  const l = (lang ?? '').trim().toLowerCase();
  if (LANG_RE.test(l)) {
    // Region subtags of BCP 47 ("en-us", "pt-br") are not separate wikis.
    const [primary, sub] = l.split('-');
    if (sub && sub.length === 2) return primary!;
    return l;
  }
  const primary = l.split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'en';
}

/** Fills in defaults for any endpoint not given and strips trailing slashes. */
export function resolveEndpoints(partial?: Partial<Endpoints>): Endpoints {
  const e = { ...DEFAULT_ENDPOINTS, ...(partial ?? {}) };
  return {
    wikipedia: trimSlash(e.wikipedia),
    wikidata: trimSlash(e.wikidata),
    gdelt: trimSlash(e.gdelt),
    googleNews: trimSlash(e.googleNews),
  };
}

/** Wikipedia base URL for a language ("https://en.wikipedia.org"). */
export function wikipediaBase(endpoints: Endpoints, lang: string): string {
  return endpoints.wikipedia.split('{lang}').join(wikiLang(lang));
}

function trimSlash(s: string): string {
  return s.replace(/\/+$/, '');
}
