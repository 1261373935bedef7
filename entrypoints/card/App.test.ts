// @vitest-environment happy-dom
// The card page app over a fake transport: models in, expand/close/resize/open-link out.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardModel } from '@/components/card/Card';
import { startCardApp, type CardEvent, type CardTransport } from './App';

/** A ResizeObserver whose callback the test fires by hand. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  constructor(readonly cb: () => void) {
    FakeResizeObserver.last = this;
  }
  observe() {}
  unobserve() {}
  disconnect() {}
}

let root: HTMLDivElement;
let stop: () => void = () => {};
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  stop();
  root.remove();
});

function setup() {
  const sent: CardEvent[] = [];
  let deliver: (m: CardModel) => void = () => {};
  const transport: CardTransport = {
    onModel: (cb) => {
      deliver = cb;
    },
    send: (e) => sent.push(e),
  };
  let size = { width: 360, height: 200 };
  root.getBoundingClientRect = () => ({ width: size.width, height: size.height }) as DOMRect;
  act(() => {
    stop = startCardApp(transport, { root, ResizeObserver: FakeResizeObserver as unknown as typeof ResizeObserver });
  });
  return {
    sent,
    model: (m: CardModel) => act(() => deliver(m)),
    resize: (w: number, h: number) => {
      size = { width: w, height: h };
      FakeResizeObserver.last!.cb();
    },
  };
}

const model: CardModel = {
  mention: { name: 'Paris', type: 'LOC' },
  background: {
    status: 'ok',
    fetchedAt: 0,
    value: {
      title: 'Paris',
      extract: 'Paris is the capital of France.',
      url: 'https://en.wikipedia.org/wiki/Paris',
      wikidataId: 'Q90',
      lang: 'en',
      type: 'LOC',
      typeChecked: true,
    },
  },
};

describe('startCardApp', () => {
  it('renders models and sends expand and close', () => {
    const s = setup();
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    s.model(model);
    expect(root.querySelector('h1')!.textContent).toBe('Paris');
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent === 'More facts')!;
    act(() => more.click());
    act(() => root.querySelector<HTMLButtonElement>('.gloss-card__close')!.click());
    expect(s.sent.filter((e) => e.type !== 'resize')).toEqual([{ type: 'expand' }, { type: 'close' }]);
  });

  it('reports its size, once per change', () => {
    const s = setup();
    expect(s.sent).toEqual([{ type: 'resize', width: 360, height: 200 }]);
    s.resize(360, 200);
    s.resize(360, 311.2);
    expect(s.sent).toEqual([
      { type: 'resize', width: 360, height: 200 },
      { type: 'resize', width: 360, height: 312 },
    ]);
  });

  it('sends link clicks as open-link instead of navigating', () => {
    const s = setup();
    s.model(model);
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Wikipedia')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(s.sent.at(-1)).toEqual({ type: 'open-link', url: 'https://en.wikipedia.org/wiki/Paris' });
  });

  it('Esc outside the dialog closes too, once', () => {
    const s = setup();
    s.model(model);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    root
      .querySelector('[role="dialog"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(s.sent.filter((e) => e.type === 'close')).toHaveLength(2);
  });
});
