// The hover card: who or what a mention is (Wikipedia's title, description, a short extract
// and a thumbnail), key facts on request, and related stories. Every state says what happened
// ("No Wikipedia article matches “X” as a person", "You're offline — showing what Gloss saved
// on …"). Text only: nothing from the network is ever parsed as HTML, and only http(s) URLs
// become links or images. A non-modal dialog that Esc closes; never aria-hidden.
import { useEffect, useState } from 'preact/hooks';
import type { Background } from '@/utils/knowledge/types';
import { CARD_MAX_HEIGHT, type CardContent } from '@/utils/model/card';
import { safeHttpUrl } from '@/utils/knowledge/sanitize';
import { ExternalLink } from './ExternalLink';
import { formatDate, secondsUntil, typeNoun, typePhrase } from './format';
import { KeyFacts } from './KeyFacts';
import { RelatedStories } from './RelatedStories';
import { Skeleton } from './Skeleton';

/** Everything the card shows (utils/model/card.ts), and what it can ask for. */
export interface CardModel extends CardContent {
  /** The reader asked for key facts. */
  onExpand?(): void;
  /** Close button or Esc. */
  onClose?(): void;
  /** Locale for dates and numbers; the browser's by default. */
  locale?: string;
  /** Height the placement left for the card (px); it scrolls inside beyond that. */
  maxHeight?: number;
}

/** Thumbnail size in CSS pixels (fixed, so the card does not jump when the image loads). */
export const THUMBNAIL_SIZE = 64;

/** The hover card for one mention. */
export function Card({ model }: { model: CardModel }) {
  const { mention, background, facts, related, onExpand, onClose, locale, maxHeight } = model;
  const now = useNow(background.status === 'rate-limited' || facts?.status === 'rate-limited');
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && onClose) {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  const ok = background.status === 'ok' ? background : null;
  return (
    <div
      class="gloss-card"
      role="dialog"
      aria-label={`About ${mention.name}`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={
        maxHeight !== undefined && maxHeight > 0
          ? { maxHeight: `${Math.min(CARD_MAX_HEIGHT, maxHeight)}px` }
          : undefined
      }
    >
      {onClose && (
        <button
          type="button"
          class="gloss-card__close"
          aria-label={`Close card about ${mention.name}`}
          onClick={() => onClose()}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
      <div class="gloss-card__body">
        {background.status === 'ok' ? (
          <BackgroundView
            background={background.value}
            offlineSince={background.offline ? background.fetchedAt : undefined}
            locale={locale}
          />
        ) : (
          <BackgroundStatus mention={mention} background={background} now={now} />
        )}
        {ok && facts && <KeyFacts name={ok.value.title} facts={facts} locale={locale} now={now} />}
        {ok && !facts && onExpand && ok.value.wikidataId && (
          <button type="button" class="gloss-card__more" aria-expanded="false" onClick={() => onExpand()}>
            More facts
          </button>
        )}
        {related && <RelatedStories name={ok ? ok.value.title : mention.name} related={related} locale={locale} />}
      </div>
    </div>
  );
}

/** The current time, ticking every second while `live` (for "try again in N s"). */
function useNow(live: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!live) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [live]);
  return now;
}

function BackgroundView({
  background: b,
  offlineSince,
  locale,
}: {
  background: Background;
  offlineSince?: number;
  locale?: string;
}) {
  const thumb = b.thumbnail ? safeHttpUrl(b.thumbnail.url) : undefined;
  const saved = offlineSince !== undefined ? formatDate(offlineSince, locale) : null;
  return (
    <>
      {saved && (
        <p class="gloss-card__note" role="status">
          You're offline — showing what Gloss saved on <time dateTime={saved.datetime}>{saved.text}</time>.
        </p>
      )}
      <header class="gloss-card__header">
        {thumb && (
          <img
            class="gloss-card__thumb"
            src={thumb}
            alt={`From the Wikipedia article “${b.title}”`}
            width={THUMBNAIL_SIZE}
            height={THUMBNAIL_SIZE}
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
          />
        )}
        <div class="gloss-card__heading">
          <h1 class="gloss-card__title">{b.title}</h1>
          {b.description && <p class="gloss-card__description">{b.description}</p>}
        </div>
      </header>
      {!b.typeChecked && (
        <p class="gloss-card__note">Gloss couldn't check with Wikidata that this is {typePhrase(b.type)}.</p>
      )}
      {b.extract && <p class="gloss-card__extract">{b.extract}</p>}
      <p class="gloss-card__source">
        From{' '}
        <ExternalLink href={b.url} aria-label={`Wikipedia: ${b.title}`}>
          Wikipedia
        </ExternalLink>
      </p>
    </>
  );
}

function BackgroundStatus({
  mention,
  background,
  now,
}: {
  mention: CardModel['mention'];
  background: Exclude<CardModel['background'], { status: 'ok' }>;
  now: number;
}) {
  const title = <h1 class="gloss-card__title">{mention.name}</h1>;
  switch (background.status) {
    case 'loading':
      return (
        <>
          {title}
          <Skeleton label={`Looking up ${mention.name}…`} lines={4} />
        </>
      );
    case 'not-found':
      return (
        <>
          {title}
          <p class="gloss-card__message">
            No Wikipedia article matches “{mention.name}” as {typePhrase(mention.type)}.
          </p>
        </>
      );
    case 'offline':
      return (
        <>
          {title}
          <p class="gloss-card__message" role="status">
            You're offline and Gloss has nothing saved about {mention.name}.
          </p>
        </>
      );
    case 'rate-limited':
      return (
        <>
          {title}
          <p class="gloss-card__message" role="status">
            Wikipedia asked Gloss to slow down; try again in {secondsUntil(background.retryAt, now)} s.
          </p>
        </>
      );
    case 'error':
      return (
        <>
          {title}
          <p class="gloss-card__message" role="alert">
            Gloss couldn't look up this {typeNoun(mention.type)}: {background.message}
          </p>
        </>
      );
  }
}
