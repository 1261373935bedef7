// The popup's first screen, kept ready: the first page of the empty query (newest highlights,
// grouped by page), written to extension-only local storage shortly after every change to the
// highlights. The popup paints it at once — one small storage read instead of opening
// IndexedDB, which after a browser start waits behind the background's own reads (170 ms of a
// 370 ms first screen) — then asks the background for the live page and replaces what it
// showed only if that differs. Timers and storage are passed in.
import type { SearchResult } from '../search/types';

export interface FirstScreen {
  result: SearchResult;
  /** When it was computed (ms since epoch). */
  at: number;
}

export interface FirstScreenDeps {
  /** The first page of the empty query, from the store. */
  list(): Promise<SearchResult>;
  save(screen: FirstScreen | null): Promise<void>;
  now(): number;
  setTimeout(cb: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  /** Quiet time after the last change before the screen is recomputed. */
  delayMs?: number;
}

export interface FirstScreenKeeper {
  /** The highlights changed: recompute after a quiet moment. */
  changed(): void;
  /** Recompute now (at start); resolves when saved. A failure clears the cache, never keeps a stale one. */
  refresh(): Promise<void>;
}

export function keepFirstScreen(deps: FirstScreenDeps): FirstScreenKeeper {
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;
  const refresh = async (): Promise<void> => {
    if (running) {
      again = true; // one more pass once this one is saved, so the last change is in it
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await deps.save({ result: await deps.list(), at: deps.now() });
        } catch (err) {
          await deps.save(null).catch(() => undefined);
          console.warn('[Gloss] the popup first screen could not be prepared', err);
        }
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
  return {
    changed() {
      if (timer !== null) deps.clearTimeout(timer);
      timer = deps.setTimeout(() => {
        timer = null;
        void refresh();
      }, deps.delayMs ?? 250);
    },
    refresh,
  };
}
