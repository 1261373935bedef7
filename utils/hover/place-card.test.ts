// Card placement on a fake 800×600 viewport (Floating UI's platform replaced, no layout engine):
// the card must never overlap the line box(es) of the mention, below or above it.
import { describe, expect, it } from 'vitest';
import type { Platform } from '@floating-ui/dom';
import { CARD_OFFSET, placeCard, VIEWPORT_PADDING, type RangeLike } from './place-card';

const VIEW = { width: 800, height: 600 };
const CARD = { width: 300, height: 200 };

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function domRect(b: Box): DOMRect {
  return {
    ...b,
    x: b.left,
    y: b.top,
    width: b.right - b.left,
    height: b.bottom - b.top,
    toJSON: () => ({}),
  } as DOMRect;
}

/** A mention's range laid out as the given line boxes. */
function fakeRange(lines: Box[]): RangeLike {
  const rects = lines.map(domRect);
  return {
    getClientRects: () => rects,
    getBoundingClientRect: () =>
      domRect({
        left: Math.min(...lines.map((l) => l.left)),
        top: Math.min(...lines.map((l) => l.top)),
        right: Math.max(...lines.map((l) => l.right)),
        bottom: Math.max(...lines.map((l) => l.bottom)),
      }),
  };
}

/** Floating UI's platform over a fixed viewport and a card of fixed size. */
const fakePlatform: Partial<Platform> = {
  getElementRects: async ({ reference }) => {
    const r = reference.getBoundingClientRect();
    return { reference: { x: r.x, y: r.y, width: r.width, height: r.height }, floating: { x: 0, y: 0, ...CARD } };
  },
  getClippingRect: async () => ({ x: 0, y: 0, ...VIEW }),
  getDimensions: async () => ({ ...CARD }),
  getClientRects: async (el: unknown) => Array.from((el as RangeLike).getClientRects()),
  getOffsetParent: async () => ({}) as Element,
  convertOffsetParentRelativeRectToViewportRelativeRect: async ({ rect }) => rect,
  getDocumentElement: async () => ({}) as HTMLElement,
  isElement: async () => false,
  isRTL: async () => false,
  getScale: async () => ({ x: 1, y: 1 }),
};

const card = {} as HTMLElement;

function overlapsVertically(cardTop: number, lines: Box[]): boolean {
  const cardBottom = cardTop + CARD.height;
  return lines.some((l) => cardTop < l.bottom && cardBottom > l.top);
}

describe('placeCard', () => {
  it('goes below the line, aligned with the name, when there is room', async () => {
    const line = { left: 50, top: 100, right: 130, bottom: 120 };
    const p = await placeCard(fakeRange([line]), card, { platform: fakePlatform });
    expect(p.placement).toBe('bottom-start');
    expect(p.x).toBe(50);
    expect(p.y).toBe(120 + CARD_OFFSET);
    expect(overlapsVertically(p.y, [line])).toBe(false);
    expect(p.maxHeight).toBe(VIEW.height - (120 + CARD_OFFSET) - VIEWPORT_PADDING);
  });

  it('flips above the line near the bottom of the viewport', async () => {
    const line = { left: 50, top: 500, right: 130, bottom: 520 };
    const p = await placeCard(fakeRange([line]), card, { platform: fakePlatform });
    expect(p.placement).toBe('top-start');
    expect(p.y).toBe(500 - CARD_OFFSET - CARD.height);
    expect(overlapsVertically(p.y, [line])).toBe(false);
  });

  it('shifts sideways inside the viewport, never vertically onto the line', async () => {
    const line = { left: 700, top: 300, right: 790, bottom: 320 };
    const p = await placeCard(fakeRange([line]), card, { platform: fakePlatform });
    expect(p.x).toBe(VIEW.width - VIEWPORT_PADDING - CARD.width);
    expect(overlapsVertically(p.y, [line])).toBe(false);
  });

  it('a name wrapped over two lines: the card clears both lines, below and above', async () => {
    const low = [
      { left: 600, top: 100, right: 780, bottom: 120 },
      { left: 0, top: 120, right: 60, bottom: 140 },
    ];
    const below = await placeCard(fakeRange(low), card, { platform: fakePlatform });
    expect(below.placement).toBe('bottom-start');
    expect(below.x).toBe(VIEWPORT_PADDING);
    expect(overlapsVertically(below.y, low)).toBe(false);

    const high = low.map((l) => ({ ...l, top: l.top + 400, bottom: l.bottom + 400 }));
    const above = await placeCard(fakeRange(high), card, { platform: fakePlatform });
    expect(above.placement).toBe('top-start');
    expect(overlapsVertically(above.y, high)).toBe(false);
    expect(above.x).toBe(800 - VIEWPORT_PADDING - CARD.width);
  });

  it('reports the room left when neither side fits the whole card', async () => {
    const line = { left: 50, top: 130, right: 130, bottom: 150 };
    const short = { ...fakePlatform, getClippingRect: async () => ({ x: 0, y: 0, width: 800, height: 300 }) };
    const p = await placeCard(fakeRange([line]), card, { platform: short });
    expect(p.maxHeight).toBeLessThan(CARD.height);
    // Capped to maxHeight, the card stays off the line on its side.
    if (p.placement === 'bottom-start') expect(p.y).toBeGreaterThanOrEqual(150);
    else expect(p.y + Math.min(CARD.height, p.maxHeight)).toBeLessThanOrEqual(130);
  });
});
