// The page pipeline, in the order of the data flow: gate → extract → recognize → render →
// report. Pure wiring over injected pieces (the document, the settings, a recognizer that
// runs off the main thread, the page's highlight registry), so it runs the same in the
// content script and in tests.
import {
  extractArticle,
  extractArticleOffThread,
  type Article,
  type OffThreadExtractor,
} from '@/utils/article/extract';
import { rangeFor } from '@/utils/article/text-map';
import { outsideWorkTitles, workTitleRanges } from '@/utils/article/work-titles';
import type { MappingProbe, PageReport, RemoteTimes } from '@/utils/model/page-report';
import type { EntitySummary, EntityType, MentionSpan } from '@/utils/model/types';
import { gateSite, type SiteGateSettings } from '@/utils/policy/site-gate';
import { clearMentions, drawMentions, type DrawnMention, type HighlightApi } from '@/utils/render/mention-highlights';
import { messageOf } from '@/utils/model/message-of';
import { createTrace, type TraceStart } from './page-trace';

export interface PageDeps {
  doc: Document;
  url: string;
  settings: SiteGateSettings & { entityTypes: { PER: boolean; LOC: boolean; ORG: boolean }; markMode: 'all' | 'first' };
  recognize(
    text: string,
    lang: string,
  ): Promise<{ mentions: MentionSpan[]; entities: EntitySummary<EntityType>[]; times?: RemoteTimes }>;
  /** Runs Readability off the page's main thread; without it, Readability runs in the page. */
  extractOffThread?: OffThreadExtractor;
  /** The page's CSS.highlights and Highlight constructor, or null where the API is missing. */
  highlights: HighlightApi | null;
  now(): number;
  /** Where the page's clock starts and what came before this run: the report then carries each stage. */
  trace?: TraceStart;
}

export interface PageState {
  article: Article | null;
  mentions: DrawnMention[];
  entities: EntitySummary<EntityType>[];
  report: PageReport;
}

/** Processes the page once. Never throws for page content: failures become the report. */
export async function processPage(deps: PageDeps, runs: number): Promise<PageState> {
  const { doc, url } = deps;
  const at = Date.now();
  const gate = gateSite(deps.settings, url);
  if (!gate.run) {
    if (deps.highlights) clearMentions(deps.highlights);
    return { article: null, mentions: [], entities: [], report: { status: 'off', url, reason: gate.reason, runs, at } };
  }
  const trace = deps.trace ? createTrace(deps.trace, deps.now) : null;
  const clock = { now: deps.now, onStage: trace?.stage };
  const offThread = deps.extractOffThread && trace ? trace.extractor(deps.extractOffThread) : deps.extractOffThread;
  const recognize = trace ? trace.recognizer(deps.recognize) : deps.recognize;
  const t0 = deps.now();
  const outcome = offThread ? await extractArticleOffThread(doc, offThread, clock) : extractArticle(doc, clock);
  const t1 = deps.now();
  if (outcome.status !== 'article') {
    if (deps.highlights) clearMentions(deps.highlights);
    return {
      article: null,
      mentions: [],
      entities: [],
      report: { status: 'not-article', url, reason: outcome.reason, skip: outcome.skip, runs, at },
    };
  }
  const { article } = outcome;
  const text = article.textMap.text;
  let note: string | null = null;
  let recognized: { mentions: MentionSpan[]; entities: EntitySummary<EntityType>[] } = { mentions: [], entities: [] };
  if (!article.language.english) {
    note = article.language.reason;
  } else {
    try {
      // words of titles set in italics are not names (work-titles.ts): the page's markup says so
      recognized = outsideWorkTitles(
        text,
        workTitleRanges(article.textMap),
        await recognize(text, article.language.lang),
      );
    } catch (err) {
      note = `entity recognition failed: ${messageOf(err)}`;
    }
  }
  const t2 = deps.now();
  let mentions: DrawnMention[] = [];
  if (!deps.highlights) {
    note = note ?? 'this browser lacks the CSS Custom Highlight API: mentions are not drawn';
  } else {
    mentions = drawMentions(deps.highlights, doc, article.textMap, recognized.mentions, {
      types: deps.settings.entityTypes,
      markMode: deps.settings.markMode,
    });
  }
  const t3 = deps.now();
  trace?.stage('draw', t2, t3);
  const probes = mappingProbes(article, recognized.mentions, doc);
  const t4 = deps.now();
  const entities: EntitySummary<EntityType>[] = recognized.entities
    .filter((e) => e.type !== 'MISC')
    .map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions, aliases: e.aliases ?? [] }));
  return {
    article,
    mentions,
    entities: recognized.entities,
    report: {
      status: 'article',
      url,
      title: article.title,
      site: article.siteName,
      byline: article.byline,
      published: article.publishedTime,
      lang: article.language.lang,
      english: article.language.english,
      langReason: article.language.reason,
      words: article.words,
      mappedWords: article.mappedWords,
      text,
      entities,
      note,
      probes,
      timings: {
        extractMs: t1 - t0,
        recognizeMs: t2 - t1,
        drawMs: t3 - t2,
        mainMs: article.stages.mainMs + (t4 - t2),
        ...prefixed(article.stages),
      },
      ...(trace ? { trace: trace.done(mentions.length > 0 ? t3 : null) } : {}),
      runs,
      at,
    },
  };
}

/**
 * Up to 24 spans of the text with the live DOM text the map resolves them to: every entity
 * mention first, then words spread evenly. Tests compare the two; so can a curious reader.
 */
function mappingProbes(article: Article, mentions: MentionSpan[], doc: Document): MappingProbe[] {
  const map = article.textMap;
  const spans: Array<[number, number]> = mentions.slice(0, 12).map((m) => [m.start, m.end]);
  // A word at each of 12 evenly spaced places (not every word of the article: this runs on
  // the page's main thread).
  const word = /[\p{L}\p{N}]{4,}/gu;
  for (let k = 0; k < 12 && spans.length < 24; k++) {
    word.lastIndex = Math.floor((k * map.text.length) / 12);
    const w = word.exec(map.text);
    if (w && spans.every(([s]) => s !== w.index)) spans.push([w.index, w.index + w[0].length]);
  }
  return spans.map(([start, end]) => ({
    start,
    end,
    // Separators Gloss inserted between elements (charNode -1) have no live character.
    text: mappedText(map, start, end).replace(/[\s\u00A0]+/g, ' '),
    live: (rangeFor(map, start, end, doc)?.toString() ?? '')
      .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/[\s\u00A0]+/g, ' '),
  }));
}

/** The characters of `map.text` in [start, end) that stand for live characters. */
function mappedText(map: Article['textMap'], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) if (map.charNode[i] >= 0) out += map.text[i];
  return out;
}

function prefixed(stages: Article['stages']) {
  return {
    gateMs: stages.gate,
    cloneMs: stages.clone,
    parseMs: stages.parse,
    mapMs: stages.map,
    sendMs: stages.send ?? 0,
    offThread: stages.offThread,
    fallback: stages.fallback ?? null,
  };
}
