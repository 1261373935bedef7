// Opening a search result from the popup: bring an already open tab of the highlight's page
// to the front, or open the page in a new tab scrolled to the quote with a text fragment.
// The browser functions are passed in so the logic runs in unit tests without a browser.
import type { Highlight } from '@/utils/model/types';
import type { OpenOutcome } from '@/utils/model/open-outcome';
import { normalizedOrNull } from '@/utils/url/normalize-url';

/** The few tab and window functions opening a highlight needs (a subset of `browser`). */
export interface TabsApi {
  queryTabs(): Promise<Array<{ id?: number; url?: string; windowId?: number; active?: boolean }>>;
  activateTab(tabId: number): Promise<unknown>;
  focusWindow(windowId: number): Promise<unknown>;
  createTab(url: string): Promise<{ id?: number }>;
}

/** How many words of the quote the text fragment carries: enough to be unique, short enough to survive small edits. */
export const FRAGMENT_WORDS = 8;

/**
 * Encodes text for a `#:~:text=` directive. Besides what encodeURIComponent escapes, the
 * directive's own syntax characters must be escaped: `-` (prefix/suffix marker) and `,`
 * (range separator; already escaped) and `&` (directive separator; already escaped).
 */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The page URL with a text fragment for the first {@link FRAGMENT_WORDS} words of the
 * quote. A URL that already has a fragment (a `#!` route) gets the directive appended
 * after it, as the text-fragment syntax allows.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.trim().split(/\s+/).filter(Boolean).slice(0, FRAGMENT_WORDS).join(' ');
  if (!words) return url;
  const directive = `:~:text=${encodeFragmentText(words)}`;
  return url.includes('#') ? `${url}${directive}` : `${url}#${directive}`;
}

/**
 * Opens a highlight: focuses a tab whose URL normalizes to the highlight's URL (preferring
 * an active one), else opens the page in a new tab with a text fragment for the quote.
 */
export async function openHighlight(h: Pick<Highlight, 'url' | 'quote'>, api: TabsApi): Promise<OpenOutcome> {
  const tabs = await api.queryTabs();
  const matching = tabs.filter((t) => t.id !== undefined && normalizedOrNull(t.url) === h.url);
  const tab = matching.find((t) => t.active) ?? matching[0];
  if (tab && tab.id !== undefined) {
    await api.activateTab(tab.id);
    if (tab.windowId !== undefined) await api.focusWindow(tab.windowId);
    return { kind: 'focused', tabId: tab.id };
  }
  const url = textFragmentUrl(h.url, h.quote);
  const created = await api.createTab(url);
  return { kind: 'created', tabId: created.id, url };
}
