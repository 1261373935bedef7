// @vitest-environment happy-dom
// The card's memory line: the sentence with count, month and last article; a sparkline only
// when read more than once; highlights with the newest quoted; history off says so and links
// the setting; text from the history is rendered as text.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HighlightMemory, MemoryView } from '@/utils/memory/memory-line';
import { MemoryLine } from './MemoryLine';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const NOW = new Date(2024, 8, 19, 15).getTime(); // a Thursday
const none: HighlightMemory = { count: 0, newest: null };
const ok = (articles: number, sparkline: number[] | null, highlights = none): MemoryView => ({
  status: 'ok',
  key: 'PER:recep tayyip erdogan',
  name: 'Recep Tayyip Erdoğan',
  articles,
  firstAt: new Date(2024, 2, 5).getTime(),
  last: { at: new Date(2024, 8, 17, 9).getTime(), title: '<b>Talks</b> in Ankara', url: 'https://example.com/a' },
  sparkline,
  highlights,
});
const show = (
  memory: MemoryView,
  handlers: { onOpenEntityPage?: (k: string) => void; onOpenOptions?: () => void } = {},
) => {
  act(() => render(<MemoryLine name="Erdoğan" memory={memory} now={NOW} locale="en-GB" {...handlers} />, root));
  return root;
};

describe('the card memory line', () => {
  it('says how many articles since when and the last one, with a sparkline and a way to the page', () => {
    const open = vi.fn();
    const spark = Array.from({ length: 26 }, (_, i) => (i % 5 === 0 ? 2 : 0));
    const el = show(ok(14, spark), { onOpenEntityPage: open });
    expect(el.querySelector('.gloss-memory__line')!.textContent).toBe(
      'You read about Erdoğan in 14 articles since March · last on Tuesday: <b>Talks</b> in Ankara',
    );
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('svg[role="img"]')!.getAttribute('aria-label')).toMatch(/most in one week 2/);
    expect(el.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(26);
    act(() => el.querySelector<HTMLButtonElement>('button')!.click());
    expect(open).toHaveBeenCalledWith('PER:recep tayyip erdogan');
  });

  it('an entity read once: the line without a sparkline', () => {
    const el = show(ok(1, null));
    expect(el.querySelector('.gloss-memory__line')!.textContent).toBe(
      'You read about Erdoğan in 1 article · on Tuesday: <b>Talks</b> in Ankara',
    );
    expect(el.querySelector('svg')).toBeNull();
  });

  it('shows the reader’s highlights about it, the newest as a quote', () => {
    const el = show(
      ok(3, [0, 1, 2], { count: 4, newest: { id: 'h', quote: 'He said “no”.', createdAt: 1, url: 'u' } }),
    );
    expect(el.textContent).toContain('4 of your highlights mention Erdoğan, the newest:');
    expect(el.querySelector('blockquote')!.textContent).toBe('He said “no”.');
    const onlyHighlights = show({ status: 'none', highlights: { count: 1, newest: null } });
    expect(onlyHighlights.textContent).toBe('One of your highlights mentions Erdoğan.');
  });

  it('with history off says so and links the setting; never read: nothing', () => {
    const opts = vi.fn();
    const el = show({ status: 'off' }, { onOpenOptions: opts });
    expect(el.textContent).toContain('Reading history is off');
    act(() => el.querySelector<HTMLButtonElement>('button')!.click());
    expect(opts).toHaveBeenCalled();
    expect(show({ status: 'none', highlights: none }).innerHTML).toBe('');
  });
});
