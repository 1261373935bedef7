// @vitest-environment happy-dom
// The entity page: the articles with date, site and mentions; a timeline chart with a table;
// highlights and notes; what was read with it, linked to their pages; only http(s) links;
// text from the history shown as text; history off and missing entity say so.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EntityHistory, entityHistory, FIRST_ROWS } from '@/utils/memory/entity-view';
import type { Highlight } from '@/utils/model/types';
import { EntityPage, type EntityPageProps } from './EntityPage';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const NOW = Date.UTC(2024, 8, 18);
const DAY = 86_400_000;
const visit = (url: string, daysAgo: number, ids: string[], names: string[], counts: number[]) => ({
  url,
  title: `<i>${url}</i>`,
  site: 'example.com',
  visitedAt: NOW - daysAgo * DAY,
  entityIds: ids,
  entityNames: names,
  mentionCounts: counts,
  lang: 'en',
});
const history = entityHistory('PER:ada', [
  visit('https://example.com/a', 40, ['PER:ada', 'LOC:paris'], ['Ada Lovelace', 'Paris'], [4, 1]),
  visit('javascript:alert(1)', 3, ['PER:ada', 'LOC:paris'], ['Ada Lovelace', 'Paris'], [1, 2]),
]);
/** The page's first answer for a history, as the background's index read gives it. */
const startOf = (h: EntityHistory, off = false) => ({
  status: 'ok' as const,
  value: {
    key: h.key,
    name: h.name,
    type: h.type,
    memory: null,
    times: h.articles.map((a) => a.visitedAt).reverse(),
    articles: h.articles.slice(0, FIRST_ROWS),
    off,
  },
});
const detailsOf = (h: EntityHistory, highlights: Highlight[] = []) => ({
  status: 'ok' as const,
  value: { history: h, highlights },
});
const show = (props: Partial<EntityPageProps>) => {
  act(() =>
    render(
      <EntityPage
        entityKey="PER:ada"
        data={startOf(history!)}
        details={detailsOf(history!)}
        background={null}
        now={NOW}
        locale="en-GB"
        entityHref={(k) => `entity.html?id=${encodeURIComponent(k)}`}
        {...props}
      />,
      root,
    ),
  );
  return root;
};

describe('the entity page', () => {
  it('lists the articles with date, site and mentions, a chart with its table, and what was read with it', () => {
    const el = show({});
    expect(el.querySelector('h1')!.textContent).toBe('Ada Lovelace');
    const rows = [...el.querySelectorAll('table.articles tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['15 Sept 2024', '<i>javascript:alert(1)</i>', 'example.com', '1'],
      ['9 Aug 2024', '<i>https://example.com/a</i>', 'example.com', '4'],
    ]);
    // Only the http(s) article is a link; the title is text, never markup.
    expect([...el.querySelectorAll('table.articles a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a',
    ]);
    expect(el.querySelector('i')).toBeNull();
    expect(el.querySelector('figure.timeline svg')!.getAttribute('aria-label')).toMatch(/^Chart: 2 articles from/);
    expect(el.querySelectorAll('figure.timeline rect')).toHaveLength(2);
    expect(el.querySelectorAll('figure.timeline table tbody tr')).toHaveLength(2);
    const together = el.querySelector<HTMLAnchorElement>('ul.together a')!;
    expect(together.textContent).toBe('Paris');
    expect(together.getAttribute('href')).toBe('entity.html?id=LOC%3Aparis');
  });

  it('shows highlights with notes, history off, and a missing entity', () => {
    const el = show({
      data: startOf(history!, true),
      details: detailsOf(history!, [
        {
          id: 'h',
          url: 'https://example.com/a',
          title: 'A',
          site: 'example.com',
          quote: 'Ada wrote the first program',
          prefix: '',
          suffix: '',
          start: 0,
          end: 1,
          color: 'yellow',
          note: 'look this up',
          tags: [],
          entityIds: ['PER:ada'],
          entityNames: ['Ada Lovelace'],
          createdAt: NOW,
          updatedAt: NOW,
        },
      ]),
    });
    expect(el.querySelector('blockquote')!.textContent).toBe('Ada wrote the first program');
    expect(el.textContent).toContain('Note: look this up');
    expect(el.textContent).toContain('Reading history is off');
    const missing = show({ data: { status: 'error', message: 'This page needs an entity.' } });
    expect(missing.querySelector('[role="alert"]')!.textContent).toBe('This page needs an entity.');
  });

  it('lists the newest 100 articles first, then all on request', () => {
    const many = entityHistory(
      'PER:ada',
      Array.from({ length: 101 }, (_, i) => visit(`https://example.com/${i}`, i, ['PER:ada'], ['Ada'], [1])),
    );
    const el = show({ data: startOf(many!), details: detailsOf(many!) });
    expect(el.querySelectorAll('table.articles tbody tr')).toHaveLength(100);
    expect(el.querySelector('table.articles caption')!.textContent).toContain('(the 100 newest of 101)');
    const more = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Show all 101 articles')!;
    act(() => more.click());
    expect(el.querySelectorAll('table.articles tbody tr')).toHaveLength(101);
  });

  it('paints the count, the timeline and the newest articles before the rest arrives, and says when the rest fails', () => {
    const many = entityHistory(
      'PER:ada',
      Array.from({ length: 150 }, (_, i) => visit(`https://example.com/${i}`, i, ['PER:ada'], ['Ada'], [1])),
    )!;
    let el = show({ data: startOf(many), details: { status: 'loading' } });
    expect(el.textContent).toContain('You read about Ada in 150 articles.');
    expect(el.querySelectorAll('figure.timeline rect').length).toBeGreaterThan(0);
    expect(el.querySelectorAll('table.articles tbody tr')).toHaveLength(100);
    expect(el.querySelector('table.articles caption')!.textContent).toContain('(the 100 newest of 150)');
    // No "show all" and no co-read list until the full history is here; highlights say they load.
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Show all'))).toBe(false);
    expect(el.querySelector('[aria-busy="true"]')!.textContent).toBe('Loading your highlights…');
    el = show({ data: startOf(many), details: { status: 'error', message: 'The background stopped.' } });
    expect(el.querySelector('[role="alert"]')!.textContent).toBe(
      'The rest of your reading could not be loaded: The background stopped.',
    );
    expect(el.querySelectorAll('table.articles tbody tr')).toHaveLength(100);
  });

  it('names an entity never read by its background, and says none was read', () => {
    const el = show({
      entityKey: 'Q7259',
      data: {
        status: 'ok',
        value: { key: 'Q7259', name: 'Q7259', type: 'MISC', memory: null, times: [], articles: [], off: false },
      },
      details: { status: 'ok', value: { history: null, highlights: [] } },
      background: {
        status: 'ok',
        fetchedAt: NOW,
        value: { title: 'Ada Lovelace', description: 'mathematician', extract: 'Ada…', url: 'javascript:alert(1)' },
      } as EntityPageProps['background'],
    });
    expect(el.querySelector('h1')!.textContent).toBe('Ada Lovelace');
    expect(el.textContent).toContain('You have not read an article about Ada Lovelace');
    // The background's link is not http(s): shown as text.
    expect(el.querySelector('section a')).toBeNull();
  });
});
