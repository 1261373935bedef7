// The popup's search as data: the results for the form (debounced; a request counter drops
// answers that arrive after a newer request was made, so the list always matches the box),
// the first page handed in by the entry (and its live copy), "Show more" paging, and the
// sites seen so far for the site filter. SearchPanel.tsx shows it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/adapters/messaging';
import { messageOf } from '@/utils/model/message-of';
import { buildQuery, EMPTY_FORM, type SearchForm } from '@/utils/search/search-form';
import type { SearchGroup, SearchResult } from '@/utils/search/types';

export type SearchState =
  | { status: 'loading'; result: SearchResult | null }
  | { status: 'ready'; result: SearchResult }
  | { status: 'error'; message: string; result: SearchResult | null };

/** Appends a result page to the groups shown so far: a page's hits may continue its group. */
export function appendGroups(shown: readonly SearchGroup[], more: readonly SearchGroup[]): SearchGroup[] {
  const out = shown.map((g) => ({ ...g, hits: [...g.hits] }));
  for (const g of more) {
    const last = out[out.length - 1];
    if (last && last.url === g.url) last.hits.push(...g.hits);
    else out.push({ ...g, hits: [...g.hits] });
  }
  return out;
}

export const hitCount = (groups: readonly SearchGroup[]) => groups.reduce((n, g) => n + g.hits.length, 0);

export interface SearchOptions {
  pageSize: number;
  debounceMs: number;
  firstPage?: Promise<SearchResult>;
  firstPageLive?: Promise<SearchResult>;
}

export function useSearch(form: SearchForm, { pageSize, debounceMs, firstPage, firstPageLive }: SearchOptions) {
  const [state, setState] = useState<SearchState>({ status: 'loading', result: null });
  const [loadingMore, setLoadingMore] = useState(false);
  const [sites, setSites] = useState<string[]>([]);
  const seq = useRef(0);
  const first = useRef(true);

  const noteSites = (groups: readonly SearchGroup[]) =>
    setSites((prev) => {
      const next = new Set(prev);
      for (const g of groups) if (g.site) next.add(g.site);
      return next.size === prev.length ? prev : [...next];
    });

  useEffect(() => {
    const run = async (prefetched?: Promise<SearchResult>) => {
      const mine = ++seq.current;
      setState((s) => ({ status: 'loading', result: s.result }));
      try {
        const result = await (prefetched ?? sendMessage('searchHighlights', buildQuery(form, 0, pageSize)));
        if (mine !== seq.current) return;
        setState({ status: 'ready', result });
        noteSites(result.groups);
      } catch (err) {
        if (mine !== seq.current) return;
        setState((s) => ({ status: 'error', message: messageOf(err), result: s.result }));
      }
    };
    if (first.current) {
      first.current = false;
      void run(form === EMPTY_FORM ? firstPage : undefined);
      if (form === EMPTY_FORM && firstPageLive) {
        const mine = seq.current;
        firstPageLive.then(
          (live) => {
            if (mine !== seq.current) return; // the reader searched meanwhile
            ++seq.current; // a saved copy still on its way is now out of date
            setState((s) =>
              s.status === 'ready' && JSON.stringify(s.result) === JSON.stringify(live)
                ? s
                : { status: 'ready', result: live },
            );
            noteSites(live.groups);
          },
          () => undefined, // the saved copy stays; a typed query asks again
        );
      }
      return;
    }
    const timer = setTimeout(() => void run(), debounceMs);
    return () => clearTimeout(timer);
  }, [form, debounceMs, pageSize]);

  /** Loads the next page; resolves with the index of its first hit, or null when nothing came. */
  const showMore = async (): Promise<number | null> => {
    if (state.status !== 'ready') return null;
    const mine = seq.current;
    const shown = state.result;
    const offset = hitCount(shown.groups);
    setLoadingMore(true);
    try {
      const more = await sendMessage('searchHighlights', buildQuery(form, offset, pageSize));
      if (mine !== seq.current) return null;
      setState({ status: 'ready', result: { total: more.total, groups: appendGroups(shown.groups, more.groups) } });
      noteSites(more.groups);
      return more.groups.length > 0 ? offset : null;
    } catch (err) {
      if (mine === seq.current) setState({ status: 'error', message: messageOf(err), result: shown });
      return null;
    } finally {
      if (mine === seq.current) setLoadingMore(false);
    }
  };

  return { state, sites, loadingMore, showMore };
}
