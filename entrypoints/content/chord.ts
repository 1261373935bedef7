// Gloss's page-side key chords: Alt+Shift+<letter>, pressed by the reader (a page script's
// synthetic event is not the reader's), with neither Ctrl nor Meta.

/** Whether `e` is the reader's own Alt+Shift+`letter` (one upper-case letter). */
export function isReaderChord(e: KeyboardEvent, letter: string): boolean {
  return (
    e.isTrusted &&
    e.altKey &&
    e.shiftKey &&
    !e.ctrlKey &&
    !e.metaKey &&
    (e.code === `Key${letter}` || e.key === letter || e.key === letter.toLowerCase())
  );
}
