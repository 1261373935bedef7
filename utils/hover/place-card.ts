// Where the hover card goes: below the mention's line ('bottom-start'), or above it when there
// is no room below ('top-start'), shifted sideways to stay 8 px inside the viewport, 6 px off
// the text; never over the line being read. The reference is the mention's Range (a virtual
// element); `inline()` aligns the card with where a name wrapped over two lines starts (card
// above) or ends (card below) instead of with the box spanning both lines' full width.
import {
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type Placement,
  type Platform,
  type Strategy,
  type VirtualElement,
} from '@floating-ui/dom';

/** What the reference needs to be: a Range, or anything with its rect methods. */
export interface RangeLike {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList | ArrayLike<DOMRect>;
  /** Range's start container: clipping and scroll ancestors are found from it. */
  startContainer?: Node;
}

export interface CardPlacement {
  x: number;
  y: number;
  placement: Placement;
  /** Height available on the chosen side (the card should cap its height to it). */
  maxHeight: number;
}

export interface PlaceCardOptions {
  /** 'fixed' by default: range rects are viewport coordinates, and so is a fixed host. */
  strategy?: Strategy;
  /** Overrides of Floating UI's DOM platform (tests pass a fake viewport). */
  platform?: Partial<Platform>;
}

/** Distance between the card and the text. */
export const CARD_OFFSET = 6;
/** Minimum distance between the card and the viewport's edges. */
export const VIEWPORT_PADDING = 8;

/** A Floating UI virtual element for a mention's range. */
export function rangeReference(range: RangeLike): VirtualElement {
  const start = range.startContainer;
  const contextElement = start
    ? start.nodeType === 1
      ? (start as Element)
      : (start.parentElement ?? undefined)
    : undefined;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => Array.from(range.getClientRects() as ArrayLike<DOMRect>),
    ...(contextElement ? { contextElement } : {}),
  };
}

/** Computes the card's position next to the mention's range. */
export async function placeCard(
  range: RangeLike,
  card: HTMLElement,
  options: PlaceCardOptions = {},
): Promise<CardPlacement> {
  let maxHeight = Number.POSITIVE_INFINITY;
  const { x, y, placement } = await computePosition(rangeReference(range), card, {
    strategy: options.strategy ?? 'fixed',
    placement: 'bottom-start',
    middleware: [
      // No pointer coordinates on purpose: for a wrapped name, the card must clear every line
      // of it (below the last one, or above the first), not just the line under the pointer.
      inline(),
      offset(CARD_OFFSET),
      flip({ fallbackPlacements: ['top-start'], padding: VIEWPORT_PADDING, crossAxis: false }),
      shift({ padding: VIEWPORT_PADDING }),
      size({
        padding: VIEWPORT_PADDING,
        apply({ availableHeight }) {
          maxHeight = Math.max(0, Math.floor(availableHeight));
        },
      }),
    ],
    ...(options.platform ? { platform: options.platform as Platform } : {}),
  });
  return { x, y, placement, maxHeight };
}
