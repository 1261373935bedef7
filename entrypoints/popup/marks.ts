// Names of the popup's performance marks (read by bench/search-browser.ts).
export const POPUP_MARKS = {
  /** The popup's module script starts running. */
  scriptStart: 'gloss:popup-script-start',
  /** The first search request is sent to the background. */
  firstRequest: 'gloss:popup-first-request',
  /** The first results are in the DOM. */
  firstResults: 'gloss:popup-first-results',
} as const;
