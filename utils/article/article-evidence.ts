// Is this page an article? isProbablyReaderable is a cheap heuristic over paragraph lengths
// and turns down short stories (a 66-word wire story, a 144-word teaser) that readers read as
// articles. Pages also say what they are: JSON-LD types, og:type, an <article> element with
// prose. This module reads those signals, in both directions: a listing, a search results
// page or a video page says so too, and those stay unread. Pure: the document is passed in.

export type { SkipCode };

/** Why a page is read (beyond the cheap gate), or why it is not. */
export type ArticleEvidence = 'readerable' | 'json-ld-article' | 'og-article' | 'article-element' | 'readability-prose';

import type { SkipCode } from '../model/page-report';

export type GateVerdict =
  | { run: true; evidence: ArticleEvidence }
  /** No evidence either way: Readability runs, and its result must hold enough prose. */
  | { run: 'probe' }
  | { run: false; skip: SkipCode; reason: string };

/** JSON-LD types of a news or blog article (schema.org Article and its kinds). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
  'techarticle',
]);
const LISTING_TYPES = new Set(['collectionpage', 'itemlist', 'sitenavigationelement']);
const SEARCH_TYPES = new Set(['searchresultspage']);
const VIDEO_TYPES = new Set(['videoobject', 'videogallery']);

/** Words of prose an <article> element, or Readability's result, must hold to count as one. */
export const MIN_PROSE_WORDS = 120;

/** The schema.org types a page's JSON-LD declares at its top level or in @graph (lowercase). */
export function jsonLdTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 3) return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const t = o['@type'];
    for (const v of Array.isArray(t) ? t : [t])
      if (typeof v === 'string') types.add(v.replace(/^.*[/:]/, '').toLowerCase());
    if (o['@graph']) visit(o['@graph'], depth + 1);
    // A WebPage whose main entity is the article: { "@type": "WebPage", "mainEntity": { "@type": "NewsArticle" } }
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // a page's broken JSON-LD is no evidence either way
    }
  }
  return types;
}

function metaContent(doc: Document, property: string): string {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return (el?.getAttribute('content') ?? '').trim().toLowerCase();
}

/** Words in the <p> elements under `root` (not inside nested articles' link lists or nav). */
export function paragraphWords(root: ParentNode): number {
  let words = 0;
  for (const p of root.querySelectorAll('p')) {
    if (p.closest('nav, footer, [role="navigation"]')) continue;
    const m = (p.textContent ?? '').match(/[^\s\u00A0]+/g);
    if (m) words += m.length;
  }
  return words;
}

/**
 * The gate's verdict: `readerable` says what isProbablyReaderable said (the caller runs it,
 * as it is the cheap check every page pays). Then article evidence lets a page in; listing,
 * search and video signals keep one out; with neither, Readability's result decides.
 */
export function gateVerdict(doc: Document, readerable: boolean): GateVerdict {
  if (readerable) return { run: true, evidence: 'readerable' };
  const types = jsonLdTypes(doc);
  const has = (set: Set<string>) => [...types].some((t) => set.has(t));
  if (has(ARTICLE_TYPES)) return { run: true, evidence: 'json-ld-article' };
  const og = metaContent(doc, 'og:type');
  if (og === 'article') return { run: true, evidence: 'og-article' };
  if (has(SEARCH_TYPES))
    return { run: false, skip: 'search', reason: 'the page declares itself a search results page' };
  if (has(VIDEO_TYPES) || og.startsWith('video'))
    return { run: false, skip: 'video', reason: 'the page declares itself a video page' };
  if (has(LISTING_TYPES)) return { run: false, skip: 'listing', reason: 'the page declares itself a listing' };
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1 && paragraphWords(articles[0]!) >= MIN_PROSE_WORDS)
    return { run: true, evidence: 'article-element' };
  if (articles.length > 2)
    return { run: false, skip: 'listing', reason: `${articles.length} <article> elements: a listing of stories` };
  return { run: 'probe' };
}
