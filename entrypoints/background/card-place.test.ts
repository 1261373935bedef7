// A place card's facts and map on their own, with a fake knowledge service: facts shown as
// loading then filled, the map's point from Wikidata before Wikipedia, nothing for a place
// Wikipedia does not know, and nothing landing once the tab moved on or the card was closed.
import { describe, expect, it } from 'vitest';
import type { KnowledgeService } from '@/utils/knowledge';
import type { Background, BackgroundResult, Facts, FactsResult } from '@/utils/knowledge/types';
import type { CardContent, CardFrameMessage, CardRequest } from '@/utils/model/card';
import { loadPlaceCard } from './card-place';
import { type CardContext, type CardPort, emptyTabCard, type TabCard } from './card-tab';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

const REQ: CardRequest = {
  token: 1,
  entity: { name: 'Aleppo', type: 'LOC', aliases: [], key: 'LOC:aleppo' },
  lang: 'en',
  context: [],
  pageLinks: [],
  pageUrl: 'https://example.com/a',
};

const BG: Background = {
  title: 'Aleppo',
  description: 'city in Syria',
  extract: 'Aleppo is a city.',
  url: 'https://en.wikipedia.org/wiki/Aleppo',
  wikidataId: 'Q41183',
  lang: 'en',
  type: 'LOC',
  coordinates: { lat: 36.2, lon: 37.16 },
  typeChecked: true,
};

const FACTS: Facts = {
  wikidataId: 'Q41183',
  type: 'LOC',
  instanceOf: ['Q515'],
  facts: [{ kind: 'coordinates', property: 'P625', value: { kind: 'coordinates', lat: 36.21, lon: 37.15 } }],
} as Facts;

function setup(opts: { wikidataFacts?: boolean } = {}) {
  const facts = deferred<FactsResult>();
  const factsAsked: unknown[] = [];
  const knowledge = {
    getFacts: (entity: unknown, o?: { signal?: AbortSignal }) => {
      factsAsked.push({ entity, signal: o?.signal });
      return facts.promise;
    },
  } as unknown as KnowledgeService;
  const ctx: CardContext = {
    knowledge,
    gdelt: false,
    googleNews: false,
    wikidataFacts: opts.wikidataFacts ?? true,
    pictures: true,
  };
  const sent: CardFrameMessage[] = [];
  const port = { post: (m: CardFrameMessage) => sent.push(m) } as unknown as CardPort;
  const model: CardContent = {
    mention: { name: 'Aleppo', type: 'LOC' },
    background: { status: 'ok', value: BG, fetchedAt: 1 },
  };
  const t: TabCard = { ...emptyTabCard(), port, request: REQ, model, ctx };
  const models = () => sent.flatMap((m) => (m.type === 'model' ? [m.model] : []));
  return { t, facts, factsAsked, models, controller: new AbortController() };
}

const ok = (value: Background): BackgroundResult => ({ status: 'ok', value, fetchedAt: 1 });

describe('loadPlaceCard', () => {
  it('shows facts loading, then the facts and a map at Wikidata’s point', async () => {
    const s = setup();
    const done = loadPlaceCard({}, s.t, REQ, ok(BG), s.controller.signal);
    await settle();
    expect(s.models().map((m) => m.facts)).toEqual([{ status: 'loading' }]);
    expect(s.factsAsked).toEqual([{ entity: BG, signal: s.controller.signal }]);
    s.facts.resolve({ status: 'ok', value: FACTS, fetchedAt: 1 });
    await done;
    const last = s.models().at(-1)!;
    expect(last.facts).toEqual({ status: 'ok', value: FACTS, fetchedAt: 1 });
    expect(last.place).toMatchObject({
      name: 'Aleppo',
      kind: 'city',
      point: { lat: 36.21, lon: 37.15 },
      source: 'wikidata',
    });
    expect(last.background).toEqual({ status: 'ok', value: BG, fetchedAt: 1 });
    expect(s.t.model).toEqual(last);
  });

  it('maps at Wikipedia’s point without asking Wikidata when facts are off', async () => {
    const s = setup({ wikidataFacts: false });
    await loadPlaceCard({}, s.t, REQ, ok(BG), s.controller.signal);
    expect(s.factsAsked).toEqual([]);
    expect(s.models()).toHaveLength(1);
    expect(s.models()[0]!.facts).toBeUndefined();
    expect(s.models()[0]!.place).toMatchObject({ point: { lat: 36.2, lon: 37.16 }, source: 'wikipedia' });
  });

  it('clears the loading facts when the facts lookup fails, keeping the map', async () => {
    const s = setup();
    const done = loadPlaceCard({}, s.t, REQ, ok(BG), s.controller.signal);
    s.facts.reject(new Error('offline'));
    await done;
    const last = s.models().at(-1)!;
    expect('facts' in last).toBe(false);
    expect(last.place).toMatchObject({ source: 'wikipedia' });
  });

  it('does nothing for a place Wikipedia does not know, or a tab without a card context', async () => {
    const s = setup();
    const before = s.t.model;
    await loadPlaceCard({}, s.t, REQ, { status: 'not-found' }, s.controller.signal);
    s.t.ctx = null;
    await loadPlaceCard({}, s.t, REQ, ok(BG), s.controller.signal);
    expect(s.models()).toEqual([]);
    expect(s.factsAsked).toEqual([]);
    expect(s.t.model).toBe(before);
  });

  it('lands nothing once the card was closed or the tab asked for another entity', async () => {
    for (const leave of ['abort', 'new request'] as const) {
      const s = setup();
      const done = loadPlaceCard({}, s.t, REQ, ok(BG), s.controller.signal);
      await settle();
      if (leave === 'abort') s.controller.abort();
      else s.t.request = { ...REQ, token: 2 };
      s.facts.resolve({ status: 'ok', value: FACTS, fetchedAt: 1 });
      await done;
      expect(s.models().map((m) => m.facts)).toEqual([{ status: 'loading' }]);
      expect(s.t.model?.place).toBeUndefined();
    }
  });

  it('lands nothing when the tab moved on while the gazetteer loaded', async () => {
    const s = setup({ wikidataFacts: false });
    const gaz = deferred<undefined>();
    const done = loadPlaceCard({ places: () => gaz.promise }, s.t, REQ, ok(BG), s.controller.signal);
    s.t.request = { ...REQ, token: 2 };
    gaz.resolve(undefined);
    await done;
    expect(s.models()).toEqual([]);
  });
});
