// The popup's "People & places": the entities the reader read most this week or this month,
// with the count of the period before as a trend, searchable by name. Choosing one opens its
// entity page. Data comes through the props (the popup's App wires the messages).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PeopleEntry, PeopleList, Period, Trend } from '@/utils/memory/people';
import { nameMatches } from '@/utils/memory/people';
import { plural } from './format';

export interface PeoplePlacesProps {
  load(period: Period): Promise<PeopleList & { off: boolean }>;
  search(query: string): Promise<PeopleEntry[]>;
  onOpen(key: string): void;
  onOpenOptions?(): void;
  /** Called once after the first list (or message) is painted. */
  onPainted?(): void;
}

const TYPE_NOUN = { PER: 'person', LOC: 'place', ORG: 'organization', MISC: 'other' } as const;

function trendText(e: PeopleEntry, period: Period): { symbol: string; text: string } {
  const before = period === 'week' ? 'the week before' : 'the month before';
  const t: Trend = e.trend;
  if (t === 'new') return { symbol: '✦', text: `new, none ${before}` };
  if (t === 'same') return { symbol: '=', text: `same as ${before}` };
  return { symbol: t === 'up' ? '↑' : '↓', text: `${e.previous} ${before}` };
}

export function PeoplePlaces({ load, search, onOpen, onOpenOptions, onPainted }: PeoplePlacesProps) {
  const [period, setPeriod] = useState<Period>('week');
  const [list, setList] = useState<(PeopleList & { off: boolean }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
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

  // Names in the period are filtered here; the whole memory is asked when the query is typed.
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
    }, 120);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [query]);

  const q = query.trim();
  const inPeriod = list ? list.entries.filter((e) => !q || nameMatches(e.name, q)) : [];
  const others = found ? found.filter((f) => !inPeriod.some((e) => e.key === f.key)) : [];
  const periodWord = period === 'week' ? 'this week' : 'this month';

  return (
    <div class="people">
      <div class="people__controls">
        <fieldset class="people__period">
          <legend class="visually-hidden">Period</legend>
          {(['week', 'month'] as const).map((p) => (
            <label key={p}>
              <input type="radio" name="people-period" value={p} checked={period === p} onChange={() => setPeriod(p)} />{' '}
              {p === 'week' ? 'This week' : 'This month'}
            </label>
          ))}
        </fieldset>
        <label class="people__search">
          <span class="visually-hidden">Find a person or place you read about</span>
          <input
            type="search"
            placeholder="Find a name"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
      </div>
      {error && (
        <p class="error" role="alert">
          Could not read your reading history: {error}
        </p>
      )}
      {!list && !error && <p aria-busy="true">Loading…</p>}
      {list?.off && (
        <p role="status">
          Reading history is off, so Gloss keeps no memory of what you read.{' '}
          {onOpenOptions && (
            <button type="button" class="link-button" onClick={() => onOpenOptions()}>
              Settings
            </button>
          )}
        </p>
      )}
      {list && !list.off && list.entries.length === 0 && !q && (
        <p class="muted">No people, places or organizations in what you read {periodWord}.</p>
      )}
      {list && inPeriod.length > 0 && (
        <ol class="people__list" aria-label={`Read most ${periodWord}`}>
          {inPeriod.map((e) => {
            const t = trendText(e, period);
            return (
              <li key={e.key}>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => onOpen(e.key)}
                  aria-label={`${e.name}, ${TYPE_NOUN[e.type]}: ${plural(e.count, 'article', 'articles')} ${periodWord}, ${t.text}`}
                >
                  {e.name}
                </button>{' '}
                <span class="muted" aria-hidden="true">
                  {e.count} <span title={t.text}>{t.symbol}</span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {q && found && others.length > 0 && (
        <>
          <h3>Also in your reading</h3>
          <ul class="people__list">
            {others.map((e) => (
              <li key={e.key}>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => onOpen(e.key)}
                  aria-label={`${e.name}, ${TYPE_NOUN[e.type]}: ${plural(e.count, 'article', 'articles')} in all`}
                >
                  {e.name}
                </button>{' '}
                <span class="muted" aria-hidden="true">
                  {e.count}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {q && found && inPeriod.length === 0 && others.length === 0 && (
        <p class="muted" role="status">
          Nothing you read mentions “{q}”.
        </p>
      )}
      {list && list.skipped > 0 && (
        <p class="muted">
          {plural(list.skipped, 'damaged history entry was', 'damaged history entries were')} left out.
        </p>
      )}
    </div>
  );
}
