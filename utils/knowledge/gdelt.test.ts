import { describe, expect, it } from 'vitest';
import { gdeltPhrase, gdeltUrl, lenientJsonParse, parseGdelt, parseSeenDate } from './gdelt';
import { decodeXmlEntities, googleNewsUrl, parseGoogleNewsRss } from './google-news';

const article = (over: Record<string, unknown> = {}) => ({
  url: 'https://www.example-news.com/a',
  url_mobile: '',
  title: 'Putin hosts talks',
  seendate: '20260905T141500Z',
  socialimage: '',
  domain: 'example-news.com',
  language: 'English',
  sourcecountry: 'United States',
  ...over,
});

describe('parseGdelt', () => {
  it('reads an ArtList', () => {
    const r = parseGdelt(JSON.stringify({ articles: [article()] }));
    expect(r).toEqual({
      ok: true,
      stories: [
        {
          url: 'https://www.example-news.com/a',
          title: 'Putin hosts talks',
          source: 'example-news.com',
          date: '2026-09-05T14:15:00Z',
          origin: 'gdelt',
        },
      ],
    });
  });

  it('treats {} as no results', () => {
    expect(parseGdelt('{}')).toEqual({ ok: true, stories: [] });
    expect(parseGdelt('  {}\n')).toEqual({ ok: true, stories: [] });
  });

  it('recognises the throttling text', () => {
    expect(parseGdelt('Please limit requests to one every 5 seconds or contact us.')).toEqual({
      ok: false,
      reason: 'throttled',
    });
  });

  it('rejects HTML error pages and other non-JSON', () => {
    expect(parseGdelt('<html><body>The specified phrase is too short.</body></html>')).toEqual({
      ok: false,
      reason: 'bad-body',
    });
    expect(parseGdelt('')).toEqual({ ok: false, reason: 'bad-body' });
    expect(parseGdelt('[1,2]')).toEqual({ ok: false, reason: 'bad-body' });
    expect(parseGdelt('{"articles": [')).toEqual({ ok: false, reason: 'bad-body' });
  });

  it('repairs raw control characters and invalid escapes', () => {
    const body =
      '{"articles": [{"url": "https://x.example/a", "title": "Line\u0001break\nhere \\x and\ttab", "seendate": "20260902T101010Z", "domain": "x.example"}]}';
    const r = parseGdelt(body);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.stories[0]!.title).toBe('Line break here \\x and tab');
  });

  it('keeps only http(s) stories with titles and sane dates', () => {
    const r = parseGdelt(
      JSON.stringify({
        articles: [
          article({ url: 'javascript:alert(1)' }),
          article({ url: 'data:text/html,x' }),
          article({ title: '' }),
          article({ seendate: 'garbage', url: 'https://ok.example/1' }),
          'not an object',
        ],
      }),
    );
    expect(r.ok && r.stories.map((s) => [s.url, s.date])).toEqual([['https://ok.example/1', undefined]]);
  });

  it('lenientJsonParse gives up with a typed error', () => {
    expect(() => lenientJsonParse('<<<')).toThrow(/invalid JSON/);
  });
});

describe('GDELT request', () => {
  it('quotes the name, drops query syntax and refuses too-short phrases', () => {
    expect(gdeltPhrase('Vladimir "Putin" (x)')).toBe('"Vladimir Putin x"');
    expect(gdeltPhrase('US')).toBeUndefined();
    const url = new URL(gdeltUrl('https://api.gdeltproject.org', 'Vladimir Putin', 'en')!);
    expect(url.pathname).toBe('/api/v2/doc/doc');
    expect(url.searchParams.get('query')).toBe('"Vladimir Putin" sourcelang:english');
    expect(url.searchParams.get('mode')).toBe('artlist');
    expect(url.searchParams.get('format')).toBe('json');
    expect(url.searchParams.get('sort')).toBe('datedesc');
    expect(url.searchParams.get('maxrecords')).toBe('10');
  });

  it('parses seendate', () => {
    expect(parseSeenDate('20260905T141500Z')).toBe('2026-09-05T14:15:00Z');
    expect(parseSeenDate('2026-09-05')).toBeUndefined();
  });
});

describe('Google News RSS', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
    <item><title>Putin hosts talks &amp; more - Example News</title><link>https://news.google.com/rss/articles/A?oc=5</link>
      <pubDate>Sat, 05 Sep 2026 14:02:11 GMT</pubDate><description>&lt;a href="x"&gt;y&lt;/a&gt;</description>
      <source url="https://www.example-news.com">Example News</source></item>
    <item><title><![CDATA[<img src=x onerror=alert(1)> - Evil]]></title><link>javascript:alert(1)</link><source url="https://evil.example">Evil</source></item>
    <item><title>&#x202E;Reversed&#8236; - Evil</title><link>https://evil.example/r</link><source url="https://evil.example">Evil</source></item>
  </channel></rss>`;

  it('reads items without a DOM, dropping bad links and bidi controls', () => {
    const stories = parseGoogleNewsRss(rss);
    expect(stories).toEqual([
      {
        url: 'https://news.google.com/rss/articles/A?oc=5',
        title: 'Putin hosts talks & more',
        source: 'Example News',
        date: '2026-09-05T14:02:11.000Z',
        origin: 'google-news',
      },
      { url: 'https://evil.example/r', title: 'Reversed', source: 'Evil', origin: 'google-news' },
    ]);
  });

  it('decodes entities and builds a consistent edition URL', () => {
    expect(decodeXmlEntities('a &amp; b &lt;c&gt; &#39;d&#39; &#xD800; &bogus;')).toBe("a & b <c> 'd'  &bogus;");
    const url = new URL(googleNewsUrl('https://news.google.com', 'Vladimir Putin', 'de')!);
    expect(url.searchParams.get('q')).toBe('"Vladimir Putin" when:7d');
    expect([url.searchParams.get('hl'), url.searchParams.get('gl'), url.searchParams.get('ceid')]).toEqual([
      'de',
      'DE',
      'DE:de',
    ]);
  });

  it('ignores garbage', () => {
    expect(parseGoogleNewsRss('<html>nope</html>')).toEqual([]);
  });
});
