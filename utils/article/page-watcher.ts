// Decides when the page pipeline must (re)run: at start, when the URL changes in-page
// (history.pushState / popstate, as news sites navigate), and when the article arrives late
// (DOM mutations, debounced). Runs are keyed by URL + a cheap fingerprint of the body text
// so the same article is never processed twice. Timers and observers come from the caller
// (the content script passes WXT's context-aware ones so all stops when Gloss is reloaded).

export interface WatcherDeps {
  /** Current page URL (without the fragment). */
  url(): string;
  /** A cheap fingerprint of the page's content (e.g. body text length in buckets). */
  fingerprint(): string;
  /** Subscribe to in-page URL changes; returns unsubscribe. */
  onUrlChange(cb: () => void): () => void;
  /** Subscribe to DOM changes; returns unsubscribe. */
  onMutation(cb: () => void): () => void;
  now(): number;
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface WatcherOptions {
  /** Quiet time after the last mutation before re-running. */
  debounceMs: number;
  /** Stop watching for a late article this long after the last URL change. */
  lateArticleWindowMs: number;
}

export type RunOutcome = 'article' | 'not-article' | 'off';

/**
 * Starts watching. `run` is called with the reason; its outcome tells whether to keep
 * watching for a late article ("not-article") or to follow re-renders of the found one.
 */
export function watchPage(
  deps: WatcherDeps,
  run: (reason: 'start' | 'url-change' | 'mutation') => Promise<RunOutcome>,
  opts: WatcherOptions = { debounceMs: 600, lateArticleWindowMs: 60_000 },
): () => void {
  let lastKey = '';
  let running = false;
  let again: 'url-change' | 'mutation' | null = null;
  let timer = -1;
  let windowStart = deps.now();
  let lastOutcome: RunOutcome | null = null;

  const key = () => `${deps.url()}#${deps.fingerprint()}`;

  const trigger = async (reason: 'start' | 'url-change' | 'mutation') => {
    if (running) {
      again = reason === 'url-change' || again === 'url-change' ? 'url-change' : 'mutation';
      return;
    }
    const k = key();
    if (k === lastKey && reason !== 'start') return;
    lastKey = k;
    running = true;
    try {
      lastOutcome = await run(reason);
    } finally {
      running = false;
    }
    if (again) {
      const r = again;
      again = null;
      void trigger(r);
    }
  };

  const stopUrl = deps.onUrlChange(() => {
    windowStart = deps.now();
    void trigger('url-change');
  });
  const stopMut = deps.onMutation(() => {
    if (lastOutcome === 'off') return;
    if (lastOutcome === 'not-article' && deps.now() - windowStart > opts.lateArticleWindowMs) return;
    if (timer >= 0) deps.clearTimeout(timer);
    timer = deps.setTimeout(() => {
      timer = -1;
      void trigger('mutation');
    }, opts.debounceMs);
  });
  void trigger('start');
  return () => {
    stopUrl();
    stopMut();
    if (timer >= 0) deps.clearTimeout(timer);
  };
}
