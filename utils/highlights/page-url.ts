// The URL highlights of a page are stored under: the page's canonical link or og:url when
// same-site, tracking parameters stripped, AMP mapped to canonical (utils/url). The document
// is passed in.
import { normalizeUrl } from '../url/normalize-url';

/** The normalized URL of `doc` (loaded from `href`), or null for pages Gloss cannot key. */
export function pageKeyUrl(doc: Document, href: string): string | null {
  const canonical = doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ?? null;
  const ogUrl = doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content') ?? null;
  const abs = (u: string | null) => {
    if (!u) return null;
    try {
      return new URL(u, href).href;
    } catch {
      return null;
    }
  };
  try {
    return normalizeUrl(href, { canonical: abs(canonical), ogUrl: abs(ogUrl) });
  } catch {
    return null;
  }
}
