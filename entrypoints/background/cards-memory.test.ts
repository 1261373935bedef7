// The card service's memory line: asked for as soon as a card is requested (not after the
// Wikipedia lookup), pushed into the card frame when it comes, pushed again to every open
// card when the history changes, and frame events for the entity page and the setting.
import { describe, expect, it } from 'vitest';
import type { KnowledgeService } from '@/utils/knowledge';
import type { MemoryView } from '@/utils/memory/memory-line';
import type { CardFrameEvent, CardRequest } from '@/utils/model/card';
import { parseCardFrameEvent } from '@/utils/policy/frame-messages';
import { type CardPort, createCardService } from './cards';

function fakePort(tabId: number) {
  const sent: unknown[] = [];
  let onMsg: (m: CardFrameEvent) => void = () => {};
  const port: CardPort = {
    post: (m) => sent.push(m),
    onMessage: (cb) => {
      onMsg = cb;
    },
    onDisconnect: () => {},
    disconnect: () => {},
    sender: { url: 'chrome-extension://x/card.html', tab: { id: tabId } },
  };
  return { port, sent, frame: (m: CardFrameEvent) => onMsg(m) };
}

const REQ: CardRequest = {
  token: 1,
  entity: { name: 'Erdogan', type: 'PER', aliases: [], key: 'PER:recep tayyip erdogan' },
  lang: 'en',
  context: [],
  pageLinks: [],
  pageUrl: 'https://example.com/a',
};

const memoryOk = (articles: number): MemoryView => ({
  status: 'ok',
  key: REQ.entity.key,
  name: 'Recep Tayyip Erdogan',
  articles,
  firstAt: 1,
  last: { at: 2, title: 'T', url: 'https://example.com/t' },
  sparkline: null,
  highlights: { count: 2, newest: null },
});

describe('card memory', () => {
  it('pushes the memory before the background lookup ends, and again when the history changes', async () => {
    let articles = 3;
    let release: () => void = () => {};
    const lookup = new Promise<void>((r) => (release = r));
    const opened: string[] = [];
    let options = 0;
    const svc = createCardService({
      history: async () => [],
      memory: async () => memoryOk(articles),
      newestHighlight: async () => ({ id: 'h', quote: 'He said so.', createdAt: 1, url: 'https://example.com/h' }),
      openEntityPage: (k) => opened.push(k),
      openOptions: () => options++,
      openTab: () => {},
      cardPageUrl: 'chrome-extension://x/card.html',
      places: async () => undefined,
    });
    const { port, sent, frame } = fakePort(7);
    svc.attach(port);
    const knowledge = {
      getBackground: async () => {
        await lookup;
        return { status: 'not-found' };
      },
      getRelated: async () => ({ status: 'ok', stories: [], sources: { gdelt: 'off', googleNews: 'off' } }),
    } as unknown as KnowledgeService;
    const done = svc.fetchCard(7, REQ, {
      knowledge,
      gdelt: false,
      googleNews: false,
      wikidataFacts: false,
      pictures: true,
    });
    const memoryOf = () =>
      (sent.filter((m) => (m as { type: string }).type === 'model').at(-1) as { model: { memory?: MemoryView } })?.model
        .memory;
    await new Promise((r) => setTimeout(r, 0));
    expect(memoryOf()).toMatchObject({ status: 'ok', articles: 3 });
    // The newest highlight's quote follows the line in a second push.
    expect(memoryOf()?.status === 'ok' && memoryOf()).toMatchObject({
      highlights: { count: 2, newest: { quote: 'He said so.' } },
    });
    release();
    await done;
    expect(memoryOf()).toMatchObject({ status: 'ok', articles: 3 });
    articles = 2;
    svc.refreshMemory();
    await new Promise((r) => setTimeout(r, 0));
    expect(memoryOf()).toMatchObject({ articles: 2 });
    frame({ type: 'open-entity-page', key: REQ.entity.key });
    frame({ type: 'open-options' });
    // A malformed key never reaches the service: the Port's check drops it.
    expect(parseCardFrameEvent({ type: 'open-entity-page', key: 42 })).toBeNull();
    expect(opened).toEqual([REQ.entity.key]);
    expect(options).toBe(1);
  });
});
