// Places the welcome sample's card beside its name (again when the page scrolls: it follows
// its text), its height capped to the room there; a card opened from the keyboard takes focus.
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { throttleFrame } from '@/utils/hover/hit-test';
import { placeCard } from '@/utils/hover/place-card';
import type { OpenCard } from './use-sample-hover';

export function usePlacedCard(cardBox: RefObject<HTMLDivElement | null>, open: OpenCard | null, win: Window): void {
  useLayoutEffect(() => {
    const box = cardBox.current;
    if (!open || !box) return;
    let live = true;
    const place = (focus: boolean) =>
      placeCard(open.mention.range, box).then((p) => {
        if (!live) return;
        box.style.left = `${Math.round(p.x)}px`;
        box.style.top = `${Math.round(p.y)}px`;
        box.style.visibility = 'visible';
        const dialog = box.querySelector<HTMLElement>('[role="dialog"]');
        if (dialog) dialog.style.maxHeight = `${Math.min(420, p.maxHeight)}px`;
        if (focus) dialog?.focus();
      });
    void place(open.keyboard);
    const onScroll = throttleFrame(
      () => void place(false),
      win.requestAnimationFrame.bind(win),
      win.cancelAnimationFrame.bind(win),
    );
    win.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      live = false;
      onScroll.cancel();
      win.removeEventListener('scroll', onScroll, true);
    };
  }, [open]);
}
