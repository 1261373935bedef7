// The card service's place cards against the fake upstream speaking Wikipedia's and Wikidata's
// contracts: online, the map's place comes from Wikidata (P625, P17) with the facts beside it;
// offline/private mode, from the bundled gazetteer; a person or a place Wikipedia does not
// know gets no map.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../tests/fake-upstream/server';
import { createKnowledgeService } from '@/utils/knowledge';
import type { CardRequest } from '@/utils/model/card';
import { createCardService, type CardPort } from './cards';
import { noNetworkFetch } from './knowledge-setup';
import { createPlacesLoader } from './places';

const PLACES = readFileSync(resolve(__dirname, '../../public/geo/places.tsv'), 'utf8');
const CARD_URL = 'chrome-extension://x/card.html';

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(() => upstream.close());

/** A card frame port that keeps the models it is sent. */
function framePort(tabId: number) {
  const models: Record<string, unknown>[] = [];
  const port: CardPort = {
    post: (m) => {
      models.push(m.model as unknown as Record<string, unknown>);
    },
    onMessage: () => {},
    onDisconnect: () => {},
    disconnect: () => {},
    sender: { url: CARD_URL, tab: { id: tabId } },
  };
  return { port, models };
}

const request = (name: string, type: 'PER' | 'LOC' | 'ORG' = 'LOC', context: string[] = []): CardRequest => ({
  token: 1,
  entity: { name, type, aliases: [], key: `${type}:${name.toLowerCase()}` },
  lang: 'en',
  context,
  pageLinks: [],
  pageUrl: 'http://127.0.0.1/page',
});

/** A places loader that records the loads it started, so tests can wait for them. */
function tracked(read: () => Promise<string>) {
  const inner = createPlacesLoader(read);
  const loads: Promise<unknown>[] = [];
  const loader = () => {
    const p = inner();
    loads.push(p);
    return p;
  };
  return Object.assign(loader, { loads });
}

function setup(offline: boolean, places = tracked(async () => PLACES)) {
  const knowledge = createKnowledgeService({
    endpoints: upstream.endpoints,
    ...(offline ? { fetch: noNetworkFetch } : {}),
  });
  const cards = createCardService({
    history: async () => [],
    memory: async () => ({ status: 'off' }),
    newestHighlight: async () => null,
    openEntityPage: () => {},
    openOptions: () => {},
    openTab: () => {},
    cardPageUrl: CARD_URL,
    places,
  });
  const frame = framePort(7);
  cards.attach(frame.port);
  const ctx = { knowledge, gdelt: false, googleNews: false, wikidataFacts: true, pictures: true };
  const last = () => frame.models[frame.models.length - 1] ?? {};
  /** Waits until the latest model satisfies `ok` (models arrive as the service answers). */
  const until = async (ok: (m: Record<string, unknown>) => boolean) => {
    const end = Date.now() + 10_000;
    while (!ok(last())) {
      if (Date.now() > end) throw new Error(`no such model; last: ${JSON.stringify(last()).slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return last();
  };
  return { cards, ctx, frame, last, until, places };
}

describe('place cards', () => {
  it('online: Sochi is placed by Wikidata in Russia, with its region, population and area beside it', async () => {
    const { cards, ctx, until } = setup(false);
    await cards.fetchCard(7, request('Sochi'), ctx);
    const m = await until((x) => x.place !== undefined && (x.facts as { status?: string })?.status === 'ok');
    expect(m.place).toEqual({
      name: 'Sochi',
      kind: 'city',
      point: { lat: 43.585, lon: 39.7203 },
      source: 'wikidata',
      countryCode: 'RU',
      countryName: 'Russia',
    });
    const kinds = (m.facts as { value: { facts: { kind: string }[] } }).value.facts.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['country', 'region', 'population', 'area']));
  });

  it('online: Syria is a country (its own P17)', async () => {
    const { cards, ctx, until } = setup(false);
    await cards.fetchCard(7, request('Syria'), ctx);
    const m = await until((x) => x.place !== undefined);
    expect(m.place).toMatchObject({ kind: 'country', countryCode: 'SY', name: 'Syria' });
  });

  it('offline/private mode: Damascus and Syria from the bundled gazetteer, without a request', async () => {
    const before = upstream.requests.length;
    const { cards, ctx, until } = setup(true);
    await cards.fetchCard(7, request('Damascus', 'LOC', ['Syria', 'Putin']), ctx);
    const m = await until((x) => x.place !== undefined);
    expect((m.background as { status: string }).status).toBe('offline');
    expect(m.place).toMatchObject({ kind: 'city', countryCode: 'SY', source: 'gazetteer' });
    expect(m.facts).toBeUndefined();
    expect(upstream.requests.length).toBe(before);
  });

  it('no map for a person, for a place Wikipedia does not know, or offline for a place the gazetteer lacks', async () => {
    const { cards, ctx, frame, places } = setup(false);
    await cards.fetchCard(7, request('Putin', 'PER'), ctx);
    await cards.fetchCard(7, request('Zzyzx Qworn', 'LOC'), ctx);
    const offline = setup(true);
    await offline.cards.fetchCard(7, request('Zzyzx Qworn', 'LOC'), offline.ctx);
    // The offline card consulted the gazetteer; the service pushes right after it answers,
    // before this (later) waiter resumes.
    await offline.until(() => offline.places.loads.length === 1);
    await Promise.all(offline.places.loads);
    for (const m of [...frame.models, ...offline.frame.models]) expect(m.place).toBeUndefined();
    // Online, neither the person nor the unknown place got as far as the gazetteer.
    expect(places.loads.length).toBe(0);
  });

  it('a broken gazetteer file costs the offline map, not the card', async () => {
    const broken = tracked(async () => '<html>not found</html>');
    const { cards, ctx, until, last } = setup(true, broken);
    await cards.fetchCard(7, request('Damascus'), ctx);
    await until(() => broken.loads.length === 1);
    expect(await broken.loads[0]).toBeUndefined();
    expect((last().background as { status: string }).status).toBe('offline');
    expect(last().place).toBeUndefined();
  });
});
