// The entity page: everything the reader has read about one person, place or organization —
// a timeline, the articles (date, site, mentions), their highlights and notes, what was read
// with it, and its background (the card's summary). Text only; links only to http(s) pages
// and to other entity pages. Props in, events out: entrypoints/entity wires the messages.
import { useState } from 'preact/hooks';
import type { BackgroundResult } from '@/utils/knowledge/types';
import { safeHttpUrl } from '@/utils/knowledge/sanitize';
import { type EntityPageData, timeline, timelineUnit } from '@/utils/memory/entity-view';
import { articles as articlesPhrase } from '@/utils/memory/phrases';
import type { EntityType } from '@/utils/model/types';
import { Timeline } from './Timeline';

export type Loadable<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; value: T };

export interface EntityPageProps {
  entityKey: string;
  data: Loadable<EntityPageData & { off: boolean }>;
  background: BackgroundResult | { status: 'loading' } | null;
  now: number;
  locale?: string;
  /** Href of another entity's page. */
  entityHref(key: string): string;
  onOpenOptions?(): void;
}

const GROUPS: { type: EntityType; label: string }[] = [
  { type: 'PER', label: 'People' },
  { type: 'LOC', label: 'Places' },
  { type: 'ORG', label: 'Organizations' },
];

// One formatter per locale: building an Intl.DateTimeFormat costs far more than formatting,
// and the page formats a date per article (thousands for the most-read entities).
const formatters = new Map<string, Intl.DateTimeFormat | null>();
function dayFormat(locale?: string): Intl.DateTimeFormat | null {
  const id = locale ?? '';
  if (!formatters.has(id)) {
    try {
      formatters.set(id, new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
    } catch {
      formatters.set(id, null);
    }
  }
  return formatters.get(id) ?? null;
}

function day(t: number, locale?: string): { text: string; iso: string } {
  const d = new Date(t);
  const iso = d.toISOString();
  return { text: dayFormat(locale)?.format(d) ?? iso.slice(0, 10), iso };
}

/** Articles listed before "Show all" (the most-read entities have thousands). */
export const FIRST_ROWS = 100;

export function EntityPage({ entityKey, data, background, now, locale, entityHref, onOpenOptions }: EntityPageProps) {
  const [showAll, setShowAll] = useState(false);
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
  const { history, highlights, off } = data.value;
  const name = history?.name || data.value.memory?.name || backgroundTitle(background) || entityKey;
  const times = history?.articles.map((a) => a.visitedAt) ?? [];
  const unit = timelineUnit(Math.min(...times, now), now);
  return (
    <main class="entity">
      <h1>{name}</h1>
      {off && (
        <p class="note" role="status">
          Reading history is off: Gloss records nothing new.{' '}
          {onOpenOptions && (
            <button type="button" class="link-button" onClick={() => onOpenOptions()}>
              Reading history settings
            </button>
          )}
        </p>
      )}
      <BackgroundSection background={background} />
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">Your reading</h2>
        {!history ? (
          <p>You have not read an article about {name} with reading history on.</p>
        ) : (
          <>
            <p>
              You read about {name} in {articlesPhrase(history.articles.length)}.
            </p>
            <Timeline points={timeline(times, unit, now)} unit={unit} locale={locale} />
            <table class="articles">
              <caption>
                Articles you read that mention {name}, newest first
                {!showAll && history.articles.length > FIRST_ROWS
                  ? ` (the ${FIRST_ROWS} newest of ${history.articles.length.toLocaleString('en')})`
                  : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Read on</th>
                  <th scope="col">Article</th>
                  <th scope="col">Site</th>
                  <th scope="col">Mentions</th>
                </tr>
              </thead>
              <tbody>
                {(showAll ? history.articles : history.articles.slice(0, FIRST_ROWS)).map((a) => {
                  const d = day(a.visitedAt, locale);
                  const href = safeHttpUrl(a.url);
                  return (
                    <tr key={a.url}>
                      <td>
                        <time dateTime={d.iso}>{d.text}</time>
                      </td>
                      <td>
                        {href ? (
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {a.title || a.url}
                          </a>
                        ) : (
                          a.title || a.url
                        )}
                      </td>
                      <td>{a.site}</td>
                      <td>{a.mentions}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {!showAll && history.articles.length > FIRST_ROWS && (
              <button type="button" class="link-button" onClick={() => setShowAll(true)}>
                Show all {history.articles.length.toLocaleString('en')} articles
              </button>
            )}
            {history.skipped > 0 && (
              <p class="muted">
                {history.skipped} damaged history {history.skipped === 1 ? 'entry was' : 'entries were'} left out.
              </p>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">Your highlights and notes</h2>
        {highlights.length === 0 ? (
          <p class="muted">None of your highlights mention {name}.</p>
        ) : (
          <ul class="highlights">
            {highlights.map((h) => {
              const href = safeHttpUrl(h.url);
              const d = day(h.createdAt, locale);
              return (
                <li key={h.id}>
                  <blockquote>{h.quote}</blockquote>
                  {h.note && <p class="highlight-note">Note: {h.note}</p>}
                  <p class="muted">
                    <time dateTime={d.iso}>{d.text}</time> ·{' '}
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {h.title || h.site}
                      </a>
                    ) : (
                      h.title || h.site
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {history && history.together.length > 0 && (
        <section aria-labelledby="together-heading">
          <h2 id="together-heading">Read most often with {name}</h2>
          {GROUPS.map((g) => {
            const list = history.together.filter((c) => c.type === g.type);
            if (list.length === 0) return null;
            return (
              <div key={g.type}>
                <h3>{g.label}</h3>
                <ul class="together">
                  {list.map((c) => (
                    <li key={c.key}>
                      <a href={entityHref(c.key)}>{c.name}</a> <span class="muted">in {articlesPhrase(c.count)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
    </main>
  );
}

function backgroundTitle(b: EntityPageProps['background']): string | null {
  return b && b.status === 'ok' ? b.value.title : null;
}

function BackgroundSection({ background }: { background: EntityPageProps['background'] }) {
  if (!background) return null;
  if (background.status === 'loading')
    return (
      <section aria-labelledby="background-heading">
        <h2 id="background-heading">Background</h2>
        <p aria-busy="true" class="muted">
          Looking it up…
        </p>
      </section>
    );
  if (background.status !== 'ok')
    return (
      <section aria-labelledby="background-heading">
        <h2 id="background-heading">Background</h2>
        <p class="muted">
          {background.status === 'offline'
            ? 'Gloss is offline and has no summary saved.'
            : background.status === 'not-found'
              ? 'No Wikipedia article matches this name.'
              : background.status === 'rate-limited'
                ? 'Wikipedia asked Gloss to slow down; try again later.'
                : `The summary could not be loaded: ${background.message}`}
        </p>
      </section>
    );
  const b = background.value;
  const href = safeHttpUrl(b.url);
  return (
    <section aria-labelledby="background-heading">
      <h2 id="background-heading">Background</h2>
      {b.description && <p class="muted">{b.description}</p>}
      {b.extract && <p>{b.extract}</p>}
      {href && (
        <p>
          <a href={href} target="_blank" rel="noopener noreferrer">
            Wikipedia: {b.title}
          </a>
        </p>
      )}
    </section>
  );
}
