// The card service's model for the card frame: in offline/private mode a card shows no
// picture (loading it would be a request to Wikimedia's image server).
import { describe, expect, it } from 'vitest';
import type { KnowledgeService } from '@/utils/knowledge';
import type { Background } from '@/utils/knowledge/types';
import type { CardRequest } from '@/utils/model/card';
import { createCardService, type CardPort } from './cards';

const BG: Background = {
  title: 'London',
  extract: 'Capital of England.',
  url: 'https://en.wikipedia.org/wiki/London',
  lang: 'en',
  type: 'LOC',
  typeChecked: true,
  thumbnail: { url: 'https://upload.wikimedia.org/london.jpg' },
};

function setup() {
  const posted: unknown[] = [];
  const service = createCardService({
    history: async () => [],
    memory: async () => ({ status: 'off' }),
    newestHighlight: async () => null,
    openEntityPage: () => undefined,
    openOptions: () => undefined,
    openTab: () => undefined,
    cardPageUrl: 'chrome-extension://gloss/card.html',
    places: async () => undefined,
  });
  const port: CardPort = {
    post: (m) => posted.push(m),
    onMessage: () => undefined,
    onDisconnect: () => undefined,
    disconnect: () => undefined,
    sender: { url: 'chrome-extension://gloss/card.html', tab: { id: 7 } },
  };
  expect(service.attach(port)).toBe(true);
  const knowledge = {
    getBackground: async () => ({ status: 'ok', value: BG, fetchedAt: 1 }),
    getRelated: async () => ({ status: 'ok', stories: [], sources: { gdelt: 'skipped', googleNews: 'skipped' } }),
  } as unknown as KnowledgeService;
  const req: CardRequest = {
    token: 1,
    entity: { name: 'London', type: 'LOC', aliases: [], key: 'LOC:london' },
    lang: 'en',
    context: [],
    pageLinks: [],
    pageUrl: 'https://news.example/a',
  };
  const lastBackground = () => {
    const models = posted.filter((m): m is { type: 'model'; model: { background: { value?: Background } } } =>
      Boolean(m && (m as { type?: string }).type === 'model'),
    );
    return models.at(-1)!.model.background.value;
  };
  const fetch = (pictures: boolean) =>
    service.fetchCard(7, req, { knowledge, gdelt: false, googleNews: false, wikidataFacts: true, pictures });
  return { fetch, lastBackground };
}

describe('card service pictures', () => {
  it('passes the picture on when pictures are allowed', async () => {
    const { fetch, lastBackground } = setup();
    await fetch(true);
    expect(lastBackground()?.thumbnail?.url).toBe('https://upload.wikimedia.org/london.jpg');
  });
  it('drops it in offline/private mode, keeping the rest of the card', async () => {
    const { fetch, lastBackground } = setup();
    await fetch(false);
    expect(lastBackground()?.thumbnail).toBeUndefined();
    expect(lastBackground()?.title).toBe('London');
    expect(BG.thumbnail).toBeDefined(); // the cached value itself is untouched
  });
});
