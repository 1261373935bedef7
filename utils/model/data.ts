// What Gloss keeps, counted, and what an import merged: the answers the options page shows
// for its data sections (export, import, delete everything).

/** Counts of what Gloss keeps, for "delete everything" and the options page. */
export interface DataCounts {
  highlights: number;
  articles: number;
  knowledge: number;
}

/** Outcome of an import: what was merged. */
export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}
