// The welcome page's live demonstration: the bundled sample story, marked by Gloss's real
// engine (recognition through the `recognize` the page passes in, drawing with the CSS Custom
// Highlight API), with the real hover card (components/card) showing bundled summaries, so it
// all works with no network. The pointer opens cards as on a news page (hit-test → hover
// intent → placement, utils/hover); for the keyboard and screen readers, the names found are
// also buttons that open the same card, which takes focus and gives it back on Esc.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Card, type CardModel } from '@/components/card/Card';
import { typeNoun } from '@/components/card/format';
import { createHitTester, throttleFrame } from '@/utils/hover/hit-test';
import { createHoverIntent, type HoverIntent } from '@/utils/hover/hover-intent';
import { placeCard } from '@/utils/hover/place-card';
import type { DrawnMention, HighlightApi } from '@/utils/render/mention-highlights';
import { markSample, type MarkedSample, type MarkSampleDeps, type SampleEntity } from '@/utils/welcome/mark-sample';
import { SAMPLE_ARTICLE } from '@/utils/welcome/sample-article';
import { findSampleCard } from '@/utils/welcome/sample-cards';

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
const GROUP_LABEL = { PER: 'People', LOC: 'Places', ORG: 'Organizations' } as const;

export function SampleArticle({ recognize, highlights, showDelayMs, win = window }: SampleArticleProps) {
  const doc = win.document;
  const story = useRef<HTMLDivElement>(null);
  const cardBox = useRef<HTMLDivElement>(null);
  const intent = useRef<HoverIntent<DrawnMention, true> | null>(null);
  const lastFocus = useRef<HTMLElement | null>(null);
  /** True while a button opens a card: that card takes focus. */
  const fromKeyboard = useRef(false);
  const [status, setStatus] = useState<Status>({ kind: 'marking' });
  const [open, setOpen] = useState<{ mention: DrawnMention; keyboard: boolean } | null>(null);

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

  // Pointer → mention → hover intent, as the content script does on a news page.
  useEffect(() => {
    if (!marked) return;
    const hit = createHitTester(doc as unknown as Parameters<typeof createHitTester>[0], marked.map, marked.mentions);
    const machine = createHoverIntent<DrawnMention, true>(
      (ev) => {
        switch (ev.type) {
          case 'fetch':
            // The card's data is bundled: it is there at once.
            machine.deliver(ev.token, true);
            return;
          case 'show':
            setOpen({ mention: ev.mention, keyboard: fromKeyboard.current });
            return;
          case 'hide':
            setOpen(null);
            return;
          case 'restoreFocus':
            lastFocus.current?.focus();
            lastFocus.current = null;
            return;
          default:
            return;
        }
      },
      { showDelayMs, sameMention: (a, b) => a.entityId === b.entityId && a.start === b.start },
    );
    intent.current = machine;
    const onMove = throttleFrame(
      (e: PointerEvent) => machine.point(hit.hit(e.clientX, e.clientY)),
      win.requestAnimationFrame.bind(win),
      win.cancelAnimationFrame.bind(win),
    );
    const onPointerMove = (e: Event) => onMove(e as PointerEvent);
    win.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
    return () => {
      win.removeEventListener('pointermove', onPointerMove, true);
      onMove.cancel();
      machine.dispose();
      intent.current = null;
    };
  }, [marked]);

  // Place the card beside its name (again when the page scrolls: it follows its text); a card
  // opened from the keyboard takes focus.
  useLayoutEffect(() => {
    const box = cardBox.current;
    if (!open || !box) return;
    let live = true;
    const place = (focus: boolean) =>
      placeCard(open.mention.range, box).then((p) => {
        if (!live) return;
        box.style.left = `${Math.round(p.x)}px`;
        box.style.top = `${Math.round(p.y)}px`;
        box.style.visibility = 'visible';
        const dialog = box.querySelector<HTMLElement>('[role="dialog"]');
        if (dialog) dialog.style.maxHeight = `${Math.min(420, p.maxHeight)}px`;
        if (focus) dialog?.focus();
      });
    void place(open.keyboard);
    const onScroll = throttleFrame(
      () => void place(false),
      win.requestAnimationFrame.bind(win),
      win.cancelAnimationFrame.bind(win),
    );
    win.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      live = false;
      onScroll.cancel();
      win.removeEventListener('scroll', onScroll, true);
    };
  }, [open]);

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
    if (!first || !intent.current) return;
    lastFocus.current = e.currentTarget as HTMLElement;
    fromKeyboard.current = true;
    try {
      intent.current.openNow(first);
    } finally {
      fromKeyboard.current = false;
    }
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
            {listed.map((g) => (
              <div key={g.type} class="sample__group">
                <h4 id={`sample-group-${g.type}`} class={`sample__group-label legend legend--${g.type}`}>
                  {GROUP_LABEL[g.type]}
                </h4>
                <ul class="sample__names" aria-labelledby={`sample-group-${g.type}`}>
                  {g.items.map((e) => (
                    <li key={e.id}>
                      <button
                        type="button"
                        class="sample__name"
                        data-entity-id={e.id}
                        aria-haspopup="dialog"
                        aria-describedby="sample-found-help"
                        onClick={(ev) => openFromButton(ev, e)}
                      >
                        {e.name}{' '}
                        <span class="sample__count">
                          ({typeNoun(e.type as 'PER' | 'LOC' | 'ORG')}, {e.mentions}{' '}
                          {e.mentions === 1 ? 'mention' : 'mentions'})
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
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
