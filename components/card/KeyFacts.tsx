// The card's key facts from Wikidata (office, party, born; country, population...), shown when
// the reader expands the card. Every state says what happened, in words.
import type { FactsResult } from '@/utils/knowledge/types';
import { FactList } from './FactList';
import { formatDate, secondsUntil } from './format';
import { Skeleton } from './Skeleton';

export interface KeyFactsProps {
  /** The entity's name as the reader knows it (for messages). */
  name: string;
  facts: FactsResult | { status: 'loading' };
  locale?: string;
  now: number;
}

/** The "Key facts" section (heading level 2, under the card's title). */
export function KeyFacts({ name, facts, locale, now }: KeyFactsProps) {
  return (
    <section class="gloss-card__section" aria-labelledby="gloss-facts-heading">
      <h2 id="gloss-facts-heading">Key facts</h2>
      <FactsBody name={name} facts={facts} locale={locale} now={now} />
    </section>
  );
}

function FactsBody({ name, facts, locale, now }: KeyFactsProps) {
  switch (facts.status) {
    case 'loading':
      return <Skeleton label={`Loading facts about ${name}…`} lines={3} />;
    case 'not-found':
      return <p class="gloss-card__message">Wikidata has no facts about “{name}”.</p>;
    case 'offline':
      return <p class="gloss-card__message">You're offline and Gloss has no facts saved about {name}.</p>;
    case 'rate-limited':
      return (
        <p class="gloss-card__message" role="status">
          Wikidata asked Gloss to slow down; try again in {secondsUntil(facts.retryAt, now)} s.
        </p>
      );
    case 'error':
      return (
        <p class="gloss-card__message" role="alert">
          Gloss couldn't load facts about {name}: {facts.message}
        </p>
      );
    case 'ok': {
      const saved = facts.offline ? formatDate(facts.fetchedAt, locale) : null;
      const list = facts.value.facts;
      return (
        <>
          {saved && (
            <p class="gloss-card__note" role="status">
              You're offline — showing facts Gloss saved on <time dateTime={saved.datetime}>{saved.text}</time>.
            </p>
          )}
          {list.length === 0 ? (
            <p class="gloss-card__message">Wikidata lists no key facts about {name}.</p>
          ) : (
            <FactList facts={list} locale={locale} />
          )}
        </>
      );
    }
  }
}
