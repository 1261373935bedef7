// @vitest-environment happy-dom
// The keyboard list of the page's entities: grouped, filtered as you type, arrows move,
// Enter opens, Esc closes.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntitySummary } from '@/utils/model/types';
import { EntityList } from './EntityList';

const ENTITIES: EntitySummary[] = [
  { id: 'p1', name: 'Joe Biden', type: 'PER', mentions: 4 },
  { id: 'l1', name: 'Paris', type: 'LOC', mentions: 2 },
  { id: 'p2', name: 'Recep Tayyip Erdoğan', type: 'PER', mentions: 1 },
  { id: 'o1', name: 'NATO', type: 'ORG', mentions: 3 },
];

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function setup(entities = ENTITIES) {
  const onOpen = vi.fn();
  const onClose = vi.fn();
  act(() => render(<EntityList entities={entities} onOpen={onOpen} onClose={onClose} />, root));
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const key = (k: string) =>
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    });
  const type = (value: string) =>
    act(() => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const options = () => [...root.querySelectorAll('[role="option"]')];
  const selected = () => options().find((o) => o.getAttribute('aria-selected') === 'true');
  return { onOpen, onClose, input, key, type, options, selected };
}

describe('EntityList', () => {
  it('groups People, Places, Organizations and focuses the search box', () => {
    const s = setup();
    const labels = [...root.querySelectorAll('[role="group"]')].map((g) => g.querySelector('div')!.textContent);
    expect(labels).toEqual(['People', 'Places', 'Organizations']);
    expect(s.options().map((o) => o.querySelector('.gloss-entities__name')!.textContent)).toEqual([
      'Joe Biden',
      'Recep Tayyip Erdoğan',
      'Paris',
      'NATO',
    ]);
    expect(document.activeElement).toBe(s.input);
    expect(s.input.getAttribute('aria-activedescendant')).toBe(s.selected()!.id);
  });

  it('arrow keys move, Enter opens the active entity', () => {
    const s = setup();
    expect(s.selected()!.textContent).toContain('Joe Biden');
    s.key('ArrowDown');
    s.key('ArrowDown');
    expect(s.selected()!.textContent).toContain('Paris');
    expect(s.input.getAttribute('aria-activedescendant')).toBe(s.selected()!.id);
    s.key('ArrowUp');
    expect(s.selected()!.textContent).toContain('Erdoğan');
    s.key('Enter');
    expect(s.onOpen).toHaveBeenCalledExactlyOnceWith('p2');
  });

  it('stops at the ends of the list', () => {
    const s = setup();
    s.key('ArrowUp');
    expect(s.selected()!.textContent).toContain('Joe Biden');
    for (let i = 0; i < 10; i++) s.key('ArrowDown');
    expect(s.selected()!.textContent).toContain('NATO');
  });

  it('Esc closes', () => {
    const s = setup();
    s.key('Escape');
    expect(s.onClose).toHaveBeenCalledOnce();
  });

  it('filters as you type, ignoring case and accents', () => {
    const s = setup();
    s.type('erdogan');
    expect(s.options()).toHaveLength(1);
    expect(root.querySelectorAll('[role="group"]')).toHaveLength(1);
    s.key('Enter');
    expect(s.onOpen).toHaveBeenCalledExactlyOnceWith('p2');
    s.type('zzz');
    expect(s.options()).toHaveLength(0);
    expect(root.textContent).toContain('Nothing matches “zzz”.');
    s.key('Enter');
    expect(s.onOpen).toHaveBeenCalledOnce();
  });

  it('clicking an entry opens it', () => {
    const s = setup();
    act(() => (s.options()[3] as HTMLElement).click());
    expect(s.onOpen).toHaveBeenCalledExactlyOnceWith('o1');
  });

  it('says so when the page has no entities', () => {
    setup([]);
    expect(root.textContent).toContain('Gloss marked no people, places or organizations on this page.');
  });
});
