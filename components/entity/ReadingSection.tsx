// "Your reading" on the entity page: how many articles, the timeline, and the articles. The
// count and the timeline come from the first answer (the entity-visit index) and do not move;
// the list starts with the newest articles and offers all of them once the full history has
// arrived, which also tells how many damaged rows were left out.
import { useState } from 'preact/hooks';
import { type EntityArticle, type EntityHistory, FIRST_ROWS, timeline, timelineUnit } from '@/utils/memory/entity-view';
import { articles as articlesPhrase } from '@/utils/memory/phrases';
import { ArticlesTable } from './ArticlesTable';
import { Timeline } from './Timeline';

export interface ReadingSectionProps {
  name: string;
  /** When each article that mentions it was read (any order). */
  times: readonly number[];
  /** The newest articles, before the full history arrives. */
  first: readonly EntityArticle[];
  /** The full history, once loaded (null: none mentions it; undefined: still loading). */
  history: EntityHistory | null | undefined;
  now: number;
  locale?: string;
}

export function ReadingSection({ name, times, first, history, now, locale }: ReadingSectionProps) {
  const [showAll, setShowAll] = useState(false);
  const all = history?.articles;
  const unit = timelineUnit(Math.min(...times, now), now);
  const listed = all ? (showAll ? all : all.slice(0, FIRST_ROWS)) : first;
  return (
    <section aria-labelledby="reading-heading">
      <h2 id="reading-heading">Your reading</h2>
      {times.length === 0 ? (
        <p>You have not read an article about {name} with reading history on.</p>
      ) : (
        <>
          <p>
            You read about {name} in {articlesPhrase(times.length)}.
          </p>
          <Timeline points={timeline(times, unit, now)} unit={unit} locale={locale} />
          <ArticlesTable name={name} articles={listed} of={all?.length ?? times.length} locale={locale} />
          {all && !showAll && all.length > FIRST_ROWS && (
            <button type="button" class="link-button" onClick={() => setShowAll(true)}>
              Show all {all.length.toLocaleString('en')} articles
            </button>
          )}
          {history && history.skipped > 0 && (
            <p class="muted">
              {history.skipped} damaged history {history.skipped === 1 ? 'entry was' : 'entries were'} left out.
            </p>
          )}
        </>
      )}
    </section>
  );
}
