// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
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
});
