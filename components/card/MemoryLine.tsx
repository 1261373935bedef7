// The card's memory line: what the reader has read about this entity ("You read about X in 3
// articles since March · last on Tuesday: <title>"), a weekly sparkline, the reader's own
// highlights about it (the newest as a quote), and a way to the entity's page. With history
// off it says so and offers the setting.
import type { MemoryView } from '@/utils/memory/memory-line';
import { articles, onDay, sinceMonth } from '@/utils/memory/phrases';
import { Sparkline } from './Sparkline';

export interface MemoryLineProps {
  name: string;
  memory: MemoryView | { status: 'loading' };
  now: number;
  locale?: string;
  onOpenEntityPage?(key: string): void;
  onOpenOptions?(): void;
}

export function MemoryLine({ name, memory, now, locale, onOpenEntityPage, onOpenOptions }: MemoryLineProps) {
  // Loading is brief (one indexed read): nothing is drawn rather than a flash of skeleton.
  if (memory.status === 'loading') return null;
  if (memory.status === 'off') {
    return (
      <section class="gloss-card__section gloss-memory" aria-label="Your reading">
        <p class="gloss-card__note">
          Reading history is off, so Gloss keeps no memory of what you read.{' '}
          {onOpenOptions && (
            <button type="button" class="gloss-linklike" onClick={() => onOpenOptions()}>
              Reading history settings
            </button>
          )}
        </p>
      </section>
    );
  }
  const hl = memory.highlights;
  if (memory.status === 'none' && hl.count === 0) return null;
  return (
    <section class="gloss-card__section gloss-memory" aria-label="Your reading">
      {memory.status === 'ok' && (
        <>
          <p class="gloss-memory__line" data-articles={memory.articles}>
            You read about {name} in {articles(memory.articles)}
            {memory.articles > 1 && <> since {sinceMonth(memory.firstAt, now, locale)}</>} ·{' '}
            {memory.articles > 1 ? 'last ' : ''}on{' '}
            <time dateTime={new Date(memory.last.at).toISOString()}>{onDay(memory.last.at, now, locale)}</time>:{' '}
            <cite>{memory.last.title || memory.last.url}</cite>
          </p>
          {memory.sparkline && <Sparkline weeks={memory.sparkline} />}
        </>
      )}
      {hl.count > 0 && (
        <div class="gloss-memory__highlights">
          <p>
            {hl.count === 1
              ? 'One of your highlights mentions'
              : `${hl.count.toLocaleString('en')} of your highlights mention`}{' '}
            {name}
            {hl.newest ? ', the newest:' : '.'}
          </p>
          {hl.newest && <blockquote class="gloss-memory__quote">{hl.newest.quote}</blockquote>}
        </div>
      )}
      {memory.status === 'ok' && onOpenEntityPage && (
        <button type="button" class="gloss-linklike" onClick={() => onOpenEntityPage(memory.key)}>
          Everything you read about {name}
        </button>
      )}
    </section>
  );
}
