// The popup's first screen, kept ready: the first page of the empty query (newest highlights,
// grouped by page), written to extension-only local storage shortly after every change to the
// highlights. The popup paints it at once — one small storage read instead of opening
// IndexedDB, which after a browser start waits behind the background's own reads (170 ms of a
// 370 ms first screen) — then asks the background for the live page and replaces what it
// showed only if that differs. Timers and storage are passed in.
import type { FirstScreen } from '@/utils/model/first-screen';
import type { SearchResult } from '@/utils/search/types';

export interface FirstScreenDeps {
  /**
   * The first page of the empty query, straight from the database: not through the store's
   * search, which would start loading the whole index on every background start.
   */
  list(): Promise<SearchResult>;
  /** The highlights' current write generation (bumped by every write transaction). */
  generation(): Promise<number>;
  /** The saved copy, if any. */
  load(): Promise<FirstScreen | null>;
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
  /** Recompute now; resolves when saved. A failure clears the copy, never keeps a stale one. */
  refresh(): Promise<void>;
  /**
   * At start: recompute only if the copy is missing or older than the highlights (a write
   * the last background did not get to save, or another version's writes). One small read
   * otherwise: the MV3 worker starts often.
   */
  refreshIfStale(): Promise<void>;
}

export function keepFirstScreen(deps: FirstScreenDeps): FirstScreenKeeper {
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;
  /** `known`: the generation just read by the caller (saves reading it again). */
  const refresh = async (known?: number): Promise<void> => {
    if (running) {
      again = true; // one more pass once this one is saved, so the last change is in it
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          // The generation first: a write after it makes the copy look older, never newer.
          const generation = known ?? (await deps.generation());
          known = undefined;
          await deps.save({ result: await deps.list(), at: deps.now(), generation });
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
    refresh: () => refresh(),
    async refreshIfStale() {
      let generation: number | undefined;
      try {
        const [saved, current] = await Promise.all([deps.load(), deps.generation()]);
        if (saved && saved.generation === current) return;
        generation = current;
      } catch {
        // unreadable: recompute
      }
      await refresh(generation);
    },
  };
}
