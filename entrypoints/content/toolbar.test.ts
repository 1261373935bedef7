// @vitest-environment happy-dom
// The highlight toolbar in a real (happy-dom) shadow root: its buttons call the actions it was
// given, the current color is marked, Esc closes, Enter clicks once, the undo toast runs its
// action once and goes away on its own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HighlightColor } from '@/utils/model/settings';
import { glossHost, removeGlossHost } from './gloss-host';
import { createToolbar, type Toolbar, type ToolbarActions } from './toolbar';

const COLORS: HighlightColor[] = [
  { id: 'yellow', name: 'Yellow', css: '#ffe066' },
  { id: 'blue', name: 'Blue', css: '#74c0fc' },
];

let toolbar: Toolbar;
beforeEach(() => {
  removeGlossHost(document);
  document.body.innerHTML = '<p id="p">Some page text to select.</p>';
  toolbar = createToolbar(document);
});
afterEach(() => {
  toolbar.destroy();
  vi.useRealTimers();
});

const shadow = () => glossHost(document).shadow;
const bar = () => shadow().querySelector<HTMLElement>('[role="toolbar"]')!;
const buttons = () => [...bar().querySelectorAll('button')];
const byLabel = (label: string) => buttons().find((b) => b.getAttribute('aria-label') === label)!;
const range = () => {
  const r = document.createRange();
  r.selectNodeContents(document.getElementById('p')!);
  return r;
};
function recorder(withRemove: boolean) {
  const calls: string[] = [];
  const actions: ToolbarActions = {
    color: (id) => void calls.push(`color:${id}`),
    note: () => void calls.push('note'),
    close: () => void calls.push('close'),
    ...(withRemove ? { remove: () => void calls.push('remove') } : {}),
  };
  return { calls, actions };
}

describe('highlight toolbar', () => {
  it('offers a swatch per color and Note for a new selection, and calls the chosen action', () => {
    const { calls, actions } = recorder(false);
    toolbar.show(range(), COLORS, actions);
    expect(toolbar.visible).toBe(true);
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Highlight Yellow',
      'Highlight Blue',
      'Highlight and add a note',
    ]);
    byLabel('Highlight Blue').click();
    byLabel('Highlight and add a note').click();
    expect(calls).toEqual(['color:blue', 'note']);
  });

  it('marks the current color of an existing highlight and offers Delete', () => {
    const { calls, actions } = recorder(true);
    toolbar.show(range(), COLORS, actions, 'blue');
    expect(byLabel('Change color to Blue').getAttribute('aria-pressed')).toBe('true');
    expect(byLabel('Change color to Yellow').getAttribute('aria-pressed')).toBe('false');
    byLabel('Delete highlight').click();
    byLabel('Edit note').click();
    expect(calls).toEqual(['remove', 'note']);
  });

  it('closes on Esc and clicks the focused button once on Enter', () => {
    const { calls, actions } = recorder(true);
    toolbar.show(range(), COLORS, actions, 'yellow');
    const del = byLabel('Delete highlight');
    del.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    bar().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(calls).toEqual(['remove', 'close']);
    toolbar.hide();
    expect(toolbar.visible).toBe(false);
  });

  it('keeps the selection: a mouse press on a button does nothing by default', () => {
    const { actions } = recorder(false);
    toolbar.show(range(), COLORS, actions);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    byLabel('Highlight Yellow').dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });

  it('shows a toast whose action runs once and hides it, and which goes away by itself', () => {
    vi.useFakeTimers();
    const toast = () => shadow().querySelector<HTMLElement>('[role="status"]')!;
    let undone = 0;
    toolbar.toast('Highlight deleted', 'Undo', () => undone++, { ms: 5000 });
    expect(toast().hidden).toBe(false);
    expect(toast().textContent).toContain('Highlight deleted');
    toast().querySelector('button')!.click();
    expect(undone).toBe(1);
    expect(toast().hidden).toBe(true);

    toolbar.toast('Gloss could not save your highlight: full', 'OK', () => undefined, { ms: 5000 });
    expect(toast().hidden).toBe(false);
    vi.advanceTimersByTime(4999);
    expect(toast().hidden).toBe(false);
    vi.advanceTimersByTime(1);
    expect(toast().hidden).toBe(true);
  });

  it('knows its own host (clicks on it are not page clicks) and leaves nothing behind', () => {
    expect(toolbar.contains(glossHost(document).host)).toBe(true);
    expect(toolbar.contains(document.getElementById('p'))).toBe(false);
    toolbar.destroy();
    expect(shadow().querySelector('[role="toolbar"]')).toBeNull();
    expect(shadow().querySelector('[role="status"]')).toBeNull();
  });
});
