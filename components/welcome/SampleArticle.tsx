// The welcome page's live demonstration: the bundled sample story, marked by Gloss's real
// engine (recognition through the `recognize` the page passes in, drawing with the CSS Custom
// Highlight API), with the real hover card (components/card) showing bundled summaries, so it
// all works with no network. The pointer opens cards as on a news page (hit-test → hover
// intent → placement, utils/hover); for the keyboard and screen readers, the names found are
// also buttons that open the same card, which takes focus and gives it back on Esc.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Card, type CardModel } from '@/components/card/Card';
import type { DrawnMention, HighlightApi } from '@/utils/render/mention-highlights';
import { markSample, type MarkedSample, type MarkSampleDeps, type SampleEntity } from '@/utils/welcome/mark-sample';
import { SAMPLE_ARTICLE } from '@/utils/welcome/sample-article';
import { findSampleCard } from '@/utils/welcome/sample-cards';
import { FoundNames } from './FoundNames';
import { usePlacedCard } from './use-placed-card';
import { useSampleHover } from './use-sample-hover';

export interface SampleArticleProps {
  recognize: MarkSampleDeps['recognize'];
  /** The page's highlight registry, or null where the browser lacks the API. */
  highlights: HighlightApi | null;
  /** The reader's hover delay. */
  showDelayMs: number;
  win?: Window;
}

type Status = { kind: 'marking' } | { kind: 'ready'; marked: MarkedSample } | { kind: 'error'; message: string };

const TYPE_ORDER = ['PER', 'LOC', 'ORG'] as const;

export function SampleArticle({ recognize, highlights, showDelayMs, win = window }: SampleArticleProps) {
  const doc = win.document;
  const story = useRef<HTMLDivElement>(null);
  const cardBox = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>({ kind: 'marking' });

  useEffect(() => {
    let live = true;
    markSample({
      root: story.current!,
      doc,
      highlights,
      recognize,
      now: () => win.performance.now(),
    }).then(
      (marked) => live && setStatus({ kind: 'ready', marked }),
      (err: unknown) => live && setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const marked = status.kind === 'ready' ? status.marked : null;
  const { intent, open, openNow } = useSampleHover(marked, win, showDelayMs);

  usePlacedCard(cardBox, open, win);

  const entityOf = (m: DrawnMention): SampleEntity | undefined => marked?.entities.find((e) => e.id === m.entityId);
  const cardModel = (m: DrawnMention): CardModel => {
    const entity = entityOf(m);
    const type = m.type === 'MISC' ? 'ORG' : m.type;
    const name = entity?.name ?? marked!.map.text.slice(m.start, m.end);
    const background = entity ? findSampleCard(entity) : null;
    return {
      mention: { name, type },
      // Nothing is fetched here: a name the bundle does not cover says so, as an offline card does.
      background: background ? { status: 'ok', value: background, fetchedAt: 0 } : { status: 'offline' },
      onClose: () => intent.current?.escape(),
      sample: true,
    };
  };

  const openFromButton = (e: Event, entity: SampleEntity) => {
    const first = marked?.mentions.find((m) => m.entityId === entity.id);
    if (first) openNow(e.currentTarget as HTMLElement, first);
  };

  const listed = marked
    ? TYPE_ORDER.map((type) => ({
        type,
        items: marked.entities.filter((e) => e.type === type && marked.mentions.some((m) => m.entityId === e.id)),
      })).filter((g) => g.items.length > 0)
    : [];

  return (
    <div class="sample">
      <article class="sample__article" aria-labelledby="sample-title" aria-describedby="sample-label">
        <p id="sample-label" class="sample__label">
          {SAMPLE_ARTICLE.label}
        </p>
        {/* The story proper: what Gloss reads and marks (the label above is not part of it). */}
        <div
          ref={story}
          class="sample__story"
          data-state={status.kind}
          data-recognize-ms={marked ? marked.timings.recognizeMs.toFixed(1) : undefined}
          data-ready-ms={marked ? marked.readyAt.toFixed(0) : undefined}
        >
          <h3 id="sample-title" class="sample__title">
            {SAMPLE_ARTICLE.title}
          </h3>
          {SAMPLE_ARTICLE.paragraphs.map((p) => (
            <p key={p.slice(0, 24)}>{p}</p>
          ))}
        </div>
      </article>
      <div class="sample__found" aria-live="polite">
        {status.kind === 'marking' && <p class="muted">Gloss is finding the names in this story…</p>}
        {status.kind === 'error' && (
          <p class="error" role="alert">
            Gloss could not mark this story: {status.message}
          </p>
        )}
        {marked && !highlights && (
          <p class="error" role="alert">
            This browser cannot draw Gloss's marks: it lacks the CSS Custom Highlight API.
          </p>
        )}
        {marked && (
          <>
            <h3 id="sample-found-heading">Names Gloss found in this story</h3>
            <p class="muted" id="sample-found-help">
              Each button opens the same card as resting the pointer on the name; Esc closes it.
            </p>
            <FoundNames groups={listed} onOpen={openFromButton} />
          </>
        )}
      </div>
      {open && (
        <div
          key={`${open.mention.entityId}:${open.mention.start}`}
          ref={cardBox}
          class="sample__card"
          data-entity-id={open.mention.entityId}
          onPointerEnter={() => intent.current?.enterCard()}
          onPointerLeave={() => intent.current?.leaveCard()}
        >
          <Card model={cardModel(open.mention)} />
        </div>
      )}
    </div>
  );
}
