// The hover card's frame: an extension-origin iframe (so the page's scripts cannot read what
// it shows) inside Gloss's single host element (gloss-host.ts).
import { CARD_MAX_WIDTH, CARD_WIDTH } from '@/utils/model/card';
import { glossHost } from './gloss-host';

export interface CardHost {
  readonly iframe: HTMLIFrameElement;
  /** Makes the frame measurable at its current size without showing it. */
  prepare(): void;
  show(x: number, y: number, maxHeight: number): void;
  hide(): void;
  resize(width: number, height: number): void;
  readonly visible: boolean;
  destroy(): void;
}

const DEFAULT_SIZE = { width: CARD_WIDTH, height: 180 };

export function createCardHost(doc: Document, cardUrl: string): CardHost {
  const { shadow } = glossHost(doc);
  const iframe = doc.createElement('iframe');
  iframe.src = cardUrl;
  iframe.title = 'Gloss: about this name';
  iframe.setAttribute(
    'style',
    [
      'position: fixed',
      'border: 0',
      'border-radius: 8px',
      'box-shadow: 0 6px 24px rgba(0,0,0,.28)',
      `width: ${DEFAULT_SIZE.width}px`,
      `height: ${DEFAULT_SIZE.height}px`,
      'display: none',
      'color-scheme: normal',
      'background: transparent',
      'max-width: calc(100vw - 16px)',
    ].join(';'),
  );
  shadow.append(iframe);
  let size = { ...DEFAULT_SIZE };
  let cap = Infinity;
  let visible = false;
  const applySize = () => {
    iframe.style.width = `${size.width}px`;
    iframe.style.height = `${Math.min(size.height, cap)}px`;
  };
  return {
    iframe,
    prepare() {
      iframe.style.visibility = 'hidden';
      iframe.style.display = 'block';
    },
    show(x, y, maxHeight) {
      cap = maxHeight;
      applySize();
      iframe.style.left = `${Math.round(x)}px`;
      iframe.style.top = `${Math.round(y)}px`;
      iframe.style.display = 'block';
      iframe.style.visibility = 'visible';
      visible = true;
    },
    hide() {
      iframe.style.display = 'none';
      visible = false;
    },
    resize(width, height) {
      // The frame's width sets the card's layout width, so only a wider request widens it
      // (never a narrower one: the card would then shrink to fit itself, line by line).
      size = {
        width: Math.max(size.width, Math.min(CARD_MAX_WIDTH, width)),
        height: Math.max(60, Math.min(600, height)),
      };
      applySize();
    },
    get visible() {
      return visible;
    },
    destroy() {
      iframe.remove();
    },
  };
}
