// The popup's first screen as the background saves it and the popup paints it
// (entrypoints/background/first-screen.ts keeps it, utils/adapters/first-screen-item.ts stores it).
import type { SearchResult } from '../search/types';

export interface FirstScreen {
  result: SearchResult;
  /** When it was computed (ms since epoch). */
  at: number;
  /** The highlights' write generation it was listed at (absent in older copies). */
  generation?: number;
}
