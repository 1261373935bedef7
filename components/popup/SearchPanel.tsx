// Search as you type over every highlight: the search box, filters, and the grouped results
// with paging. Requests are debounced, and a request counter drops responses that arrive
// after a newer request was made, so the list always matches what the box says.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/model/types';
import { sendMessage } from '@/utils/adapters/messaging';
import { buildQuery, EMPTY_FORM, PAGE_SIZE, formFilters, type SearchForm } from '@/utils/search/search-form';
import type { SearchGroup, SearchResult } from '@/utils/search/types';
import type { HighlightColor } from '@/utils/model/settings';
import { ResultList, hitButtons } from './ResultList';
import { SearchFilters } from './SearchFilters';
import { plural } from './format';
import { messageOf } from '@/utils/model/message-of';

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

type State =
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

const hitCount = (groups: readonly SearchGroup[]) => groups.reduce((n, g) => n + g.hits.length, 0);
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
  const [state, setState] = useState<State>({ status: 'loading', result: null });
  const [loadingMore, setLoadingMore] = useState(false);
  const [sites, setSites] = useState<string[]>([]);
  const seq = useRef(0);
  const first = useRef(true);
  const input = useRef<HTMLInputElement>(null);
  const resultsRoot = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);

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
    if (state.status !== 'ready') return;
    const mine = seq.current;
    const shown = state.result;
    const offset = hitCount(shown.groups);
    setLoadingMore(true);
    try {
      const more = await sendMessage('searchHighlights', buildQuery(form, offset, pageSize));
      if (mine !== seq.current) return;
      focusFrom.current = more.groups.length > 0 ? offset : null;
      setState({ status: 'ready', result: { total: more.total, groups: appendGroups(shown.groups, more.groups) } });
      noteSites(more.groups);
    } catch (err) {
      if (mine === seq.current) setState({ status: 'error', message: messageOf(err), result: shown });
    } finally {
      if (mine === seq.current) setLoadingMore(false);
    }
  };

  const change = (patch: Partial<SearchForm>) => setForm((f) => ({ ...f, ...patch }));
  const result = state.result;
  const shownCount = result ? hitCount(result.groups) : 0;
  const text = form.text.trim();
  const filtered = Object.keys(formFilters(form)).length > 0;

  let statusLine: string | null = null;
  if (state.status === 'ready') {
    if (result!.total === 0) {
      statusLine = text
        ? `No matches for “${text}”${filtered ? ' with these filters' : ''}.`
        : filtered
          ? 'No highlights match these filters.'
          : 'No highlights yet. Select text on an article and choose a color to keep it here.';
    } else {
      statusLine = `${plural(result!.total, 'highlight', 'highlights')}${text || filtered ? ' found' : ''}`;
    }
  }

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
