// The card page's app: shows the model the transport delivers, turns the reader's actions into
// events (expand, close, open-link), and reports the card's size so the content script can
// size the iframe. Knows nothing about messaging: main.tsx hands it a transport.
import { mountCard } from '@/components/card/mount';
import type { CardModel } from '@/components/card/Card';
import { safeHttpUrl } from '@/utils/knowledge/sanitize';
import type { CardChannelEvent, CardFrameEvent } from '@/utils/model/card';

/**
 * What the card app tells its hosts: the background (expand, links, pages) and the content
 * script (close, size); the entity list adds `open-entity`.
 */
export type CardEvent = CardFrameEvent | Exclude<CardChannelEvent, { type: 'open-entity' }>;

/** How models come in and events go out (a runtime Port in the extension, a fake in tests). */
export interface CardTransport {
  onModel(cb: (m: CardModel) => void): void;
  send(event: CardEvent): void;
}

export interface CardAppOptions {
  /** Where the card is rendered; `#app` of the page by default. */
  root?: HTMLElement;
  /** ResizeObserver constructor (the window's by default). */
  ResizeObserver?: typeof ResizeObserver;
}

/**
 * Starts the card app on `transport`. Link clicks (plain left clicks on http(s) links) are
 * sent as `open-link` instead of navigating, so the host opens the tab; modified and middle
 * clicks keep the browser's own behaviour. Returns a function that stops the app.
 */
export function startCardApp(transport: CardTransport, options: CardAppOptions = {}): () => void {
  const root = options.root ?? document.getElementById('app');
  if (!root) throw new Error('card page: no #app element');
  const doc = root.ownerDocument;
  const win = doc.defaultView;

  let model: CardModel | null = null;
  const listeners = new Set<() => void>();
  transport.onModel((m) => {
    // Models cross a message boundary: the handlers are ours, never the sender's.
    model = {
      ...m,
      onExpand: () => transport.send({ type: 'expand' }),
      onClose: () => transport.send({ type: 'close' }),
      onOpenEntityPage: (key) => transport.send({ type: 'open-entity-page', key }),
      onOpenOptions: () => transport.send({ type: 'open-options' }),
    };
    for (const l of listeners) l();
  });
  const unmount = mountCard(
    root,
    () => model,
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  );

  // Size reports: the root shrinks to the card (card.css), so its box is the card's.
  let last = { width: -1, height: -1 };
  const report = () => {
    const r = root.getBoundingClientRect();
    const size = { width: Math.ceil(r.width), height: Math.ceil(r.height) };
    if (size.width === last.width && size.height === last.height) return;
    last = size;
    transport.send({ type: 'resize', ...size });
  };
  const RO = options.ResizeObserver ?? win?.ResizeObserver;
  const observer = RO ? new RO(report) : null;
  observer?.observe(root);
  report();

  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const target = e.target as Element | null;
    const anchor = target?.closest?.('a[href]');
    if (!anchor) return;
    const url = safeHttpUrl(anchor.getAttribute('href'));
    e.preventDefault();
    if (url) transport.send({ type: 'open-link', url });
  };
  // Esc anywhere in the page (focus on the body, not in the dialog) also closes.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) transport.send({ type: 'close' });
  };
  // The host focuses the iframe when the card was opened from the keyboard: move focus into
  // the dialog so Tab and Esc work there.
  const onFocus = () => {
    if (doc.activeElement === doc.body || doc.activeElement === null)
      root.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  };
  doc.addEventListener('click', onClick);
  doc.addEventListener('keydown', onKeyDown);
  win?.addEventListener('focus', onFocus);

  return () => {
    observer?.disconnect();
    doc.removeEventListener('click', onClick);
    doc.removeEventListener('keydown', onKeyDown);
    win?.removeEventListener('focus', onFocus);
    listeners.clear();
    unmount();
  };
}
