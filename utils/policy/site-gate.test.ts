import { describe, expect, it } from 'vitest';
import { gateSite, hostMatches, normalizeSite } from './site-gate';

const on = { enabled: true, deniedSites: [], allowedSites: [] };

describe('gateSite', () => {
  it('runs on http(s) pages when enabled', () => {
    expect(gateSite(on, 'https://www.bbc.com/news/x')).toEqual({ run: true });
    expect(gateSite(on, 'http://127.0.0.1:8080/a')).toEqual({ run: true });
  });
  it('refuses other schemes, invalid URLs and the off switch', () => {
    expect(gateSite(on, 'file:///tmp/a.html')).toMatchObject({ run: false, reason: 'file: pages are not read' });
    expect(gateSite(on, 'not a url')).toMatchObject({ run: false });
    expect(gateSite({ ...on, enabled: false }, 'https://a.com/')).toMatchObject({
      run: false,
      reason: 'Gloss is switched off',
    });
  });
  it('honours deny lists including subdomains, and allow lists', () => {
    const deny = { ...on, deniedSites: ['https://www.Example.com/path'] };
    expect(gateSite(deny, 'https://news.example.com/a')).toMatchObject({
      run: false,
      reason: 'news.example.com is on the deny list',
    });
    expect(gateSite(deny, 'https://notexample.com/a')).toEqual({ run: true });
    const allow = { ...on, allowedSites: ['bbc.co.uk'] };
    expect(gateSite(allow, 'https://www.bbc.co.uk/news')).toEqual({ run: true });
    expect(gateSite(allow, 'https://cnn.com/')).toMatchObject({ run: false });
  });
  it('normalizes typed sites', () => {
    expect(normalizeSite(' HTTPS://www.NYTimes.com:443/section ')).toBe('nytimes.com');
    expect(hostMatches('a.b.c', '')).toBe(false);
  });
});
