// Draws saved highlights over the live text with the CSS Custom Highlight API: one highlight
// name per color (gloss-hl-<color>), styled in the content script's manifest CSS. No node of
// the page is touched.
import type { HighlightApi } from '@/utils/render/mention-highlights';

/** Colors the manifest CSS has ::highlight() rules for. */
export const HIGHLIGHT_COLOR_IDS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;

export const highlightName = (color: string) =>
  `gloss-hl-${HIGHLIGHT_COLOR_IDS.includes(color as never) ? color : 'yellow'}`;

export interface DrawableHighlight {
  id: string;
  color: string;
  range: Range;
}

/** Replaces every Gloss highlight drawing with `list`. */
export function drawHighlights(api: HighlightApi, list: readonly DrawableHighlight[]): void {
  const groups = new Map<string, ReturnType<HighlightApi['create']>>();
  for (const h of list) {
    const name = highlightName(h.color);
    let g = groups.get(name);
    if (!g) {
      g = api.create();
      groups.set(name, g);
    }
    g.add(h.range);
  }
  for (const color of HIGHLIGHT_COLOR_IDS) {
    const name = `gloss-hl-${color}`;
    const g = groups.get(name);
    if (g) api.registry.set(name, g);
    else api.registry.delete(name);
  }
}
