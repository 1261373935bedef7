// The popup's "People & places": the entities the reader read most this week or this month,
// with the count of the period before as a trend, searchable by name. Choosing one opens its
// entity page. Data comes through the props (the popup's App wires the messages).
import { useState } from 'preact/hooks';
import type { Period } from '@/utils/memory/people';
import { nameMatches } from '@/utils/memory/people';
import { plural } from './format';
import { PeopleEntries } from './PeopleEntries';
import { type PeopleSource, usePeople } from './use-people';

export interface PeoplePlacesProps extends PeopleSource {
  onOpen(key: string): void;
  onOpenOptions?(): void;
}

function Controls(props: { period: Period; query: string; onPeriod(p: Period): void; onQuery(q: string): void }) {
  return (
    <div class="people__controls">
      <fieldset class="people__period">
        <legend class="visually-hidden">Period</legend>
        {(['week', 'month'] as const).map((p) => (
          <label key={p}>
            <input
              type="radio"
              name="people-period"
              value={p}
              checked={props.period === p}
              onChange={() => props.onPeriod(p)}
            />{' '}
            {p === 'week' ? 'This week' : 'This month'}
          </label>
        ))}
      </fieldset>
      <label class="people__search">
        <span class="visually-hidden">Find a person or place you read about</span>
        <input
          type="search"
          placeholder="Find a name"
          value={props.query}
          onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
    </div>
  );
}

export function PeoplePlaces({ onOpen, onOpenOptions, ...source }: PeoplePlacesProps) {
  const [period, setPeriod] = useState<Period>('week');
  const [query, setQuery] = useState('');
  const { list, error, found } = usePeople(period, query, source);

  const q = query.trim();
  // Names in the period are filtered here; the whole memory is asked when the query is typed.
  const inPeriod = list ? list.entries.filter((e) => !q || nameMatches(e.name, q)) : [];
  const others = found ? found.filter((f) => !inPeriod.some((e) => e.key === f.key)) : [];
  const periodWord = period === 'week' ? 'this week' : 'this month';

  return (
    <div class="people">
      <Controls period={period} query={query} onPeriod={setPeriod} onQuery={setQuery} />
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
        <PeopleEntries entries={inPeriod} period={period} onOpen={onOpen} aria-label={`Read most ${periodWord}`} />
      )}
      {q && found && others.length > 0 && (
        <>
          <h3>Also in your reading</h3>
          <PeopleEntries entries={others} period={null} onOpen={onOpen} />
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
