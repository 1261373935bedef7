import { describe, expect, it } from 'vitest';
import { defaultNormalizeUrl, entityNames, historyStories, mergeStories, pageLinkStories } from './related';
import type { Story } from './types';

const story = (url: string, origin: Story['origin'], date?: string, title = 't'): Story =>
  date ? { url, title, source: 's', date, origin } : { url, title, source: 's', origin };

describe('page links', () => {
  const links = [
    {
      url: 'https://news.example/putin-trump-call',
      text: 'Putin, Trump speak by phone, discuss Syria, N. Korea – Kremlin',
    },
    { url: 'https://news.example/lavrov-tillerson', text: 'Lavrov and Tillerson to discuss Syria settlement' },
    { url: 'https://news.example/tags/putin/', text: 'Putin' },
    { url: 'javascript:alert(1)', text: 'Putin wins' },
    { url: 'https://news.example/oil', text: 'Oil prices steady ahead of OPEC meeting' },
  ];

  it('keeps links whose text names the entity (surname for people), not tag links', () => {
    const putin = pageLinkStories(links, entityNames('Vladimir Putin', 'PER'));
    expect(putin.map((s) => s.url)).toEqual(['https://news.example/putin-trump-call']);
    const lavrov = pageLinkStories(links, entityNames('Sergey Lavrov', 'PER'));
    expect(lavrov.map((s) => s.url)).toEqual(['https://news.example/lavrov-tillerson']);
    expect(lavrov[0]!.origin).toBe('page');
  });

  it('matches accent-folded aliases', () => {
    const names = entityNames('Recep Tayyip Erdoğan', 'PER', ['Erdogan']);
    const hit = pageLinkStories(
      [{ url: 'https://n.example/e', text: 'Erdogan claims victory in constitutional referendum' }],
      names,
    );
    expect(hit).toHaveLength(1);
  });
});

describe('mergeStories', () => {
  it('de-duplicates by normalized URL, first origin wins, newest first', () => {
    const merged = mergeStories([
      [story('https://www.example.com/a/', 'page')],
      [story('https://example.com/b', 'history', '2026-09-01T00:00:00Z')],
      [
        story('https://example.com/a?utm_source=gdelt#top', 'gdelt', '2026-09-05T00:00:00Z'),
        story('https://example.com/c', 'gdelt', '2026-09-03T00:00:00Z'),
      ],
      [story('http://example.com/c', 'google-news', '2026-09-04T00:00:00Z')],
    ]);
    expect(merged.map((s) => [s.url, s.origin])).toEqual([
      ['https://www.example.com/a/', 'page'],
      ['https://example.com/c', 'gdelt'],
      ['https://example.com/b', 'history'],
    ]);
    // The page link borrowed the date GDELT knew.
    expect(merged[0]!.date).toBe('2026-09-05T00:00:00Z');
  });

  it('puts undated stories last in priority order, excludes the current page and non-http URLs', () => {
    const merged = mergeStories(
      [
        [story('https://e.com/p1', 'page'), story('https://e.com/current', 'page')],
        [story('https://e.com/h1', 'history', '2026-01-01T00:00:00Z')],
        [story('javascript:alert(1)', 'gdelt', '2026-09-09T00:00:00Z')],
      ],
      defaultNormalizeUrl,
      30,
      'https://e.com/current?utm_medium=x',
    );
    expect(merged.map((s) => s.url)).toEqual(['https://e.com/h1', 'https://e.com/p1']);
  });

  it('accepts an injected normalizer', () => {
    const merged = mergeStories(
      [[story('https://a.com/1', 'page'), story('https://b.com/1', 'gdelt')]],
      (u) => new URL(u).pathname,
    );
    expect(merged).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('normalizes URLs for de-duplication', () => {
    expect(defaultNormalizeUrl('https://WWW.Example.com/a/?b=2&utm_source=x&a=1#frag')).toBe('example.com/a?a=1&b=2');
    expect(defaultNormalizeUrl('http://example.com/a')).toBe(defaultNormalizeUrl('https://example.com/a/'));
  });

  it('turns history items into dated stories', () => {
    const [s] = historyStories([
      { url: 'https://e.com/x', title: 'Old story', site: 'E', visitedAt: Date.parse('2026-01-02T00:00:00Z') },
    ]);
    expect(s).toEqual({
      url: 'https://e.com/x',
      title: 'Old story',
      source: 'E',
      date: '2026-01-02T00:00:00.000Z',
      origin: 'history',
    });
  });
});
