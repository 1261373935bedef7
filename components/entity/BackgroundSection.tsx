// The entity page's background: the card's summary (Wikipedia's description and extract, and
// a link to the article), or why there is none. Text only; the link only when http(s).
import { ExternalLink } from '@/components/card/ExternalLink';
import type { BackgroundResult } from '@/utils/knowledge/types';

export type BackgroundState = BackgroundResult | { status: 'loading' } | null;

function whyNone(background: Exclude<BackgroundResult, { status: 'ok' }>): string {
  if (background.status === 'offline') return 'Gloss is offline and has no summary saved.';
  if (background.status === 'not-found') return 'No Wikipedia article matches this name.';
  if (background.status === 'rate-limited') return 'Wikipedia asked Gloss to slow down; try again later.';
  return `The summary could not be loaded: ${background.message}`;
}

function Body({ background }: { background: Exclude<BackgroundState, null> }) {
  if (background.status === 'loading')
    return (
      <p aria-busy="true" class="muted">
        Looking it up…
      </p>
    );
  if (background.status !== 'ok') return <p class="muted">{whyNone(background)}</p>;
  const b = background.value;
  return (
    <>
      {b.description && <p class="muted">{b.description}</p>}
      {b.extract && <p>{b.extract}</p>}
      <p>
        <ExternalLink href={b.url}>Wikipedia: {b.title}</ExternalLink>
      </p>
    </>
  );
}

export function BackgroundSection({ background }: { background: BackgroundState }) {
  if (!background) return null;
  return (
    <section aria-labelledby="background-heading">
      <h2 id="background-heading">Background</h2>
      <Body background={background} />
    </section>
  );
}
