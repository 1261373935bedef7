// @vitest-environment happy-dom
// The hover card renders text only, links only http(s), and says what happened in every state.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Background, FactsResult, RelatedResult } from '@/utils/knowledge/types';
import { Card, type CardModel } from './Card';
import { mountCard } from './mount';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

function show(model: CardModel) {
  act(() => render(<Card model={model} />, root));
  return root;
}

const BG: Background = {
  title: 'Recep Tayyip Erdoğan',
  description: 'President of Turkey since 2014',
  extract:
    'Recep Tayyip Erdoğan is a Turkish politician. He has been President since 2014. Before that he was Prime Minister.',
  thumbnail: { url: 'https://upload.wikimedia.org/erdogan.jpg', width: 64, height: 80 },
  url: 'https://en.wikipedia.org/wiki/Recep_Tayyip_Erdo%C4%9Fan',
  wikidataId: 'Q39259',
  lang: 'en',
  type: 'PER',
  typeChecked: true,
};
const FETCHED = Date.UTC(2026, 2, 14, 12);
const mention = { name: 'Erdogan', type: 'PER' as const };
const ok = (value: Background = BG, extra: { offline?: boolean } = {}) => ({
  status: 'ok' as const,
  value,
  fetchedAt: FETCHED,
  ...extra,
});
const text = () => root.textContent ?? '';

describe('Card: content', () => {
  it('shows thumbnail, title as heading, description, extract and the Wikipedia link', () => {
    show({ mention, background: ok(), locale: 'en-GB' });
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('About Erdogan');
    expect(dialog.hasAttribute('aria-hidden')).toBe(false);
    expect(dialog.getAttribute('tabindex')).toBe('-1');
    expect(root.querySelector('h1')!.textContent).toBe('Recep Tayyip Erdoğan');
    expect(text()).toContain('President of Turkey since 2014');
    expect(text()).toContain('He has been President since 2014.');
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://upload.wikimedia.org/erdogan.jpg');
    expect(img.getAttribute('alt')).toContain('Recep Tayyip Erdoğan');
    expect(img.getAttribute('width')).toBe('64');
    expect(img.getAttribute('height')).toBe('64');
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Wikipedia')!;
    expect(link.getAttribute('href')).toBe(BG.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders a hostile title as text: no element is created from it', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    show({
      mention: { name: hostile, type: 'PER' },
      background: ok({
        ...BG,
        title: hostile,
        description: '<b>bold</b>',
        extract: '<script>alert(2)</script>',
        thumbnail: undefined,
      }),
    });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe(hostile);
    expect(text()).toContain('<script>alert(2)</script>');
  });

  it('shows no image and no link for non-http(s) URLs', () => {
    show({
      mention,
      background: ok({ ...BG, url: 'javascript:alert(1)', thumbnail: { url: 'data:image/png;base64,AAAA' } }),
    });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(text()).toContain('Wikipedia');
  });

  it('has a labelled close button and closes on Esc', () => {
    const onClose = vi.fn();
    show({ mention, background: ok(), onClose });
    const close = root.querySelector<HTMLButtonElement>('button.gloss-card__close')!;
    expect(close.getAttribute('aria-label')).toBe('Close card about Erdogan');
    act(() => close.click());
    expect(onClose).toHaveBeenCalledTimes(1);
    const dialog = root.querySelector('[role="dialog"]')!;
    act(() => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('headings go in order: title, then sections, then groups', () => {
    const facts: FactsResult = {
      status: 'ok',
      fetchedAt: FETCHED,
      value: { wikidataId: 'Q39259', type: 'PER', instanceOf: ['Q5'], facts: [] },
    };
    const related: RelatedResult = {
      status: 'ok',
      stories: [{ url: 'https://example.com/a', title: 'A', source: 'Example', origin: 'page' }],
      sources: { gdelt: 'ok', googleNews: 'skipped' },
    };
    show({ mention, background: ok(), facts, related });
    const levels = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
});

describe('Card: states', () => {
  it('loading: a busy skeleton under the mention name', () => {
    show({ mention, background: { status: 'loading' } });
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(root.querySelector('h1')!.textContent).toBe('Erdogan');
    expect(text()).toContain('Looking up Erdogan…');
  });

  it('not found says which name and which type', () => {
    show({ mention: { name: 'Jane Roe', type: 'PER' }, background: { status: 'not-found' } });
    expect(text()).toContain('No Wikipedia article matches “Jane Roe” as a person.');
    show({ mention: { name: 'Springfield', type: 'LOC' }, background: { status: 'not-found' } });
    expect(text()).toContain('No Wikipedia article matches “Springfield” as a place.');
    show({ mention: { name: 'Acme', type: 'ORG' }, background: { status: 'not-found' } });
    expect(text()).toContain('as an organization.');
  });

  it('offline with saved data names the date it was saved', () => {
    show({ mention, background: ok(BG, { offline: true }), locale: 'en-GB' });
    expect(text()).toContain("You're offline — showing what Gloss saved on 14 Mar 2026");
    expect(root.querySelector('time')!.getAttribute('datetime')).toBe(new Date(FETCHED).toISOString());
    expect(root.querySelector('h1')!.textContent).toBe(BG.title);
  });

  it('offline with nothing saved says so', () => {
    show({ mention, background: { status: 'offline' } });
    expect(text()).toContain("You're offline and Gloss has nothing saved about Erdogan.");
  });

  it('rate-limited counts down the seconds', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(FETCHED);
    show({ mention, background: { status: 'rate-limited', retryAt: FETCHED + 12_300 } });
    expect(text()).toContain('Wikipedia asked Gloss to slow down; try again in 13 s.');
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(text()).toContain('try again in 8 s.');
  });

  it('error shows the message', () => {
    show({ mention, background: { status: 'error', message: 'HTTP 503' } });
    expect(text()).toContain("Gloss couldn't look up this person: HTTP 503");
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
  });
});

describe('Card: key facts', () => {
  it('"More facts" asks to expand, only when there is a Wikidata item', () => {
    const onExpand = vi.fn();
    show({ mention, background: ok(), onExpand });
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent === 'More facts')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(onExpand).toHaveBeenCalledOnce();
    show({ mention, background: ok({ ...BG, wikidataId: undefined }), onExpand });
    expect(text()).not.toContain('More facts');
  });

  it('loading facts is busy; loaded facts are labelled with their qualifiers', () => {
    show({ mention, background: ok(), facts: { status: 'loading' } });
    expect(root.querySelector('section [aria-busy="true"]')).not.toBeNull();
    const facts: FactsResult = {
      status: 'ok',
      fetchedAt: FETCHED,
      value: {
        wikidataId: 'Q39259',
        type: 'PER',
        instanceOf: ['Q5'],
        facts: [
          {
            kind: 'born',
            property: 'P569',
            value: { kind: 'date', date: { year: 1954, month: 2, day: 26, precision: 11, iso: '1954-02-26' } },
          },
          {
            kind: 'office',
            property: 'P39',
            value: { kind: 'item', id: 'Q191', label: 'President of Turkey' },
            since: { year: 2014, precision: 9, iso: '2014' },
          },
        ],
      },
    };
    show({ mention, background: ok(), facts, locale: 'en-GB' });
    const dts = [...root.querySelectorAll('dt')].map((d) => d.textContent);
    const dds = [...root.querySelectorAll('dd')].map((d) => d.textContent);
    expect(dts).toEqual(['Born', 'Office']);
    expect(dds).toEqual(['26 February 1954', 'President of Turkey (since 2014)']);
    expect(text()).not.toContain('More facts');
  });

  it('facts states say what happened', () => {
    show({ mention, background: ok(), facts: { status: 'rate-limited', retryAt: Date.now() + 3000 } });
    expect(text()).toMatch(/Wikidata asked Gloss to slow down; try again in [34] s\./);
    show({ mention, background: ok(), facts: { status: 'error', message: 'bad JSON' } });
    expect(text()).toContain("Gloss couldn't load facts about Recep Tayyip Erdoğan: bad JSON");
  });
});

describe('Card: related stories', () => {
  const related: RelatedResult = {
    status: 'ok',
    stories: [
      {
        url: 'https://news.example/gdelt',
        title: 'From the news',
        source: 'Daily Example',
        date: '2026-03-10T08:00:00Z',
        origin: 'gdelt',
      },
      { url: 'https://site.example/link', title: 'Linked here', source: 'Site', origin: 'page' },
      { url: 'javascript:alert(1)', title: 'Evil story', source: 'Evil', origin: 'history' },
      { url: 'https://read.example/x', title: 'Read before', source: 'Read', date: '2026-01-02', origin: 'history' },
    ],
    sources: { gdelt: 'ok', googleNews: 'skipped' },
  };

  it('groups by origin with source, date and new-tab links', () => {
    show({ mention, background: ok(), related, locale: 'en-GB' });
    const groups = [...root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(groups).toEqual(['On this page', 'You read', 'News']);
    const news = [...root.querySelectorAll('a')].find((a) => a.textContent === 'From the news')!;
    expect(news.getAttribute('href')).toBe('https://news.example/gdelt');
    expect(news.getAttribute('target')).toBe('_blank');
    expect(news.getAttribute('rel')).toBe('noopener noreferrer');
    const time = news.parentElement!.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2026-03-10T08:00:00.000Z');
    expect(time.textContent).toBe('10 Mar 2026');
    expect(news.parentElement!.textContent).toContain('Daily Example');
  });

  it('a javascript: story URL is not a link', () => {
    show({ mention, background: ok(), related });
    expect(text()).toContain('Evil story');
    const anchors = [...root.querySelectorAll('a')];
    expect(anchors.find((a) => a.textContent === 'Evil story')).toBeUndefined();
    expect(anchors.every((a) => /^https?:/.test(a.getAttribute('href')!))).toBe(true);
  });

  it('loading, empty and offline', () => {
    show({ mention, background: ok(), related: { status: 'loading' } });
    expect(text()).toContain('Looking for stories about');
    show({
      mention,
      background: ok(),
      related: { status: 'ok', stories: [], sources: { gdelt: 'offline', googleNews: 'skipped' }, offline: true },
    });
    expect(text()).toContain("You're offline, so Gloss didn't search the news.");
    expect(text()).toContain('No related stories about Recep Tayyip Erdoğan yet.');
  });
});

describe('mountCard', () => {
  it('renders the model and re-renders on notification, and unmounts', () => {
    let model: CardModel | null = { mention, background: { status: 'loading' } };
    const listeners = new Set<() => void>();
    let unmount!: () => void;
    act(() => {
      unmount = mountCard(
        root,
        () => model,
        (l) => {
          listeners.add(l);
          return () => listeners.delete(l);
        },
      );
    });
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
    model = { mention, background: ok() };
    act(() => {
      for (const l of listeners) l();
    });
    expect(root.querySelector('h1')!.textContent).toBe(BG.title);
    model = null;
    act(() => {
      for (const l of listeners) l();
    });
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    unmount();
    expect(listeners.size).toBe(0);
  });
});
