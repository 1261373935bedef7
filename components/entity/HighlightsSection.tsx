// The reader's highlights and notes that mention the entity, newest first: the quote, the
// note, the day and the article (a link when http(s)). Text only.
import { ExternalLink } from '@/components/card/ExternalLink';
import type { Highlight } from '@/utils/model/types';
import { day } from './day';

export interface HighlightsSectionProps {
  name: string;
  /** Undefined while they load (after the page's first paint). */
  highlights: readonly Highlight[] | undefined;
  locale?: string;
}

function HighlightItem({ h, locale }: { h: Highlight; locale?: string }) {
  const d = day(h.createdAt, locale);
  return (
    <li>
      <blockquote>{h.quote}</blockquote>
      {h.note && <p class="highlight-note">Note: {h.note}</p>}
      <p class="muted">
        <time dateTime={d.iso}>{d.text}</time> · <ExternalLink href={h.url}>{h.title || h.site}</ExternalLink>
      </p>
    </li>
  );
}

export function HighlightsSection({ name, highlights, locale }: HighlightsSectionProps) {
  return (
    <section aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">Your highlights and notes</h2>
      {!highlights ? (
        <p aria-busy="true" class="muted">
          Loading your highlights…
        </p>
      ) : highlights.length === 0 ? (
        <p class="muted">None of your highlights mention {name}.</p>
      ) : (
        <ul class="highlights">
          {highlights.map((h) => (
            <HighlightItem key={h.id} h={h} locale={locale} />
          ))}
        </ul>
      )}
    </section>
  );
}
