// What the content script tells the background about the page it processed: enough for the
// popup's "This page" view, the demo report and the e2e tests. Stays in the extension's
// in-memory session storage; reading history (utils/db) keeps far less and never the text.
import type { EntitySummary, EntityType } from './types';

/** A span of the article text and the live DOM text the TextMap resolved it to. */
export interface MappingProbe {
  start: number;
  end: number;
  text: string;
  live: string;
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
      runs: number;
      at: number;
    }
  | { status: 'not-article'; url: string; reason: string; runs: number; at: number }
  | { status: 'off'; url: string; reason: string; runs: number; at: number };
