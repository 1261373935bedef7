// The welcome sample's hover, as the content script does it on a news page: pointer →
// hit-test → hover intent, with the card's data bundled (it is there at once). A name's button
// opens the same card from the keyboard; that card takes focus and gives it back on Esc.
import { useEffect, useRef, useState } from 'preact/hooks';
import { createHitTester, throttleFrame } from '@/utils/hover/hit-test';
import { createHoverIntent, type HoverIntent } from '@/utils/hover/hover-intent';
import type { DrawnMention } from '@/utils/render/mention-highlights';
import type { MarkedSample } from '@/utils/welcome/mark-sample';

/** The card that shows: its mention, and whether the keyboard opened it. */
export interface OpenCard {
  mention: DrawnMention;
  keyboard: boolean;
}

export function useSampleHover(marked: MarkedSample | null, win: Window, showDelayMs: number) {
  const doc = win.document;
  const intent = useRef<HoverIntent<DrawnMention, true> | null>(null);
  const lastFocus = useRef<HTMLElement | null>(null);
  /** True while a button opens a card: that card takes focus. */
  const fromKeyboard = useRef(false);
  const [open, setOpen] = useState<OpenCard | null>(null);

  // Pointer → mention → hover intent, as the content script does on a news page.
  useEffect(() => {
    if (!marked) return;
    const hit = createHitTester(doc as unknown as Parameters<typeof createHitTester>[0], marked.map, marked.mentions);
    const machine = createHoverIntent<DrawnMention, true>(
      (ev) => {
        switch (ev.type) {
          case 'fetch':
            // The card's data is bundled: it is there at once.
            machine.deliver(ev.token, true);
            return;
          case 'show':
            setOpen({ mention: ev.mention, keyboard: fromKeyboard.current });
            return;
          case 'hide':
            setOpen(null);
            return;
          case 'restoreFocus':
            lastFocus.current?.focus();
            lastFocus.current = null;
            return;
          default:
            return;
        }
      },
      { showDelayMs, sameMention: (a, b) => a.entityId === b.entityId && a.start === b.start },
    );
    intent.current = machine;
    const onMove = throttleFrame(
      (e: PointerEvent) => machine.point(hit.hit(e.clientX, e.clientY)),
      win.requestAnimationFrame.bind(win),
      win.cancelAnimationFrame.bind(win),
    );
    const onPointerMove = (e: Event) => onMove(e as PointerEvent);
    win.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
    return () => {
      win.removeEventListener('pointermove', onPointerMove, true);
      onMove.cancel();
      machine.dispose();
      intent.current = null;
    };
  }, [marked]);

  /** Opens `mention`'s card at once from `button` (focus goes back there when it closes). */
  const openNow = (button: HTMLElement, mention: DrawnMention) => {
    if (!intent.current) return;
    lastFocus.current = button;
    fromKeyboard.current = true;
    try {
      intent.current.openNow(mention);
    } finally {
      fromKeyboard.current = false;
    }
  };

  return { intent, open, openNow };
}
