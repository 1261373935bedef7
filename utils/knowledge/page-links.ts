// Links on the page, as related-story candidates: only each link's text and http(s) URL
// (never surrounding text), de-duplicated, bounded. The knowledge service keeps those whose
// text names the entity.
import type { PageLink } from './related';

const MAX_LINKS = 500;
const MAX_TEXT = 300;

export function collectPageLinks(root: ParentNode, baseUrl: string): PageLink[] {
  const out: PageLink[] = [];
  const seen = new Set<string>();
  for (const a of root.querySelectorAll('a[href]')) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 8 || text.length > MAX_TEXT) continue;
    let url: URL;
    try {
      url = new URL(a.getAttribute('href')!, baseUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    const key = url.href;
    if (seen.has(key) || key === baseUrl) continue;
    seen.add(key);
    out.push({ url: key, text });
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}
