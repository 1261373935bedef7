// The reader's selection as highlight material: the selected range when it is page text (not
// text typed into the page's own fields, not Gloss's own UI), and the page-side highlight chord.
import { isReaderChord } from './chord';

/** The window's selection, when it is a non-empty selection of page text; null otherwise. */
export function pageSelection(win: Window): Range | null {
  const sel = win.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const el =
    range.commonAncestorContainer.nodeType === 1
      ? (range.commonAncestorContainer as Element)
      : range.commonAncestorContainer.parentElement;
  // Text typed into the page's own fields is not page text to highlight.
  if (!el || el.closest('input, textarea, [contenteditable=""], [contenteditable="true"], gloss-root')) return null;
  return range;
}

/**
 * Alt+Shift+H pressed by the reader. Only the reader's own key presses: a page script must not
 * save highlights by faking them.
 */
export function isHighlightChord(e: KeyboardEvent): boolean {
  return isReaderChord(e, 'H');
}
