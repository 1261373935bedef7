// The CSS Custom Highlight API of a window (the page's `CSS.highlights` registry and its
// `Highlight` constructor) in the shape utils/render draws with, or null where the browser
// lacks it. The window is passed in: the content script passes the page's, the welcome page
// its own.
import type { HighlightApi } from './mention-highlights';

/** The parts of a window this reads. */
export interface HighlightScope {
  CSS?: unknown;
  Highlight?: unknown;
}

export function highlightApiOf(scope: HighlightScope): HighlightApi | null {
  const registry = (scope.CSS as { highlights?: HighlightApi['registry'] } | undefined)?.highlights;
  const Ctor = scope.Highlight as (new (...r: Range[]) => { add(r: Range): unknown; size: number }) | undefined;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, create: (...ranges) => new Ctor(...ranges) };
}
