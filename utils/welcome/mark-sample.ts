// Marks the welcome page's sample article with Gloss's real pipeline, minus extraction (the
// sample is the article): the live element → TextMap → the entity engine (through the
// `recognize` the page passes: the background's, as for any page) → the CSS Custom Highlight
// marks of utils/render. Every type is drawn, whatever the reader's settings, so the legend
// beside the sample always matches what it shows.
import { buildTextMap, type TextMap } from '../article/text-map';
import type { EntitySummary, EntityType, MentionSpan } from '../model/types';
import { drawMentions, type DrawnMention, type HighlightApi } from '../render/mention-highlights';

/** An entity as recognition reports it (MISC included), with its other names. */
export type SampleEntity = EntitySummary<EntityType> & { aliases?: string[] };

export interface MarkedSample {
  map: TextMap;
  /** Drawn mentions, sorted by start (empty without the Highlight API). */
  mentions: DrawnMention[];
  /** People, places and organizations found (MISC names are not shown). */
  entities: SampleEntity[];
  /** Milliseconds spent waiting for recognition, and drawing. */
  timings: { recognizeMs: number; drawMs: number };
  /** `now()` when the marks were drawn (the page passes performance.now: ms since it started loading). */
  readyAt: number;
}

export interface MarkSampleDeps {
  root: Element;
  doc: Document;
  /** The page's CSS.highlights and Highlight constructor, or null where the API is missing. */
  highlights: HighlightApi | null;
  recognize(text: string, lang: string): Promise<{ mentions: MentionSpan[]; entities: SampleEntity[] }>;
  now(): number;
}

const ALL_TYPES = { PER: true, LOC: true, ORG: true } as const;

/** Recognizes and marks the sample; rejects when recognition fails. */
export async function markSample(deps: MarkSampleDeps): Promise<MarkedSample> {
  const map = buildTextMap(deps.root);
  const t0 = deps.now();
  const recognized = await deps.recognize(map.text, 'en');
  const t1 = deps.now();
  const mentions = deps.highlights
    ? drawMentions(deps.highlights, deps.doc, map, recognized.mentions, { types: ALL_TYPES, markMode: 'all' })
    : [];
  const t2 = deps.now();
  return {
    map,
    mentions,
    entities: recognized.entities.filter((e) => e.type !== 'MISC'),
    timings: { recognizeMs: t1 - t0, drawMs: t2 - t1 },
    readyAt: t2,
  };
}
