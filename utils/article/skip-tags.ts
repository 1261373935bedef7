// Elements whose text is not the page's readable text: its scripts, styles, <noscript>
// fallbacks and inert <template>s. One set for every walk over page text (the TextMap, the
// text stream, the anchoring index), so they agree on what text is.

/** Local names (lower case) of the elements whose text is skipped. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/** Whether the text under `el` is not readable page text. */
export function isNonTextElement(el: Element): boolean {
  return NON_TEXT_TAGS.has(el.localName);
}
