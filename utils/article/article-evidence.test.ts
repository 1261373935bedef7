// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gateVerdict, jsonLdTypes, paragraphWords } from './article-evidence';
import { extractArticle, extractArticleOffThread } from './extract';
import { extractFromHtml } from './remote-extract';
import { serializePage } from './page-html';

function load(head: string, body: string, lang = 'en'): Document {
  document.documentElement.setAttribute('lang', lang);
  document.documentElement.innerHTML = `<head><title>T</title>${head}</head><body>${body}</body>`;
  return document;
}
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
// A 66-word wire story: too short for isProbablyReaderable.
const WIRE =
  '<p>The governor of Colorado declared an emergency on Monday after heavy snow closed the main highway between Denver and the mountain towns.</p>' +
  '<p>Crews worked through the night, and officials said the road could reopen by Wednesday if the weather holds. Schools in three counties stayed closed, and the state sent the National Guard to help stranded drivers.</p>';
const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i}: the council met again to talk about the bridge and the budget for next year, and the mayor said the work would start soon.</p>`,
  ).join('');

describe('jsonLdTypes', () => {
  it('reads types at the top level, in arrays, in @graph and in mainEntity; ignores broken JSON', () => {
    const doc = load(
      ld({
        '@graph': [{ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle' } }, { '@type': ['Organization'] }],
      }) +
        '<script type="application/ld+json">{ broken</script>' +
        ld([{ '@type': 'https://schema.org/BlogPosting' }]),
      '',
    );
    expect([...jsonLdTypes(doc)].sort()).toEqual(['blogposting', 'newsarticle', 'organization', 'webpage']);
  });
});

describe('gateVerdict', () => {
  it('readerable pages run as before', () => {
    expect(gateVerdict(load('', ''), true)).toEqual({ run: true, evidence: 'readerable' });
  });

  it('article evidence lets a short story in: JSON-LD, og:type, one <article> with prose', () => {
    expect(gateVerdict(load(ld({ '@type': 'ReportageNewsArticle' }), WIRE), false)).toEqual({
      run: true,
      evidence: 'json-ld-article',
    });
    expect(gateVerdict(load('<meta property="og:type" content="article">', WIRE), false)).toEqual({
      run: true,
      evidence: 'og-article',
    });
    expect(gateVerdict(load('', `<article>${prose(5)}</article>`), false)).toEqual({
      run: true,
      evidence: 'article-element',
    });
  });

  it('listings, search results and video pages say so and stay unread', () => {
    expect(gateVerdict(load(ld({ '@type': 'CollectionPage' }), ''), false)).toMatchObject({
      run: false,
      skip: 'listing',
    });
    expect(gateVerdict(load(ld({ '@type': 'SearchResultsPage' }), ''), false)).toMatchObject({
      run: false,
      skip: 'search',
    });
    expect(gateVerdict(load('<meta property="og:type" content="video.other">', ''), false)).toMatchObject({
      run: false,
      skip: 'video',
    });
    const teasers = Array.from({ length: 6 }, () => `<article>${prose(1)}</article>`).join('');
    expect(gateVerdict(load('', teasers), false)).toMatchObject({ run: false, skip: 'listing' });
  });

  it('without evidence either way, Readability decides (probe)', () => {
    expect(gateVerdict(load('', WIRE), false)).toEqual({ run: 'probe' });
  });
});

describe('coverage through extraction', () => {
  it('a 66-word wire story with JSON-LD NewsArticle is read', () => {
    const doc = load(ld({ '@type': 'NewsArticle', headline: 'Snow closes highway' }), `<main>${WIRE}</main>`);
    const out = extractArticle(doc);
    expect(out.status).toBe('article');
  });

  it('a page without evidence and with too little prose gets a typed reason', () => {
    const doc = load(
      '',
      '<div><p>Welcome to our site. Sign in to continue.</p><ul><li><a href="/a">One</a></li></ul></div>',
    );
    const out = extractArticle(doc);
    expect(out.status).toBe('not-article');
    if (out.status === 'not-article') expect(['too-little-prose', 'no-article']).toContain(out.skip);
  });

  it('off-thread: a listing is skipped before serializing, a short story with evidence is read', async () => {
    const extractor = async (html: string) =>
      extractFromHtml(html, (h) => new DOMParser().parseFromString(h, 'text/html'));
    const listing = load(ld({ '@type': 'CollectionPage' }), prose(2));
    expect(await extractArticleOffThread(listing, extractor)).toMatchObject({ status: 'not-article', skip: 'listing' });
    const story = load('<meta property="og:type" content="article">', `<main>${WIRE}</main>`);
    expect(serializePage(story)).toContain('og:type');
    expect((await extractArticleOffThread(story, extractor)).status).toBe('article');
  });

  it('paragraphWords counts words in paragraphs outside navigation', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>one two three</p><nav><p>four five</p></nav><p>six</p>';
    expect(paragraphWords(root)).toBe(4);
  });

  it('an English text under a declared lang="de" is read as English', () => {
    const doc = load(ld({ '@type': 'NewsArticle' }), `<main>${WIRE}</main>`, 'de');
    const out = extractArticle(doc);
    expect(out.status).toBe('article');
    if (out.status === 'article') expect(out.article.language).toMatchObject({ lang: 'en', english: true });
  });
});
