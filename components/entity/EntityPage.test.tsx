// @vitest-environment happy-dom
// The entity page: the articles with date, site and mentions; a timeline chart with a table;
// highlights and notes; what was read with it, linked to their pages; only http(s) links;
// text from the history shown as text; history off and missing entity say so.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entityHistory } from '@/utils/memory/entity-view';
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
const show = (props: Partial<EntityPageProps>) => {
  act(() =>
    render(
      <EntityPage
        entityKey="PER:ada"
        data={{ status: 'ok', value: { history, memory: null, highlights: [], off: false } }}
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
      data: {
        status: 'ok',
        value: {
          history,
          memory: null,
          off: true,
          highlights: [
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
          ],
        },
      },
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
    const el = show({ data: { status: 'ok', value: { history: many, memory: null, highlights: [], off: false } } });
    expect(el.querySelectorAll('table.articles tbody tr')).toHaveLength(100);
    expect(el.querySelector('table.articles caption')!.textContent).toContain('(the 100 newest of 101)');
    const more = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Show all 101 articles')!;
    act(() => more.click());
    expect(el.querySelectorAll('table.articles tbody tr')).toHaveLength(101);
  });
});
