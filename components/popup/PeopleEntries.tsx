// One list of People & places: each entity a button that opens its page, with its count (and
// the trend against the period before, for the period's list), spoken in full for screen readers.
import type { PeopleEntry, Period, Trend } from '@/utils/memory/people';
import { plural } from './format';

const TYPE_NOUN = { PER: 'person', LOC: 'place', ORG: 'organization', MISC: 'other' } as const;

function trendText(e: PeopleEntry, period: Period): { symbol: string; text: string } {
  const before = period === 'week' ? 'the week before' : 'the month before';
  const t: Trend = e.trend;
  if (t === 'new') return { symbol: '✦', text: `new, none ${before}` };
  if (t === 'same') return { symbol: '=', text: `same as ${before}` };
  return { symbol: t === 'up' ? '↑' : '↓', text: `${e.previous} ${before}` };
}

export interface PeopleEntriesProps {
  entries: readonly PeopleEntry[];
  /** The period the counts are for (with trends), or null for counts over all the reading. */
  period: Period | null;
  onOpen(key: string): void;
  'aria-label'?: string;
}

export function PeopleEntries({ entries, period, onOpen, 'aria-label': label }: PeopleEntriesProps) {
  const periodWord = period === 'week' ? 'this week' : 'this month';
  const items = entries.map((e) => {
    const t = period ? trendText(e, period) : null;
    const spoken = `${e.name}, ${TYPE_NOUN[e.type]}: ${plural(e.count, 'article', 'articles')} ${t ? `${periodWord}, ${t.text}` : 'in all'}`;
    return (
      <li key={e.key}>
        <button type="button" class="link-button" onClick={() => onOpen(e.key)} aria-label={spoken}>
          {e.name}
        </button>{' '}
        <span class="muted" aria-hidden="true">
          {e.count}
          {t && (
            <>
              {' '}
              <span title={t.text}>{t.symbol}</span>
            </>
          )}
        </span>
      </li>
    );
  });
  return period ? (
    <ol class="people__list" aria-label={label}>
      {items}
    </ol>
  ) : (
    <ul class="people__list">{items}</ul>
  );
}
