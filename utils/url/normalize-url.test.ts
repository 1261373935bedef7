import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalizedOrNull, normalizeUrl, UnsupportedUrlError } from './normalize-url';

// [page URL, hints, expected normalized URL]. Real-world shapes from news sites.
const CASES: Array<[string, { canonical?: string | null; ogUrl?: string | null } | undefined, string]> = [
  // BBC: tracking params from social shares and newsletters.
  ['https://www.bbc.com/news/newsbeat-50470672', undefined, 'https://bbc.com/news/newsbeat-50470672'],
  [
    'https://www.bbc.co.uk/news/uk-50470672?at_medium=RSS&at_campaign=KARANGA',
    undefined,
    'https://bbc.co.uk/news/uk-50470672',
  ],
  [
    'https://www.bbc.co.uk/news/uk-50470672?ocid=socialflow_twitter#comments',
    undefined,
    'https://bbc.co.uk/news/uk-50470672',
  ],
  ['https://m.bbc.co.uk/news/uk-50470672', undefined, 'https://bbc.co.uk/news/uk-50470672'],
  ['https://www.bbc.co.uk/news/amp/uk-50470672', undefined, 'https://bbc.co.uk/news/uk-50470672'],
  // NYT: smid/smtyp from share buttons, trailing .html kept.
  [
    'https://www.nytimes.com/2019/11/19/us/politics/impeachment.html?smid=tw-nytimes&smtyp=cur',
    undefined,
    'https://nytimes.com/2019/11/19/us/politics/impeachment.html',
  ],
  [
    'https://www.nytimes.com/2019/11/19/us/politics/impeachment.amp.html',
    undefined,
    'https://nytimes.com/2019/11/19/us/politics/impeachment.html',
  ],
  [
    'https://mobile.nytimes.com/2019/11/19/us/politics/impeachment.html',
    undefined,
    'https://nytimes.com/2019/11/19/us/politics/impeachment.html',
  ],
  // Guardian: CMP param, /amp/ prefix path.
  [
    'https://www.theguardian.com/world/2019/nov/19/julian-assange?CMP=share_btn_tw',
    undefined,
    'https://theguardian.com/world/2019/nov/19/julian-assange',
  ],
  [
    'https://amp.theguardian.com/world/2019/nov/19/julian-assange',
    undefined,
    'https://theguardian.com/world/2019/nov/19/julian-assange',
  ],
  // CNN AMP and Google AMP cache.
  // amp.cnn.com adds a /cnn/ path prefix only the canonical link can undo.
  [
    'https://amp.cnn.com/cnn/2019/11/19/politics/sondland-testimony/index.html',
    undefined,
    'https://cnn.com/cnn/2019/11/19/politics/sondland-testimony/index.html',
  ],
  [
    'https://www-cnn-com.cdn.ampproject.org/c/s/www.cnn.com/2019/11/19/politics/sondland/index.html',
    undefined,
    'https://cnn.com/2019/11/19/politics/sondland/index.html',
  ],
  [
    'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story?amp=1',
    undefined,
    'https://example.com/news/story',
  ],
  [
    'https://www.google.com/amp/s/www.theguardian.com/world/2019/nov/19/story/amp',
    undefined,
    'https://theguardian.com/world/2019/nov/19/story',
  ],
  // Reuters: content params kept and sorted, tracking removed.
  [
    'https://www.reuters.com/article/us-usa-trade-china/talks-idUSKBN1XT2?il=0&feedType=RSS&utm_source=feedburner&utm_medium=feed',
    undefined,
    'https://reuters.com/article/us-usa-trade-china/talks-idUSKBN1XT2?feedType=RSS&il=0',
  ],
  [
    'https://www.reuters.com/article/us-usa-trade-china/talks-idUSKBN1XT2/',
    undefined,
    'https://reuters.com/article/us-usa-trade-china/talks-idUSKBN1XT2',
  ],
  // Washington Post outputType=amp, but other outputType values are content.
  [
    'https://www.washingtonpost.com/politics/2019/11/19/story/?outputType=amp',
    undefined,
    'https://washingtonpost.com/politics/2019/11/19/story',
  ],
  [
    'https://www.washingtonpost.com/politics/2019/11/19/story/?outputType=print',
    undefined,
    'https://washingtonpost.com/politics/2019/11/19/story?outputType=print',
  ],
  // Click ids and newsletter ids.
  [
    'https://www.cnbc.com/2019/11/19/markets.html?fbclid=IwAR0abc&gclid=xyz&msclkid=1&dclid=2',
    undefined,
    'https://cnbc.com/2019/11/19/markets.html',
  ],
  [
    'https://www.vox.com/2019/11/19/story?mc_cid=abc&mc_eid=def&igshid=ghi&_ga=2.1',
    undefined,
    'https://vox.com/2019/11/19/story',
  ],
  [
    'https://www.latimes.com/story-2019-11-19.html?ref=twitter&ref_src=twsrc%5Etfw&cmpid=x&s_cid=y',
    undefined,
    'https://latimes.com/story-2019-11-19.html',
  ],
  // Host case, default ports, duplicate slashes.
  [
    'HTTPS://WWW.Telegraph.CO.UK:443/news/2019/11/19/story/',
    undefined,
    'https://telegraph.co.uk/news/2019/11/19/story',
  ],
  ['http://www.example.com:80//news//story', undefined, 'http://example.com/news/story'],
  ['https://news.example.com:8443/story', undefined, 'https://news.example.com:8443/story'],
  // Hash-bang routes are the page; plain fragments are not.
  ['https://www.example.com/#!/news/123', undefined, 'https://example.com/#!/news/123'],
  ['https://www.example.com/news/123#section-2', undefined, 'https://example.com/news/123'],
  // Canonical / og:url: used when same site, ignored when foreign.
  [
    'https://www.sfgate.com/news/article/story-14846329.php?utm_source=x',
    { canonical: 'https://www.sfgate.com/news/article/story-14846329.php' },
    'https://sfgate.com/news/article/story-14846329.php',
  ],
  [
    'https://m.foxnews.com/politics/story',
    { canonical: 'https://www.foxnews.com/politics/story' },
    'https://foxnews.com/politics/story',
  ],
  [
    'https://amp.cnn.com/cnn/2019/11/19/x/index.html',
    { canonical: 'https://www.cnn.com/2019/11/19/x/index.html' },
    'https://cnn.com/2019/11/19/x/index.html',
  ],
  [
    'https://www.chron.com/news/story.php',
    { canonical: 'https://www.mysanantonio.com/news/story.php' },
    'https://chron.com/news/story.php',
  ],
  ['https://www.example.com/p?id=7', { canonical: null, ogUrl: '/article/7' }, 'https://example.com/article/7'],
  [
    'https://www.example.com/p?id=7',
    { canonical: 'javascript:alert(1)', ogUrl: 'https://evil.example.net/x' },
    'https://example.com/p?id=7',
  ],
  [
    'https://www-cnn-com.cdn.ampproject.org/c/s/www.cnn.com/x/index.html',
    { canonical: 'https://www.cnn.com/x/index.html' },
    'https://cnn.com/x/index.html',
  ],
  // Content parameters survive, sorted by name.
  [
    'https://www.example.com/search?q=news&page=2&utm_campaign=c',
    undefined,
    'https://example.com/search?page=2&q=news',
  ],
];

describe('normalizeUrl', () => {
  it.each(CASES)('%s', (url, hints, expected) => {
    expect(normalizeUrl(url, hints)).toBe(expected);
  });

  it('maps URL variants of one article to one key', () => {
    const variants = [
      'https://www.theguardian.com/world/2019/nov/19/julian-assange',
      'https://amp.theguardian.com/world/2019/nov/19/julian-assange?CMP=share_btn_fb',
      'https://www.theguardian.com/world/2019/nov/19/julian-assange/#comments',
      'https://theguardian.com/world/2019/nov/19/julian-assange?utm_source=newsletter&fbclid=1',
    ];
    expect(new Set(variants.map((u) => normalizeUrl(u))).size).toBe(1);
  });

  it('throws UnsupportedUrlError for non-http(s) and invalid URLs', () => {
    for (const url of [
      'file:///home/me/page.html',
      'chrome://newtab/',
      'about:blank',
      'ftp://example.com/x',
      'not a url',
    ]) {
      expect(() => normalizeUrl(url)).toThrow(UnsupportedUrlError);
    }
    try {
      normalizeUrl('moz-extension://abc/popup.html');
    } catch (err) {
      expect(err).toBeInstanceOf(UnsupportedUrlError);
      expect((err as UnsupportedUrlError).url).toBe('moz-extension://abc/popup.html');
    }
  });

  it('is idempotent', () => {
    for (const [url, hints] of CASES) {
      const once = normalizeUrl(url, hints);
      expect(normalizeUrl(once)).toBe(once);
    }
  });

  it('recognizes tracking parameters by name and prefix', () => {
    expect(isTrackingParam('utm_content')).toBe(true);
    expect(isTrackingParam('UTM_SOURCE')).toBe(true);
    expect(isTrackingParam('at_custom4')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
    expect(isTrackingParam('page')).toBe(false);
  });
});

describe('normalizedOrNull', () => {
  it('normalizes what Gloss reads and says null for the rest', () => {
    expect(normalizedOrNull('https://www.example.com/a?utm_source=x#top')).toBe(
      normalizeUrl('https://www.example.com/a?utm_source=x#top'),
    );
    expect(normalizedOrNull(undefined)).toBeNull();
    expect(normalizedOrNull('')).toBeNull();
    expect(normalizedOrNull('about:blank')).toBeNull();
    expect(normalizedOrNull('chrome://extensions')).toBeNull();
  });
});
