import { describe, expect, it } from 'vitest';
import { whenDomReady } from './page-start';

/** A document stand-in: an EventTarget whose readyState the test sets. */
function fakeDoc(readyState: DocumentReadyState) {
  const target = new EventTarget() as EventTarget & { readyState: DocumentReadyState };
  target.readyState = readyState;
  return target;
}

describe('whenDomReady', () => {
  it('runs at once when the DOM is already parsed', () => {
    for (const state of ['interactive', 'complete'] as const) {
      const doc = fakeDoc(state);
      let runs = 0;
      whenDomReady(doc as unknown as Document, () => runs++);
      expect(runs).toBe(1);
    }
  });

  it('waits for DOMContentLoaded while the page is loading, and runs once', () => {
    const doc = fakeDoc('loading');
    const order: string[] = [];
    whenDomReady(doc as unknown as Document, () => order.push('gloss'));
    // A page script registers its own listener later, as it would while the page parses.
    doc.addEventListener('DOMContentLoaded', () => order.push('page'));
    expect(order).toEqual([]);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(order).toEqual(['gloss', 'page', 'page']);
  });
});
