// What opening a popup search result did (entrypoints/background/open-highlight.ts): the
// popup shows it, the background acts on it.

/** Focused an open tab of the highlight's page, or opened the page in a new tab. */
export type OpenOutcome =
  | { kind: 'focused'; tabId: number }
  | { kind: 'created'; tabId: number | undefined; url: string };
