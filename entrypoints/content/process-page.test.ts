// @vitest-environment happy-dom
// The page pipeline with injected pieces: the seed article in happy-dom's document, a fake
// recognizer and a fake CSS.highlights registry. Checks the gate, what is drawn, what the
// report says, and that failures become the report instead of throwing.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { MentionSpan } from '@/utils/model/types';
import type { HighlightApi } from '@/utils/render/mention-highlights';
import { sharedPath } from '../../tests/shared';
import { type PageDeps, processPage } from './process-page';

const seed = readFileSync(sharedPath('fixtures/seed/page.html'), 'utf8');

// The global document (happy-dom's Range misbehaves on DOMParser documents).
function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

function fakeHighlights() {
  const registry = new Map<string, { ranges: Range[] }>();
  const api: HighlightApi = {
    registry: {
      set: (name, h) => registry.set(name, h as { ranges: Range[] }),
      delete: (name) => registry.delete(name),
      has: (name) => registry.has(name),
      get: (name) => registry.get(name),
    },
    create: () => {
      const ranges: Range[] = [];
      return {
        add: (r: Range) => ranges.push(r),
        get size() {
          return ranges.length;
        },
        ranges,
      };
    },
  };
  return { api, registry };
}

const SETTINGS: PageDeps['settings'] = {
  enabled: true,
  deniedSites: [],
  allowedSites: [],
  entityTypes: { PER: true, LOC: true, ORG: true },
  markMode: 'all',
};

/** Recognizes every "Erdogan" and "Syria" of the text, plus one MISC name. */
async function recognize(text: string) {
  const mentions: MentionSpan[] = [];
  for (const [word, type, entityId] of [
    ['Erdogan', 'PER', 'e1'],
    ['Syria', 'LOC', 'e2'],
    ['Russian', 'MISC', 'e3'],
  ] as const) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
      mentions.push({ start: i, end: i + word.length, type, entityId });
  }
  mentions.sort((a, b) => a.start - b.start);
  const count = (id: string) => mentions.filter((m) => m.entityId === id).length;
  return {
    mentions,
    entities: [
      { id: 'e1', name: 'Erdogan', type: 'PER' as const, mentions: count('e1') },
      { id: 'e2', name: 'Syria', type: 'LOC' as const, mentions: count('e2') },
      { id: 'e3', name: 'Russian', type: 'MISC' as const, mentions: count('e3') },
    ],
  };
}

function deps(over: Partial<PageDeps> = {}): PageDeps {
  let t = 0;
  return {
    doc: load(seed),
    url: 'https://news.example/putin-syria',
    settings: SETTINGS,
    recognize,
    highlights: fakeHighlights().api,
    now: () => (t += 1),
    ...over,
  };
}

describe('processPage', () => {
  it('extracts, recognizes, draws and reports the seed article', async () => {
    const { api, registry } = fakeHighlights();
    const spy = vi.fn(recognize);
    const state = await processPage(deps({ highlights: api, recognize: spy }), 1);
    expect(state.report.status).toBe('article');
    if (state.report.status !== 'article') return;
    expect(spy).toHaveBeenCalledWith(state.report.text, 'en');
    // Every drawn range shows the live text of its mention; MISC is recognised, never drawn.
    const per = registry.get('gloss-person')!.ranges.map((r) => r.toString());
    expect(per.length).toBeGreaterThan(0);
    expect(new Set(per)).toEqual(new Set(['Erdogan']));
    expect(registry.has('gloss-org')).toBe(false);
    expect(state.mentions.every((m) => m.type !== 'MISC')).toBe(true);
    expect(state.report.entities.map((e) => e.name)).toEqual(['Erdogan', 'Syria']);
    expect(state.report.note).toBeNull();
    expect(state.report.runs).toBe(1);
  });

  it('draws no name that is a word of a title set in italics', async () => {
    const { api, registry } = fakeHighlights();
    const page = seed.replace(
      'in war-torn Syria, Putin said.',
      'in war-torn <i>Syria Through the Ages</i>, Putin said.',
    );
    // deps() loads the seed into the one global document: the changed page goes in after it
    const d = deps({ highlights: api });
    d.doc = load(page);
    const state = await processPage(d, 1);
    if (state.report.status !== 'article') throw new Error('the seed is an article');
    const places = registry.get('gloss-place')!.ranges;
    expect(places.length).toBeGreaterThan(0);
    expect(places.some((r) => r.startContainer.parentElement?.tagName === 'I')).toBe(false);
    const all = (await recognize(state.report.text)).mentions.filter((m) => m.type === 'LOC');
    expect(state.mentions.filter((m) => m.type === 'LOC')).toHaveLength(all.length - 1);
  });

  it('traces each stage in order, from the content script start to the first mark', async () => {
    const state = await processPage(
      deps({
        trace: {
          timeOrigin: 0,
          scriptStart: 0,
          before: [{ stage: 'settings', start: 0, end: 0.5 }],
          firstMark: null,
        },
      }),
      1,
    );
    if (state.report.status !== 'article') throw new Error('the seed is an article');
    const trace = state.report.trace!;
    // In the page (no off-thread extractor): gate, clone, parse, map, then drawing.
    expect(trace.stages.map((s) => s.stage)).toEqual(['settings', 'gate', 'clone', 'parse', 'map', 'draw']);
    for (const s of trace.stages) expect(s.end).toBeGreaterThanOrEqual(s.start);
    for (let i = 1; i < trace.stages.length; i++)
      expect(trace.stages[i]!.start).toBeGreaterThanOrEqual(trace.stages[i - 1]!.end);
    expect(trace.firstMark).toBe(trace.stages.at(-1)!.end);
  });

  it('is off on a denied site and clears what an earlier run drew', async () => {
    const { api, registry } = fakeHighlights();
    registry.set('gloss-person', { ranges: [] });
    const recognizer = vi.fn(recognize);
    const state = await processPage(
      deps({ highlights: api, recognize: recognizer, settings: { ...SETTINGS, deniedSites: ['news.example'] } }),
      2,
    );
    expect(state.report).toMatchObject({ status: 'off', runs: 2 });
    expect(registry.size).toBe(0);
    expect(recognizer).not.toHaveBeenCalled();
  });

  it('reports a failed recognizer and a missing Highlight API as notes, drawing nothing', async () => {
    const failed = await processPage(
      deps({
        recognize: () => Promise.reject(new Error('model missing')),
      }),
      1,
    );
    expect(failed.report).toMatchObject({ status: 'article', note: 'entity recognition failed: model missing' });
    expect(failed.mentions).toEqual([]);

    const noApi = await processPage(deps({ highlights: null }), 1);
    expect(noApi.report.status).toBe('article');
    if (noApi.report.status === 'article') expect(noApi.report.note).toMatch(/CSS Custom Highlight API/);
    expect(noApi.mentions).toEqual([]);
  });
});
