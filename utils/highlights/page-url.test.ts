// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageKeyUrl } from './page-url';

function doc(head: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, 'text/html');
}

describe('pageKeyUrl', () => {
  it('gives URL variants of one article the same key', () => {
    const plain = pageKeyUrl(doc(''), 'https://www.example.com/news/a?utm_source=x&fbclid=1#top');
    expect(plain).toBe(pageKeyUrl(doc(''), 'https://example.com/news/a'));
  });
  it('follows a same-site canonical link given relatively', () => {
    const d = doc('<link rel="canonical" href="/news/story-123">');
    expect(pageKeyUrl(d, 'https://example.com/amp/news/story-123?amp=1')).toBe(
      pageKeyUrl(doc(''), 'https://example.com/news/story-123'),
    );
  });
  it('ignores a canonical link on another site', () => {
    const d = doc('<link rel="canonical" href="https://evil.example.org/other">');
    expect(pageKeyUrl(d, 'https://example.com/news/a')).not.toContain('evil');
  });
  it('has no key for non-http pages', () => {
    expect(pageKeyUrl(doc(''), 'file:///tmp/a.html')).toBeNull();
  });
});
