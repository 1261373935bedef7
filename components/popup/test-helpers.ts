// Helpers for the popup and options component tests: rendering into a fresh div, waiting for
// async effects, and typing into inputs the way a reader does (value + input event).
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { Highlight } from '@/utils/model/types';

/** Renders into a new div attached to the body; returns the div. */
export function mount(node: ComponentChild): HTMLDivElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

/** Unmounts and removes every mounted root. */
export function unmountAll(): void {
  for (const el of Array.from(document.body.children)) {
    render(null, el);
    el.remove();
  }
}

/** Polls `check` (which throws until it holds) for up to `ms`. */
export async function waitFor<T>(check: () => T | Promise<T>, ms = 2000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await act(async () => {
        await new Promise((r) => setTimeout(r, 5));
      });
    }
  }
}

/** The element matching `selector`, or a throw (for waitFor). */
export function $<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const el = root.querySelector<E>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

/** Sets an input's value and fires `input` (and `change` when asked). */
export function type(el: HTMLInputElement | HTMLTextAreaElement, value: string, change = false): void {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (change) act(() => void el.dispatchEvent(new Event('change', { bubbles: true })));
}

/** Changes a select's or checkbox's value and fires `change`. */
export function choose(el: HTMLSelectElement | HTMLInputElement, value: string | boolean): void {
  act(() => {
    if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
    else el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Clicks an element inside act(). */
export function click(el: Element): void {
  act(() => {
    (el as HTMLElement).click();
  });
}

/** The first element whose text content matches, among `selector`. */
export function byText<E extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): E {
  const found = Array.from(root.querySelectorAll<E>(selector)).find((el) =>
    typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? ''),
  );
  if (!found) throw new Error(`no ${selector} with text ${String(text)}`);
  return found;
}

/** A highlight with every field filled. */
export function makeHighlight(over: Partial<Highlight> = {}): Highlight {
  return {
    id: 'h1',
    url: 'https://example.com/story',
    title: 'A story',
    site: 'example.com',
    quote: 'Some quoted words',
    prefix: 'before ',
    suffix: ' after',
    start: 0,
    end: 17,
    color: 'yellow',
    note: '',
    tags: [],
    entityIds: [],
    entityNames: [],
    createdAt: Date.UTC(2024, 4, 1, 12),
    updatedAt: Date.UTC(2024, 4, 1, 12),
    ...over,
  };
}
