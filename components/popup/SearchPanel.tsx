// Search as you type over every highlight: the search box, filters, and the grouped results
// with paging (the requests and their order: use-search.ts).
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { hitCount, useSearch } from './use-search';
import type { Highlight } from '@/utils/model/types';
import { EMPTY_FORM, PAGE_SIZE, formFilters, type SearchForm } from '@/utils/search/search-form';
import type { SearchResult } from '@/utils/search/types';
import type { HighlightColor } from '@/utils/model/settings';
import { ResultList, hitButtons } from './ResultList';
import { SearchFilters } from './SearchFilters';
import { plural } from './format';

export interface SearchPanelProps {
  colors: readonly HighlightColor[];
  onOpen(h: Highlight): void;
  /** Wait after the last keystroke before searching. */
  debounceMs?: number;
  pageSize?: number;
  /**
   * The empty query's first page, already requested by the entry before the first render
   * (so the request does not wait for mounting and effects): used for the first search.
   */
  firstPage?: Promise<SearchResult>;
  /**
   * The same page, live, when `firstPage` may be a saved copy: it replaces what is shown if
   * it differs and the reader has not searched meanwhile.
   */
  firstPageLive?: Promise<SearchResult>;
  /** Called once, when the first results (of any query) are in the DOM. */
  onFirstResults?(): void;
}

export function SearchPanel({
  colors,
  onOpen,
  debounceMs = 60,
  pageSize = PAGE_SIZE,
  firstPage,
  firstPageLive,
  onFirstResults,
}: SearchPanelProps) {
  const [form, setForm] = useState<SearchForm>(EMPTY_FORM);
  const search = useSearch(form, { pageSize, debounceMs, firstPage, firstPageLive });
  const { state, sites, loadingMore } = search;
  const input = useRef<HTMLInputElement>(null);
  const resultsRoot = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);

  // A layout effect runs right after the commit: the results are in the DOM when it fires.
  const shownFirst = useRef(false);
  useLayoutEffect(() => {
    if (shownFirst.current || state.status !== 'ready') return;
    shownFirst.current = true;
    onFirstResults?.();
  }, [state.status]);

  // After "Show more", focus the first new hit so keyboard readers continue where they were.
  useEffect(() => {
    if (focusFrom.current === null || !resultsRoot.current) return;
    hitButtons(resultsRoot.current)[focusFrom.current]?.focus();
    focusFrom.current = null;
  });

  const showMore = async () => {
    focusFrom.current = await search.showMore();
  };

  const change = (patch: Partial<SearchForm>) => setForm((f) => ({ ...f, ...patch }));
  const result = state.result;
  const shownCount = result ? hitCount(result.groups) : 0;
  const text = form.text.trim();
  const filtered = Object.keys(formFilters(form)).length > 0;

  const statusLine = state.status === 'ready' ? statusLineOf(state.result.total, text, filtered) : null;

  return (
    <div class="search" aria-busy={state.status === 'loading' ? 'true' : 'false'}>
      <div class="search__box">
        <label for="search-input">Search your highlights</label>
        <input
          ref={input}
          id="search-input"
          type="search"
          value={form.text}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="search-help"
          onInput={(e) => change({ text: (e.currentTarget as HTMLInputElement).value })}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowDown' || !resultsRoot.current) return;
            const firstHit = hitButtons(resultsRoot.current)[0];
            if (firstHit) {
              e.preventDefault();
              firstHit.focus();
            }
          }}
        />
        <p id="search-help" class="help">
          Words match anywhere. <code>"exact phrase"</code> keeps words together; <code>-word</code> excludes.
        </p>
      </div>
      <SearchFilters form={form} colors={colors} sites={sites} onChange={change} />
      <p class="search__status" role="status">
        {statusLine}
      </p>
      {state.status === 'error' && (
        <p class="error" role="alert">
          Search failed: {state.message}
        </p>
      )}
      <div ref={resultsRoot}>
        {result && result.groups.length > 0 && (
          <ResultList groups={result.groups} colors={colors} onOpen={onOpen} onExitTop={() => input.current?.focus()} />
        )}
      </div>
      {state.status === 'ready' && shownCount < result!.total && (
        <button type="button" class="more" onClick={() => void showMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : `Show more (${(result!.total - shownCount).toLocaleString()} left)`}
        </button>
      )}
    </div>
  );
}

/** What the status line says about `total` results of the query `text` (with filters or not). */
function statusLineOf(total: number, text: string, filtered: boolean): string {
  if (total > 0) return `${plural(total, 'highlight', 'highlights')}${text || filtered ? ' found' : ''}`;
  if (text) return `No matches for “${text}”${filtered ? ' with these filters' : ''}.`;
  return filtered
    ? 'No highlights match these filters.'
    : 'No highlights yet. Select text on an article and choose a color to keep it here.';
}
