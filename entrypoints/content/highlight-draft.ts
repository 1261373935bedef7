// A new highlight from a range of the page: its quote with 32 characters of context on each
// side and its text position (utils/anchoring's selectors, so that it anchors again later),
// the page it is on, its color and the entities it mentions. Nothing is saved here.
import { buildTextIndex, describeOffsets } from '@/utils/anchoring';
import type { NewHighlight } from '@/utils/model/types';
import { EXCLUDE } from './highlight-set';

export interface DraftPage {
  url: string;
  title: string;
  site: string;
}

/** The highlight to save for `range`, or null when it holds no text. */
export function draftHighlight(
  body: HTMLElement,
  range: Range,
  page: DraftPage,
  color: string,
  entities: { keys: string[]; names: string[] },
): NewHighlight | null {
  const index = buildTextIndex(body, { exclude: EXCLUDE });
  const { start, end } = index.rangeToOffsets(range);
  const selectors = describeOffsets(index, start, end);
  if (!selectors?.quote.exact.trim()) return null;
  return {
    url: page.url,
    title: page.title,
    site: page.site,
    quote: selectors.quote.exact,
    prefix: selectors.quote.prefix,
    suffix: selectors.quote.suffix,
    start: selectors.position?.start ?? start,
    end: selectors.position?.end ?? end,
    color,
    note: '',
    tags: [],
    entityIds: entities.keys,
    entityNames: entities.names,
  };
}
