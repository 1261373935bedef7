// The page report's trace: each stage of one run with its start and end in ms since the
// page's navigation start. Stages that run in the background carry epoch times (their own
// performance.timeOrigin + now), converted here through the page's timeOrigin, so the
// waits between contexts (hand-over, wake-up, the answers' way back) show as stages too.
import type { ModelState, PageTrace, RemoteTimes, StageName, StageSpan } from '@/utils/model/page-report';

export interface TraceStart {
  /** The page's performance.timeOrigin (epoch ms of navigation start). */
  timeOrigin: number;
  /** When Gloss's page run began: the page's DOM ready (ms since navigation start; page-start.ts). */
  scriptStart: number;
  /** Stages before this run (reading settings, any wait), on the page's clock. */
  before: StageSpan[];
  /** When an earlier run drew the page's first mark; null when none did. */
  firstMark: number | null;
}

export interface TraceRecorder {
  stage(stage: StageName, start: number, end: number): void;
  /** Wraps the off-thread extractor: hand-over, wake-up, offscreen hop, parse, answer. */
  extractor<A extends { times?: RemoteTimes }>(send: (html: string) => Promise<A>): (html: string) => Promise<A>;
  /** Wraps the recognizer: request, model wait, recognition, answer. */
  recognizer<A extends { times?: RemoteTimes }, L>(
    send: (text: string, lang: L) => Promise<A>,
  ): (text: string, lang: L) => Promise<A>;
  /** The trace, with `drewAt` as the first mark when none was drawn before. */
  done(drewAt: number | null): PageTrace;
}

export function createTrace(start: TraceStart, now: () => number): TraceRecorder {
  const stages: StageSpan[] = [...start.before];
  let model: ModelState | null = null;
  const page = (epoch: number) => epoch - start.timeOrigin;
  const stage = (name: StageName, s: number, e: number) => {
    stages.push({ stage: name, start: s, end: e });
  };
  return {
    stage,
    extractor: (send) => async (html) => {
      const t0 = now();
      const pending = send(html);
      const sent = now(); // the HTML has been copied into the message by now
      stage('handOver', t0, sent);
      const out = await pending;
      const got = now();
      const t = out.times;
      if (t) {
        stage('wake', sent, page(t.received));
        stage('offscreen', page(t.received), page(t.start));
        stage('parse', page(t.start), page(t.end));
        stage('answer', page(t.end), got);
      }
      return out;
    },
    recognizer: (send) => async (text, lang) => {
      const sent = now();
      const out = await send(text, lang);
      const got = now();
      const t = out.times;
      if (t) {
        model = t.model ?? null;
        stage('recognizeSend', sent, page(t.received));
        if (t.model && t.model !== 'warm') stage('modelLoad', page(t.received), page(t.start));
        stage('recognize', page(t.start), page(t.end));
        stage('recognizeReturn', page(t.end), got);
      }
      return out;
    },
    done: (drewAt) => ({
      scriptStart: start.scriptStart,
      stages,
      model,
      firstMark: start.firstMark ?? drewAt,
    }),
  };
}
