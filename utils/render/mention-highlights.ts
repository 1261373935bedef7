// Draws entity mentions over the live text with the CSS Custom Highlight API: one highlight
// per type (gloss-person, gloss-place, gloss-org), no node of the page touched. The registry
// and the Highlight constructor are passed in (the content script passes the page's own).
import type { EntityType, MentionSpan } from '../model/types';
import { rangeFor, type TextMap } from '../article/text-map';

export const HIGHLIGHT_NAMES: Record<Exclude<EntityType, 'MISC'>, string> = {
  PER: 'gloss-person',
  LOC: 'gloss-place',
  ORG: 'gloss-org',
};

/** The parts of `CSS.highlights` and `Highlight` this module needs. */
export interface HighlightApi {
  registry: {
    set(name: string, h: unknown): unknown;
    delete(name: string): boolean;
    has(name: string): boolean;
    get(name: string): unknown;
  };
  create: (...ranges: Range[]) => { add(r: Range): unknown; size: number };
}

export interface DrawOptions {
  types: { PER: boolean; LOC: boolean; ORG: boolean };
  /** 'first': only each entity's first mention is marked. */
  markMode: 'all' | 'first';
}

export interface DrawnMention extends MentionSpan {
  range: Range;
}

/**
 * Registers one highlight per entity type with a range per mention and returns the drawn
 * mentions (sorted by start) for hit-testing. Replaces whatever Gloss drew before.
 */
export function drawMentions(
  api: HighlightApi,
  doc: Document,
  map: TextMap,
  mentions: readonly MentionSpan[],
  opts: DrawOptions,
): DrawnMention[] {
  const groups = new Map<string, ReturnType<HighlightApi['create']>>();
  const drawn: DrawnMention[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'MISC' || !opts.types[m.type]) continue;
    if (opts.markMode === 'first') {
      if (seen.has(m.entityId)) continue;
      seen.add(m.entityId);
    }
    const range = rangeFor(map, m.start, m.end, doc);
    if (!range) continue;
    const name = HIGHLIGHT_NAMES[m.type];
    let h = groups.get(name);
    if (!h) {
      h = api.create();
      groups.set(name, h);
    }
    h.add(range);
    drawn.push({ ...m, range });
  }
  for (const name of Object.values(HIGHLIGHT_NAMES)) {
    const h = groups.get(name);
    if (h) api.registry.set(name, h);
    else api.registry.delete(name);
  }
  drawn.sort((a, b) => a.start - b.start);
  return drawn;
}

/** Removes everything Gloss drew for mentions. */
export function clearMentions(api: HighlightApi): void {
  for (const name of Object.values(HIGHLIGHT_NAMES)) api.registry.delete(name);
}
