// People & places' data as state: the most-read list of the chosen period (read again when
// the period changes), and, while a name is typed, the whole memory's matches (asked once
// typing pauses). Tells the popup once the first list or error is painted.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PeopleEntry, PeopleList, Period } from '@/utils/memory/people';

export interface PeopleSource {
  load(period: Period): Promise<PeopleList & { off: boolean }>;
  search(query: string): Promise<PeopleEntry[]>;
  /** Called once after the first list (or message) is painted. */
  onPainted?(): void;
}

export interface PeopleState {
  list: (PeopleList & { off: boolean }) | null;
  error: string | null;
  /** The whole memory's matches for the query; null while none is typed or asked. */
  found: PeopleEntry[] | null;
}

/** How long typing pauses before the whole memory is searched. */
const SEARCH_AFTER_MS = 120;

export function usePeople(period: Period, query: string, { load, search, onPainted }: PeopleSource): PeopleState {
  const [list, setList] = useState<PeopleState['list']>(null);
  const [error, setError] = useState<string | null>(null);
  const [found, setFound] = useState<PeopleEntry[] | null>(null);
  const painted = useRef(false);

  useEffect(() => {
    let live = true;
    setError(null);
    load(period).then(
      (l) => live && setList(l),
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [period]);

  useEffect(() => {
    if ((list || error) && !painted.current) {
      painted.current = true;
      requestAnimationFrame(() => onPainted?.());
    }
  }, [list, error]);

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setFound(null);
      return;
    }
    let live = true;
    const id = setTimeout(() => {
      search(q).then(
        (r) => live && setFound(r),
        () => live && setFound([]),
      );
    }, SEARCH_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [query]);

  return { list, error, found };
}
