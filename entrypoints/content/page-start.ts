// When Gloss's page run may start: the page's DOM is parsed. The content script loads at
// document_start and waits here, so that its settings are read while the page parses and the
// run begins in the first DOMContentLoaded listener, ahead of the page's own (registered
// later, by the page's scripts): the page's HTML is on its way to the background while the
// page's listeners run, instead of after them.

/** Calls `run` once the document's DOM is parsed: now if it already is, else on DOMContentLoaded. */
export function whenDomReady(doc: Document, run: () => void): void {
  if (doc.readyState !== 'loading') {
    run();
    return;
  }
  doc.addEventListener('DOMContentLoaded', () => run(), { once: true });
}
