// One hover's rules: how pointer and keyboard hovers start, when a card may show, and what
// ending one emits.
import { describe, expect, it } from 'vitest';
import { endEvents, mayShow, newHover } from './hover-record';

describe('newHover', () => {
  it('starts a pointer hover over the mention, waiting for the dwell; a keyboard hover due at once', () => {
    const pointer = newHover<string, number>(3, 'Ada', false, 1_000);
    expect(pointer).toMatchObject({ token: 3, mention: 'Ada', enteredAt: 1_000, overMention: true, showDue: false });
    const keyboard = newHover<string, number>(4, 'Ada', true, 1_000);
    expect(keyboard).toMatchObject({ keyboard: true, overMention: false, showDue: true, shown: false });
  });
});

describe('mayShow', () => {
  it('from the pointer: only once due, with data, while the pointer is on the name or the card', () => {
    const h = newHover<string, number>(1, 'Ada', false, 0);
    expect(mayShow(h)).toBe(false);
    h.showDue = true;
    expect(mayShow(h)).toBe(false);
    h.hasData = true;
    expect(mayShow(h)).toBe(true);
    h.overMention = false;
    expect(mayShow(h)).toBe(false);
    h.overCard = true;
    expect(mayShow(h)).toBe(true);
    h.shown = true;
    expect(mayShow(h)).toBe(false);
  });

  it('from the keyboard: at once, before the data', () => {
    expect(mayShow(newHover(1, 'Ada', true, 0))).toBe(true);
  });
});

describe('endEvents', () => {
  it('aborts an unanswered request, hides a shown card and restores focus only when asked', () => {
    const h = newHover<string, number>(7, 'Ada', false, 0);
    expect(endEvents(h, true)).toEqual([]);
    h.fetched = true;
    expect(endEvents(h, false)).toEqual([{ type: 'abort', token: 7 }]);
    h.shown = true;
    expect(endEvents(h, true)).toEqual([
      { type: 'abort', token: 7 },
      { type: 'hide', token: 7 },
      { type: 'restoreFocus', mention: 'Ada' },
    ]);
    h.hasData = true;
    expect(endEvents(h, false)).toEqual([{ type: 'hide', token: 7 }]);
  });
});
