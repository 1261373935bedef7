// The page report's trace: background times (epoch ms) land on the page's clock, the waits
// between contexts become stages, and the first mark is the earliest run's.
import { describe, expect, it } from 'vitest';
import type { RemoteTimes } from '@/utils/model/page-report';
import { createTrace } from './page-trace';

const ORIGIN = 1_700_000_000_000;

/** A clock that returns the given readings in turn. */
const clock =
  (...readings: number[]) =>
  () =>
    readings.shift()!;

describe('createTrace', () => {
  it('places the extraction hand-over, wake-up, offscreen hop, parse and answer on the page clock', async () => {
    const trace = createTrace(
      { timeOrigin: ORIGIN, scriptStart: 40, before: [{ stage: 'settings', start: 40, end: 45 }], firstMark: null },
      clock(100, 104, 190),
    );
    const times: RemoteTimes = { received: ORIGIN + 110, start: ORIGIN + 125, end: ORIGIN + 180 };
    const extract = trace.extractor(async () => ({ status: 'article', times }));
    const answer = await extract('<html></html>');
    expect(answer.times).toBe(times);
    // 104: the HTML is in the message (the hand-over's end); 190: the answer is back.
    const spans = trace.done(null).stages;
    expect(spans.map((s) => s.stage)).toEqual(['settings', 'handOver', 'wake', 'offscreen', 'parse', 'answer']);
    expect(spans.find((s) => s.stage === 'answer')).toEqual({ stage: 'answer', start: 180, end: 190 });
    expect(spans.find((s) => s.stage === 'wake')).toEqual({ stage: 'wake', start: 104, end: 110 });
    expect(spans.find((s) => s.stage === 'parse')).toEqual({ stage: 'parse', start: 125, end: 180 });
  });

  it('records the model wait only when the model was not warm, and the answer’s way back', async () => {
    const trace = createTrace({ timeOrigin: ORIGIN, scriptStart: 10, before: [], firstMark: null }, clock(200, 290));
    const recognize = trace.recognizer(async (_text: string, _lang: string) => ({
      times: { received: ORIGIN + 205, start: ORIGIN + 260, end: ORIGIN + 280, model: 'loading' as const },
    }));
    await recognize('text', 'en');
    const done = trace.done(295);
    expect(done.model).toBe('loading');
    expect(done.stages).toEqual([
      { stage: 'recognizeSend', start: 200, end: 205 },
      { stage: 'modelLoad', start: 205, end: 260 },
      { stage: 'recognize', start: 260, end: 280 },
      { stage: 'recognizeReturn', start: 280, end: 290 },
    ]);
    expect(done.firstMark).toBe(295);
    expect(done.scriptStart).toBe(10);

    const warm = createTrace({ timeOrigin: ORIGIN, scriptStart: 10, before: [], firstMark: null }, clock(0, 9));
    await warm.recognizer(async (_t: string, _l: string) => ({
      times: { received: ORIGIN + 1, start: ORIGIN + 2, end: ORIGIN + 8, model: 'warm' as const },
    }))('text', 'en');
    expect(warm.done(null).stages.map((s) => s.stage)).not.toContain('modelLoad');
  });

  it('keeps an earlier run’s first mark, and records nothing for answers without times', async () => {
    const trace = createTrace(
      { timeOrigin: ORIGIN, scriptStart: 10, before: [], firstMark: 120 },
      clock(1, 2, 3, 4, 5),
    );
    await trace.extractor(async () => ({ status: 'not-article', times: undefined }))('<p></p>');
    await trace.recognizer(async (_t: string, _l: string) => ({}))('text', 'en');
    const done = trace.done(500);
    expect(done.firstMark).toBe(120);
    expect(done.model).toBeNull();
    expect(done.stages.map((s) => s.stage)).toEqual(['handOver']);
  });
});
