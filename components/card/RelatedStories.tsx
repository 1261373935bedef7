// Related stories, grouped by where they came from: links on this page, the reader's own
// history ("You read"), and news search. Each opens in a new tab; a story whose URL is not
// http(s) is listed as text, never as a link.
import type { RelatedResult, Story, StoryOrigin } from '@/utils/knowledge/types';
import { ExternalLink } from './ExternalLink';
import { formatDate } from './format';
import { Skeleton } from './Skeleton';

export interface RelatedStoriesProps {
  name: string;
  related: RelatedResult | { status: 'loading' };
  locale?: string;
}

/** The groups, in the order the card lists them. */
const GROUPS: { label: string; origins: StoryOrigin[] }[] = [
  { label: 'On this page', origins: ['page'] },
  { label: 'You read', origins: ['history'] },
  { label: 'News', origins: ['gdelt', 'google-news'] },
];

/** The "Related stories" section (heading level 2; one level-3 heading per origin). */
export function RelatedStories({ name, related, locale }: RelatedStoriesProps) {
  return (
    <section class="gloss-card__section" aria-labelledby="gloss-related-heading">
      <h2 id="gloss-related-heading">Related stories</h2>
      {related.status === 'loading' ? (
        <Skeleton label={`Looking for stories about ${name}…`} lines={2} />
      ) : (
        <RelatedBody name={name} related={related} locale={locale} />
      )}
    </section>
  );
}

function RelatedBody({ name, related, locale }: { name: string; related: RelatedResult; locale?: string }) {
  const notes: string[] = [];
  if (related.offline) notes.push("You're offline, so Gloss didn't search the news.");
  else if (related.sources.gdelt === 'rate-limited' || related.sources.googleNews === 'rate-limited')
    notes.push('The news search asked Gloss to slow down; news will come later.');
  else if (related.sources.gdelt === 'error' || related.sources.googleNews === 'error')
    notes.push("The news search didn't answer.");
  const groups = GROUPS.map((g) => ({
    ...g,
    stories: related.stories.filter((s) => g.origins.includes(s.origin)),
  })).filter((g) => g.stories.length > 0);
  return (
    <>
      {notes.map((n) => (
        <p key={n} class="gloss-card__note" role="status">
          {n}
        </p>
      ))}
      {groups.length === 0 && <p class="gloss-card__message">No related stories about {name} yet.</p>}
      {groups.map((g) => (
        <div key={g.label} class="gloss-card__group">
          <h3>{g.label}</h3>
          <ul class="gloss-card__stories">
            {g.stories.map((s, i) => (
              <StoryItem key={`${s.url}-${i}`} story={s} locale={locale} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function StoryItem({ story, locale }: { story: Story; locale?: string }) {
  const date = story.date ? formatDate(story.date, locale) : null;
  return (
    <li class="gloss-card__story">
      <ExternalLink class="gloss-card__story-title" href={story.url}>
        {story.title}
      </ExternalLink>
      <span class="gloss-card__story-meta">
        {story.source}
        {story.source && date ? ' · ' : ''}
        {date && <time dateTime={date.datetime}>{date.text}</time>}
      </span>
    </li>
  );
}
