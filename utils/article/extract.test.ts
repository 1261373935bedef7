// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleOffThread, type OffThreadExtractor } from './extract';
import { extractFromHtml } from './remote-extract';
import { serializePage } from './page-html';
import { textStream } from './text-stream';
import { sharedPath } from '../../tests/shared';
import { rangeFor } from './text-map';

const seed = readFileSync(sharedPath('fixtures/seed/page.html'), 'utf8');

// The global document (happy-dom's Range misbehaves on DOMParser documents).
function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

describe('extractArticle', () => {
  it('extracts the seed article and maps it to the live page without changing it', () => {
    const doc = load(seed);
    const before = doc.documentElement.outerHTML;
    const out = extractArticle(doc);
    expect(out.status).toBe('article');
    if (out.status !== 'article') return;
    const { article } = out;
    expect(article.title).toBe('Putin: I discussed de-escalation zones in Syria with Trump, Erdogan');
    expect(article.words).toBeGreaterThanOrEqual(400);
    expect(article.mappedWords / article.words).toBeGreaterThanOrEqual(0.98);
    expect(article.language.english).toBe(true);
    const text = article.textMap.text;
    expect(text).toContain("Read more Russia 'fully ready' to cooperate with US on Syria – Lavrov");
    expect(text).not.toContain('Trending');
    const i = text.indexOf('Lavrov');
    expect(i).toBeGreaterThan(0);
    const range = rangeFor(article.textMap, i, i + 6, doc)!;
    expect(range.toString()).toBe('Lavrov');
    expect(doc.body.contains(range.startContainer)).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says no to a page that is not an article', () => {
    const doc = load('<html><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>');
    const out = extractArticle(doc);
    expect(out.status).toBe('not-article');
  });

  it('maps every word past inline <style> elements, which the clone leaves out', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} tells how the minister met the governor in the capital and what they agreed about the new road, the school and the hospital that the town has waited for since the flood.</p>`;
    const css = '.a{color:red}'.repeat(2000);
    const doc = load(
      `<html lang="en"><head><title>Roads and schools</title><style>${css}</style></head><body><article><h1>Roads and schools</h1>` +
        `${para(1)}<style>${css}</style>${para(2)}<div><style>p{margin:0}</style>${para(3)}</div>${para(4)}${para(5)}${para(6)}</article></body></html>`,
    );
    const before = doc.documentElement.outerHTML;
    const out = extractArticle(doc, { skipGate: true });
    expect(out.status).toBe('article');
    if (out.status !== 'article') return;
    const { textMap } = out.article;
    expect(out.article.mappedWords).toBe(out.article.words);
    expect(textMap.text).not.toContain('color:red');
    for (const n of [1, 3, 6]) {
      const i = textMap.text.indexOf(`Paragraph ${n}`);
      expect(i).toBeGreaterThanOrEqual(0);
      const range = rangeFor(textMap, i, i + 11, doc)!;
      expect(range.toString()).toBe(`Paragraph ${n}`);
      expect(doc.body.contains(range.startContainer)).toBe(true);
    }
    expect(doc.querySelectorAll('style')).toHaveLength(3);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  describe('off the main thread', () => {
    // The extractor as the background runs it: a DOMParser on the serialized page.
    const parser = new DOMParser();
    const offThread: OffThreadExtractor = async (html) =>
      extractFromHtml(html, (h) => parser.parseFromString(h, 'text/html'));

    it('gives the seed article the same text and live nodes as Readability on a clone', async () => {
      const doc = load(seed);
      const before = doc.documentElement.outerHTML;
      const local = extractArticle(doc);
      const remote = await extractArticleOffThread(doc, offThread);
      expect(local.status).toBe('article');
      expect(remote.status).toBe('article');
      if (local.status !== 'article' || remote.status !== 'article') return;
      expect(remote.article.stages.offThread).toBe(true);
      expect(remote.article.stages.fallback).toBeUndefined();
      expect(remote.article.title).toBe(local.article.title);
      expect(remote.article.textMap.text).toBe(local.article.textMap.text);
      expect(remote.article.textMap.nodes).toEqual(local.article.textMap.nodes);
      expect(remote.article.mappedWords).toBe(remote.article.words);
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    it('maps text the page split into adjacent nodes, which the parsed copy merges', async () => {
      const doc = load(
        '<html lang="en"><head><title>Split</title></head><body><article><h1>Split</h1></article></body></html>',
      );
      const article = doc.querySelector('article')!;
      for (let i = 1; i <= 6; i++) {
        const p = doc.createElement('p');
        // Three adjacent text nodes, as scripts build them: one text node once serialized.
        p.append(
          `Paragraph ${i} says the minister `,
          'met the governor ',
          'in the capital to agree on the new road, the school and the hospital the town has waited for since the flood.',
        );
        article.append(p);
      }
      const out = await extractArticleOffThread(doc, offThread, { skipGate: true });
      expect(out.status).toBe('article');
      if (out.status !== 'article') return;
      expect(out.article.stages.offThread).toBe(true);
      expect(out.article.mappedWords).toBe(out.article.words);
      const text = out.article.textMap.text;
      const i = text.indexOf('met the governor', text.indexOf('Paragraph 4'));
      const range = rangeFor(out.article.textMap, i, i + 16, doc)!;
      expect(range.toString()).toBe('met the governor');
      expect(article.contains(range.startContainer)).toBe(true);
    });

    it('writes <html> and <body> tags from their attributes, creating no element in the page', () => {
      const doc = load('<html><head><title>T</title></head><body><p>Hi</p></body></html>');
      doc.documentElement.setAttribute('lang', 'en');
      doc.body.setAttribute('onload', 'window.__loaded = (window.__loaded || 0) + 1');
      doc.body.setAttribute('data-x', 'a "quoted" & <b>');
      const created: string[] = [];
      const cloneNode = Element.prototype.cloneNode;
      Element.prototype.cloneNode = function (this: Element, deep?: boolean) {
        created.push(this.tagName);
        return cloneNode.call(this, deep);
      };
      try {
        const html = serializePage(doc);
        expect(html).toContain('<html lang="en">');
        expect(html).toContain(
          '<body onload="window.__loaded = (window.__loaded || 0) + 1" data-x="a &quot;quoted&quot; &amp; &lt;b&gt;">',
        );
      } finally {
        Element.prototype.cloneNode = cloneNode;
        doc.body.removeAttribute('onload');
        doc.body.removeAttribute('data-x');
        doc.documentElement.removeAttribute('lang');
      }
      expect(created).toEqual([]);
    });

    it('leaves stylesheets and scripts out of the HTML it sends, but keeps JSON-LD', () => {
      const doc = load(
        '<html lang="en"><head><title>T</title><style>.x{}</style><script>track()</script><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>Hi</p>Tom &amp; Jerry<script>window.__DATA__={"big":1}</script><style>.y{}</style></body></html>',
      );
      doc.documentElement.setAttribute('lang', 'en');
      const html = serializePage(doc);
      doc.documentElement.removeAttribute('lang');
      expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head>/);
      expect(html).not.toContain('.x{}');
      expect(html).not.toContain('track()');
      expect(html).toContain('NewsArticle');
      expect(html).not.toContain('__DATA__');
      expect(html).not.toContain('.y{}');
      expect(html).toContain('<body><p>Hi</p>Tom &amp; Jerry</body>');
    });

    it('sends only what the parser keeps in <head>, so positions in the answer hold in the live page', async () => {
      const doc = load(seed);
      // As a page script might: an element that cannot live in <head>, before the <title>.
      const stray = doc.createElement('div');
      stray.textContent = 'Consent banner';
      doc.head.prepend(stray);
      const html = serializePage(doc);
      const stream = textStream(doc.body);
      const answer = await offThread(html);
      stray.remove();
      expect(html).not.toContain('Consent banner');
      expect(answer.status).toBe('article');
      if (answer.status !== 'article') return;
      const placed = answer.pieces.filter((p) => p.s >= 0 && p.t.trim());
      expect(placed.length).toBeGreaterThan(10);
      expect(placed.filter((p) => !stream.text.startsWith(p.t, p.s))).toEqual([]);
    });

    it('falls back to Readability in the page when the extractor fails, and says why', async () => {
      const doc = load(seed);
      const out = await extractArticleOffThread(doc, async () => {
        throw new Error('offscreen document closed');
      });
      expect(out.status).toBe('article');
      if (out.status !== 'article') return;
      expect(out.article.stages.offThread).toBe(false);
      expect(out.article.stages.fallback).toBe('off-thread extraction failed: offscreen document closed');
      expect(out.article.textMap.text).toContain('Lavrov');
    });

    it('falls back when the answer does not match the live page', async () => {
      const doc = load(seed);
      const out = await extractArticleOffThread(doc, async (html) => {
        const answer = await offThread(html);
        if (answer.status !== 'article') return answer;
        return { ...answer, pieces: answer.pieces.map((p) => ({ s: p.s, t: p.t.replace(/[a-z]/g, 'x') })) };
      });
      expect(out.status).toBe('article');
      if (out.status !== 'article') return;
      expect(out.article.stages.fallback).toMatch(/^only \d+ of \d+ words found in the live page$/);
      expect(out.article.textMap.text).toContain('Lavrov');
    });
  });
});
