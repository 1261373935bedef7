// @vitest-environment happy-dom
// People & places: most read this week with counts and trends, the month on request, a name
// search over the period and the whole memory, opening an entity, history off.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeopleEntry } from '@/utils/memory/people';
import { PeoplePlaces } from './PeoplePlaces';

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

const entry = (key: string, name: string, count: number, previous: number, trend: PeopleEntry['trend']) =>
  ({ key, name, type: key.startsWith('PER') ? 'PER' : 'LOC', count, previous, trend }) as PeopleEntry;
const WEEK = [entry('PER:ada', 'Ada Lovelace', 3, 1, 'up'), entry('LOC:paris', 'Paris', 2, 0, 'new')];
const MONTH = [entry('LOC:paris', 'Paris', 9, 9, 'same')];
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('People & places', () => {
  it('lists the week with counts and trends, switches to the month, opens one', async () => {
    const load = vi.fn(async (p: 'week' | 'month') => ({
      entries: p === 'week' ? WEEK : MONTH,
      skipped: 0,
      off: false,
    }));
    const open = vi.fn();
    const painted = vi.fn();
    act(() => render(<PeoplePlaces load={load} search={async () => []} onOpen={open} onPainted={painted} />, root));
    await flush();
    const items = () =>
      [...root.querySelectorAll('ol.people__list li button')].map((b) => b.getAttribute('aria-label'));
    expect(items()).toEqual([
      'Ada Lovelace, person: 3 articles this week, 1 the week before',
      'Paris, place: 2 articles this week, new, none the week before',
    ]);
    act(() => root.querySelector<HTMLInputElement>('input[value="month"]')!.click());
    await flush();
    expect(load).toHaveBeenLastCalledWith('month');
    expect(items()).toEqual(['Paris, place: 9 articles this month, same as the month before']);
    act(() => root.querySelector<HTMLButtonElement>('ol button')!.click());
    expect(open).toHaveBeenCalledWith('LOC:paris');
  });

  it('searches by name in the period and in the whole memory', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const search = vi.fn(async () => [
      entry('PER:ada', 'Ada Lovelace', 3, 0, 'same'),
      entry('PER:adam', 'Adam Smith', 40, 0, 'same'),
    ]);
    act(() =>
      render(
        <PeoplePlaces
          load={async () => ({ entries: WEEK, skipped: 0, off: false })}
          search={search}
          onOpen={() => {}}
        />,
        root,
      ),
    );
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      input.value = 'ada';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(search).toHaveBeenCalledWith('ada');
    expect([...root.querySelectorAll('ol li button')].map((b) => b.textContent)).toEqual(['Ada Lovelace']);
    expect([...root.querySelectorAll('ul.people__list li button')].map((b) => b.textContent)).toEqual(['Adam Smith']);
    act(() => {
      input.value = 'zzz';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    search.mockResolvedValueOnce([]);
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(root.textContent).toContain('Nothing you read mentions “zzz”.');
  });

  it('says when history is off, and when rows were damaged', async () => {
    act(() =>
      render(
        <PeoplePlaces
          load={async () => ({ entries: [], skipped: 2, off: true })}
          search={async () => []}
          onOpen={() => {}}
          onOpenOptions={() => {}}
        />,
        root,
      ),
    );
    await flush();
    expect(root.textContent).toContain('Reading history is off');
    expect(root.textContent).toContain('2 damaged history entries were left out.');
  });
});
