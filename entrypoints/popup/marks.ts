// Names of the popup's performance marks (read by bench/search-browser.ts).
export const POPUP_MARKS = {
  /** The popup's module script starts running. */
  scriptStart: 'gloss:popup-script-start',
  /** The first page of recent highlights is requested (from the database). */
  firstRequest: 'gloss:popup-first-request',
  /** The first page of recent highlights has been read. */
  firstResponse: 'gloss:popup-first-response',
  /** The first results are in the DOM. */
  firstResults: 'gloss:popup-first-results',
  /** The frame after that: the first results have been painted. */
  firstPaintedResults: 'gloss:popup-first-results-painted',
  /** People & places: its list is requested, and the frame after it is in the DOM (bench/memory.ts). */
  peopleRequest: 'gloss:popup-people-request',
  peoplePainted: 'gloss:popup-people-painted',
} as const;
