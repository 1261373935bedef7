import { describe, expect, it } from 'vitest';
import { isSiteDenied, setSiteDenied, siteOfUrl } from './site-toggle';

describe('site toggle', () => {
  it('takes the hostname without www. of http(s) pages only', () => {
    expect(siteOfUrl('https://www.BBC.co.uk/news/1')).toBe('bbc.co.uk');
    expect(siteOfUrl('http://news.example.com:8080/a')).toBe('news.example.com');
    expect(siteOfUrl('chrome://extensions')).toBeNull();
    expect(siteOfUrl(undefined)).toBeNull();
    expect(siteOfUrl('not a url')).toBeNull();
  });
  it('adds a site once and removes every entry covering it', () => {
    expect(setSiteDenied(['a.com'], 'b.com', true)).toEqual(['a.com', 'b.com']);
    expect(setSiteDenied(['a.com', 'b.com'], 'b.com', true)).toEqual(['a.com', 'b.com']);
    expect(isSiteDenied(['example.com'], 'news.example.com')).toBe(true);
    expect(setSiteDenied(['example.com', 'news.example.com', 'a.com'], 'news.example.com', false)).toEqual(['a.com']);
  });
});
