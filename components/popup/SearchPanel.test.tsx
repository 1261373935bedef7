// @vitest-environment happy-dom
// Search as you type: the query sent, marked text (as text, never HTML), filters, paging,
// stale responses dropped, and the empty, no-match and error states.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SearchQuery, SearchResult } from '@/utils/search/types';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';
import { SearchPanel } from './SearchPanel';
import { byText, choose, click, makeHighlight, mount, type, unmountAll, waitFor } from './test-helpers';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/utils/adapters/messaging', () => ({ sendMessage }));

const EMPTY: SearchResult = { total: 0, groups: [] };
const colors = DEFAULT_SETTINGS.highlightColors;
const queries = (): SearchQuery[] =>
  sendMessage.mock.calls.filter((c) => c[0] === 'searchHighlights').map((c) => c[1] as SearchQuery);
const lastQuery = () => queries().at(-1)!;

const HOSTILE = makeHighlight({
  id: 'x1',
  quote: 'Erdogan said <img src=x onerror=alert(1)> today',
  note: 'erdogan <b>bold</b>',
  entityNames: ['Recep Tayyip Erdoğan'],
  color: 'green',
});
const hostileResult: SearchResult = {
  total: 1,
  groups: [
    {
      url: HOSTILE.url,
      title: HOSTILE.title,
      site: HOSTILE.site,
      hits: [
        { highlight: HOSTILE, score: 1000, marks: { quote: [[0, 7]], note: [[0, 7]], 'entityNames.0': [[13, 20]] } },
      ],
    },
  ],
};

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset();
  sendMessage.mockResolvedValue(EMPTY);
});
afterEach(unmountAll);

function panel(onOpen = vi.fn()) {
  const root = mount(<SearchPanel colors={colors} onOpen={onOpen} />);
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  return { root, input, onOpen };
}

describe('SearchPanel', () => {
  it('has a labelled search box and the syntax help line', async () => {
    const { root, input } = panel();
    expect(input.labels?.[0]?.textContent).toBe('Search your highlights');
    expect(root.querySelector('#search-help')!.textContent).toContain('"exact phrase"');
    expect(root.querySelector('#search-help')!.textContent).toContain('-word');
    await waitFor(() => expect(root.textContent).toContain('No highlights yet'));
  });

  it('sends the typed query (debounced) and renders matches as <mark> text nodes', async () => {
    const { root, input } = panel();
    await waitFor(() => expect(queries()).toHaveLength(1));
    sendMessage.mockResolvedValue(hostileResult);
    type(input, 'e');
    type(input, 'er');
    type(input, 'erdog');
    await waitFor(() => expect(root.querySelector('button.hit')).not.toBeNull());
    // One request for the burst of keystrokes, with the whole query.
    expect(queries()).toHaveLength(2);
    expect(lastQuery()).toEqual({ text: 'erdog', filters: {}, sort: 'relevance', offset: 0, limit: 20 });
    const hit = root.querySelector('button.hit')!;
    expect(hit.querySelector('img')).toBeNull();
    expect(hit.querySelector('b')).toBeNull();
    expect(hit.querySelector('q')!.textContent).toBe(HOSTILE.quote);
    expect([...hit.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Erdogan', 'erdogan', 'Erdoğan']);
    expect(hit.textContent).toContain('<b>bold</b>');
    expect(hit.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe('Green highlight');
    expect(root.querySelector('h3')!.textContent).toBe('A story');
    expect(root.querySelector('.group__meta')!.textContent).toContain('example.com');
  });

  it('says there are no matches for the query', async () => {
    const { root, input } = panel();
    type(input, 'zzz');
    await waitFor(() => expect(root.textContent).toContain('No matches for “zzz”'));
  });

  it('shows the error message when the search fails', async () => {
    const { root, input } = panel();
    await waitFor(() => expect(queries()).toHaveLength(1));
    sendMessage.mockRejectedValue(new Error('index not ready'));
    type(input, 'x');
    await waitFor(() =>
      expect(root.querySelector('[role="alert"]')!.textContent).toBe('Search failed: index not ready'),
    );
  });

  it('drops a response that arrives after a newer request', async () => {
    let resolveSlow!: (r: SearchResult) => void;
    const { root, input } = panel();
    await waitFor(() => expect(queries()).toHaveLength(1));
    sendMessage.mockImplementationOnce(() => new Promise<SearchResult>((r) => (resolveSlow = r)));
    type(input, 'old');
    await waitFor(() => expect(lastQuery().text).toBe('old'));
    sendMessage.mockResolvedValueOnce(hostileResult);
    type(input, 'erdog');
    await waitFor(() => expect(root.querySelector('button.hit')).not.toBeNull());
    resolveSlow({ total: 0, groups: [] });
    await new Promise((r) => setTimeout(r, 20));
    expect(root.querySelector('button.hit')).not.toBeNull();
    expect(root.textContent).not.toContain('No matches');
  });

  it('puts color, site, dates, entity and sort into the query', async () => {
    sendMessage.mockResolvedValue(hostileResult);
    const { root } = panel();
    await waitFor(() => expect(root.querySelector('button.hit')).not.toBeNull());
    choose(byText<HTMLLabelElement>(root, 'label', 'Green').querySelector('input')!, true);
    await waitFor(() => expect(lastQuery().filters.colors).toEqual(['green']));
    choose(root.querySelector<HTMLSelectElement>('#filter-site')!, 'example.com');
    choose(root.querySelector<HTMLInputElement>('#filter-from')!, '2024-05-01');
    choose(root.querySelector<HTMLInputElement>('#filter-to')!, '2024-05-31');
    type(root.querySelector<HTMLInputElement>('#filter-entity')!, 'Erdoğan');
    choose(root.querySelector<HTMLSelectElement>('#filter-entity-type')!, 'PER');
    choose(root.querySelector<HTMLSelectElement>('#search-sort')!, 'date');
    await waitFor(() => expect(lastQuery().sort).toBe('date'));
    expect(lastQuery().filters).toEqual({
      colors: ['green'],
      sites: ['example.com'],
      from: new Date(2024, 4, 1).getTime(),
      to: new Date(2024, 4, 31, 23, 59, 59, 999).getTime(),
      entityIds: ['PER:erdogan'],
    });
    expect(root.querySelector('summary')!.textContent).toBe('Filters (4)');
  });

  it('pages with Show more, continuing the last group', async () => {
    const h = (i: number) => makeHighlight({ id: `h${i}`, quote: `quote ${i}` });
    const page = (from: number, n: number): SearchResult => ({
      total: 25,
      groups: [
        {
          url: 'https://example.com/story',
          title: 'A story',
          site: 'example.com',
          hits: Array.from({ length: n }, (_, k) => ({ highlight: h(from + k), score: 0, marks: {} })),
        },
      ],
    });
    sendMessage.mockResolvedValueOnce(page(0, 20)).mockResolvedValueOnce(page(20, 5));
    const { root } = panel();
    await waitFor(() => expect(root.querySelectorAll('button.hit')).toHaveLength(20));
    click(byText(root, 'button', 'Show more (5 left)'));
    await waitFor(() => expect(root.querySelectorAll('button.hit')).toHaveLength(25));
    expect(lastQuery()).toMatchObject({ offset: 20, limit: 20 });
    expect(root.querySelectorAll('section.group')).toHaveLength(1);
    expect(root.querySelector('button.more')).toBeNull();
    expect(document.activeElement?.textContent).toContain('quote 20');
  });

  it('moves between results with arrow keys and opens with a click (Enter on a button)', async () => {
    const two: SearchResult = {
      total: 2,
      groups: [
        {
          url: 'a',
          title: 'A',
          site: 's',
          hits: [{ highlight: makeHighlight({ id: 'a1', url: 'a' }), score: 0, marks: {} }],
        },
        {
          url: 'b',
          title: 'B',
          site: 's',
          hits: [{ highlight: makeHighlight({ id: 'b1', url: 'b' }), score: 0, marks: {} }],
        },
      ],
    };
    sendMessage.mockResolvedValue(two);
    const { root, input, onOpen } = panel();
    await waitFor(() => expect(root.querySelectorAll('button.hit')).toHaveLength(2));
    const [first, second] = root.querySelectorAll<HTMLButtonElement>('button.hit');
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(first);
    first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(second);
    second!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(document.activeElement).toBe(first);
    first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    expect(document.activeElement).toBe(input);
    click(second!);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'b1' }));
  });

  describe('first screen from a saved copy', () => {
    const one = (id: string, quote: string): SearchResult => ({
      total: 1,
      groups: [
        {
          url: 'https://example.com/a',
          title: 'A',
          site: 'example.com',
          hits: [{ highlight: makeHighlight({ id, quote }), score: 0, marks: {} }],
        },
      ],
    });

    it('shows the saved copy at once, then the live page when it differs', async () => {
      let liveNow!: (r: SearchResult) => void;
      const live = new Promise<SearchResult>((r) => (liveNow = r));
      const root = mount(
        <SearchPanel
          colors={colors}
          onOpen={vi.fn()}
          firstPage={Promise.resolve(one('a', 'Saved quote'))}
          firstPageLive={live}
        />,
      );
      await waitFor(() => expect(root.textContent).toContain('Saved quote'));
      liveNow(one('b', 'Newer quote'));
      await waitFor(() => expect(root.textContent).toContain('Newer quote'));
      expect(root.textContent).not.toContain('Saved quote');
    });

    it('keeps what the reader searched for when the live page comes late', async () => {
      let liveNow!: (r: SearchResult) => void;
      const live = new Promise<SearchResult>((r) => (liveNow = r));
      sendMessage.mockResolvedValue(one('t', 'Typed match'));
      const root = mount(
        <SearchPanel
          colors={colors}
          onOpen={vi.fn()}
          debounceMs={0}
          firstPage={Promise.resolve(one('a', 'Saved quote'))}
          firstPageLive={live}
        />,
      );
      await waitFor(() => expect(root.textContent).toContain('Saved quote'));
      type(root.querySelector<HTMLInputElement>('input[type="search"]')!, 'typed');
      await waitFor(() => expect(root.textContent).toContain('Typed match'));
      liveNow(one('b', 'Newer quote'));
      // The panel's handler was attached first, so it has run once this await resumes.
      await live;
      expect(root.textContent).toContain('Typed match');
      expect(root.textContent).not.toContain('Newer quote');
    });
  });
});
