// Expressions the e2e tests evaluate in a page's main world (as strings, so both browser
// drivers can run them), and the list of browsers a run covers.
import type { BrowserName } from './browsers';

/** Browsers to run: GLOSS_E2E_BROWSERS="chromium,firefox" (both by default). */
export const E2E_BROWSERS: BrowserName[] = (process.env.GLOSS_E2E_BROWSERS ?? 'chromium,firefox').split(
  ',',
) as BrowserName[];

/** Viewport centre of the first occurrence of `word` right before `after` in the article. */
export const wordCenter = (word: string, after: string) => `(() => {
  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(${JSON.stringify(word + after)});
    if (i < 0) continue;
    const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + ${word.length});
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
})()`;

/** The card frame's visible text. */
export const CARD_TEXT = `document.body.innerText`;

/**
 * Every highlight in the background's IndexedDB, read from an extension page (`inExtension`):
 * what Gloss stored, independent of its own code paths. Empty when the store is not there yet.
 */
export const STORED_HIGHLIGHTS = `new Promise((res) => { const r = indexedDB.open('gloss'); r.onsuccess = () => { try { const q = r.result.transaction('highlights').objectStore('highlights').getAll(); q.onsuccess = () => res(q.result); q.onerror = () => res([]); } catch { res([]); } }; r.onerror = () => res([]); })`;

/** Selects the article paragraph whose text is `sentence`, scrolls to it, and returns the selection's text. */
export const selectParagraph = (sentence: string) => `(() => {
  const p = [...document.querySelectorAll('article p')].find((x) => x.textContent.trim() === ${JSON.stringify(sentence)});
  const r = document.createRange(); r.selectNodeContents(p);
  const s = getSelection(); s.removeAllRanges(); s.addRange(r);
  p.scrollIntoView({ block: 'center' });
  return s.toString().trim();
})()`;
