// What the content script tells the background about the page it processed: enough for the
// popup's "This page" view, the demo report and the e2e tests. Stays in the extension's
// in-memory session storage; reading history (utils/db) keeps far less and never the text.
import type { EntitySummary, EntityType } from './types';

/**
 * Why a page got no marks: isProbablyReaderable said no and nothing else says article
 * (not-readerable); the page declares itself a listing, search results or a video page;
 * Readability found nothing (no-article); its result held too little prose; no article text
 * could be found in the live page (not-mapped).
 */
export type SkipCode =
  | 'not-readerable'
  | 'listing'
  | 'search'
  | 'video'
  | 'no-article'
  | 'too-little-prose'
  | 'not-mapped';

/** A span of the article text and the live DOM text the TextMap resolved it to. */
export interface MappingProbe {
  start: number;
  end: number;
  text: string;
  live: string;
}

/**
 * The page pipeline's stages, in the order of the data flow. `settings` and `idle` come before
 * the run (the content script reading its settings, and any wait for the page); `wake` is from
 * the hand-over until the background runs the extraction handler (a stopped service worker
 * starts then); `offscreen` (Chrome) is the background reaching its offscreen document;
 * `answer` and `recognizeReturn` are the answers' way back; `modelLoad` is the wait for the
 * entity model (a load this request started, or one already under way).
 */
export type StageName =
  | 'settings'
  | 'idle'
  | 'gate'
  | 'serialize'
  | 'handOver'
  | 'wake'
  | 'offscreen'
  | 'parse'
  | 'answer'
  | 'clone'
  | 'map'
  | 'recognizeSend'
  | 'modelLoad'
  | 'recognize'
  | 'recognizeReturn'
  | 'draw';

/** One stage of one run: ms since the page's navigation start (performance.timeOrigin). */
export interface StageSpan {
  stage: StageName;
  start: number;
  end: number;
}

/** Whether recognition found the model decoded (warm), decoded it (cold), or waited for a load under way. */
export type ModelState = 'warm' | 'cold' | 'loading';

/**
 * Where a run's time went, in ms since navigation start, so that background stages (their
 * clocks converted through the epoch) line up with the page's own.
 */
export interface PageTrace {
  /** When Gloss's page run began: the page's DOM ready (the script itself loads at document_start). */
  scriptStart: number;
  stages: StageSpan[];
  model: ModelState | null;
  /** When this page's first mark was drawn (by this run or an earlier one); null before any. */
  firstMark: number | null;
}

/**
 * When a background step ran, in epoch ms (performance.timeOrigin + performance.now() of the
 * context that ran it): its handler got the request, the work began and ended; for
 * recognition also the model's state and, when this request waited for it, its load.
 */
export interface RemoteTimes {
  received: number;
  start: number;
  end: number;
  model?: ModelState;
  loadStart?: number;
  loadEnd?: number;
}

export type PageReport =
  | {
      status: 'article';
      url: string;
      title: string;
      site: string | null;
      byline: string | null;
      published: string | null;
      lang: string;
      english: boolean;
      langReason: string;
      words: number;
      mappedWords: number;
      /** The article text as Gloss reads it (kept in session memory only). */
      text: string;
      entities: EntitySummary<EntityType>[];
      /** Why nothing is marked, when nothing is. */
      note: string | null;
      probes: MappingProbe[];
      /**
       * ms. extractMs, recognizeMs, drawMs: wall-clock per step; mainMs: the page's main-thread
       * time (extraction without an off-thread parse, plus drawing); offThread: whether
       * Readability ran outside the page (then parseMs was spent there); fallback: why not.
       */
      timings: {
        extractMs: number;
        recognizeMs: number;
        drawMs: number;
        gateMs: number;
        cloneMs: number;
        parseMs: number;
        mapMs: number;
        mainMs: number;
        sendMs: number;
        offThread: boolean;
        fallback: string | null;
      };
      /** Each stage's start and end (absent in reports of older versions). */
      trace?: PageTrace;
      runs: number;
      at: number;
    }
  | {
      status: 'not-article';
      url: string;
      /** Why, in words. */
      reason: string;
      /** Why, as a code tests and the popup can branch on. */
      skip: SkipCode;
      runs: number;
      at: number;
    }
  | { status: 'off'; url: string; reason: string; runs: number; at: number };
