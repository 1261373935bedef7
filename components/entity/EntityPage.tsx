// The entity page: everything the reader has read about one person, place or organization —
// a timeline, the articles (date, site, mentions), their highlights and notes, what was read
// with it, and its background (the card's summary). It paints from the first, small answer
// (count, timeline, newest articles) and fills in the rest when the full history arrives.
// Text only; links only to http(s) pages and to other entity pages. Props in, events out:
// entrypoints/entity wires the messages.
import type { EntityPageDetails, EntityPageStart } from '@/utils/memory/entity-view';
import { BackgroundSection, type BackgroundState } from './BackgroundSection';
import { HighlightsSection } from './HighlightsSection';
import type { Loadable } from './loadable';
import { ReadingSection } from './ReadingSection';
import { TogetherSection } from './TogetherSection';

export interface EntityPageProps {
  entityKey: string;
  data: Loadable<EntityPageStart & { off: boolean }>;
  /** What follows the first paint; loading until then (an error keeps the first page's list). */
  details: Loadable<EntityPageDetails>;
  background: BackgroundState;
  now: number;
  locale?: string;
  /** Href of another entity's page. */
  entityHref(key: string): string;
  onOpenOptions?(): void;
}

function HistoryOff({ onOpenOptions }: { onOpenOptions?(): void }) {
  return (
    <p class="note" role="status">
      Reading history is off: Gloss records nothing new.{' '}
      {onOpenOptions && (
        <button type="button" class="link-button" onClick={() => onOpenOptions()}>
          Reading history settings
        </button>
      )}
    </p>
  );
}

export function EntityPage({
  entityKey,
  data,
  details,
  background,
  now,
  locale,
  entityHref,
  onOpenOptions,
}: EntityPageProps) {
  if (data.status === 'loading')
    return (
      <main class="entity">
        <p aria-busy="true">Loading what you read…</p>
      </main>
    );
  if (data.status === 'error')
    return (
      <main class="entity">
        <h1>Gloss</h1>
        <p class="error" role="alert">
          {data.message}
        </p>
      </main>
    );
  const start = data.value;
  // An entity never read (a Wikidata id from a card) is named by its background when known.
  const name = (start.memory ? start.name : backgroundTitle(background)) || start.name || entityKey;
  const more = details.status === 'ok' ? details.value : null;
  return (
    <main class="entity">
      <h1>{name}</h1>
      {start.off && <HistoryOff onOpenOptions={onOpenOptions} />}
      <BackgroundSection background={background} />
      <ReadingSection
        name={name}
        times={start.times}
        first={start.articles}
        history={more ? more.history : undefined}
        now={now}
        locale={locale}
      />
      {details.status === 'error' && (
        <p class="error" role="alert">
          The rest of your reading could not be loaded: {details.message}
        </p>
      )}
      {details.status !== 'error' && <HighlightsSection name={name} highlights={more?.highlights} locale={locale} />}
      {more?.history && <TogetherSection name={name} together={more.history.together} entityHref={entityHref} />}
    </main>
  );
}

function backgroundTitle(b: BackgroundState): string | null {
  return b && b.status === 'ok' ? b.value.title : null;
}
