// @vitest-environment happy-dom
// The card controller against fakes: a fake frame channel and background, a fixed placement.
// Keyboard paths (open an entity's card, the entity list, Esc) open and close the card; the
// frame's channel events resize and close it; focus goes back where it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap } from '@/utils/article/text-map';
import type { CardChannelEvent, CardChannelMessage, CardRequest } from '@/utils/model/card';
import type { DrawnMention } from '@/utils/render/mention-highlights';
import { createCardController, type CardController, type PageContext } from './card-controller';
import { glossHost, removeGlossHost } from './gloss-host';

const TEXT = 'Erdogan met Putin in Sochi. Erdogan said the talks went well.';

function pageContext(): PageContext {
  document.body.innerHTML = `<button id="before">Before</button><article><p id="p">${TEXT}</p></article>`;
  const node = document.getElementById('p')!.firstChild as Text;
  const map = buildTextMap(document.getElementById('p')!);
  const mention = (entityId: string, word: string, from = 0): DrawnMention => {
    const start = TEXT.indexOf(word, from);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + word.length);
    return { entityId, start, end: start + word.length, type: entityId === 'e3' ? 'LOC' : 'PER', range };
  };
  return {
    map,
    mentions: [mention('e1', 'Erdogan'), mention('e2', 'Putin'), mention('e3', 'Sochi'), mention('e1', 'Erdogan', 10)],
    entities: [
      { id: 'e1', name: 'Recep Tayyip Erdogan', type: 'PER', aliases: ['Erdogan'] },
      { id: 'e2', name: 'Vladimir Putin', type: 'PER' },
      { id: 'e3', name: 'Sochi', type: 'LOC' },
    ],
    lang: 'en',
    title: 'Erdogan meets Putin',
    url: 'https://news.example/a',
  };
}

function setup(fetchCard: (req: CardRequest) => Promise<{ status: string }> = async () => ({ status: 'ok' })) {
  const posted: CardChannelMessage[] = [];
  let emit: (ev: CardChannelEvent) => void = () => {};
  const channel = { opened: [] as { iframe: HTMLIFrameElement; key: string }[], closed: false };
  const fetched: CardRequest[] = [];
  const cancelled: number[] = [];
  const shown: number[] = [];
  const placements: Range[] = [];
  const controller = createCardController({
    win: window,
    cardUrl: 'about:blank',
    newKey: () => 'k123',
    openChannel: (iframe, key) => {
      channel.opened.push({ iframe, key });
      return {
        post: (m) => void posted.push(m),
        onMessage: (cb) => {
          emit = cb;
        },
        close: () => {
          channel.closed = true;
        },
      };
    },
    fetchCard: (req) => {
      fetched.push(req);
      return fetchCard(req);
    },
    cancelCard: (token) => void cancelled.push(token),
    hoverDelayMs: () => 0,
    onShown: (ms) => void shown.push(ms),
    placeNear: async (anchor) => {
      placements.push(anchor);
      return { x: 40, y: 120, maxHeight: 300, placement: 'bottom-start' } as never;
    },
  });
  const iframe = () => channel.opened[0]?.iframe ?? null;
  const visible = () => iframe()?.style.display === 'block' && iframe()?.style.visibility === 'visible';
  return {
    controller,
    posted,
    emit: (ev: CardChannelEvent) => emit(ev),
    channel,
    fetched,
    cancelled,
    shown,
    placements,
    iframe,
    visible,
  };
}

/** Lets the placement promise and the next animation frame run. */
const settle = async () => {
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
};

let controller: CardController | null = null;
beforeEach(() => {
  removeGlossHost(document);
});
afterEach(() => {
  controller?.dispose();
  controller = null;
});

describe('card controller', () => {
  it('opens an entity card from the keyboard: one request, the frame placed and shown, its key in the URL', async () => {
    const t = setup();
    controller = t.controller;
    const ctx = pageContext();
    controller.update(ctx);
    expect(controller.hasHost()).toBe(false);
    controller.openEntity('e2');
    await settle();
    expect(t.fetched.map((r) => r.entity.name)).toEqual(['Vladimir Putin']);
    expect(t.fetched[0]!.pageUrl).toBe('https://news.example/a');
    expect(t.channel.opened).toHaveLength(1);
    expect(t.iframe()!.src).toBe('about:blank#channel=k123');
    expect(t.channel.opened[0]!.key).toBe('k123');
    // The frame lives in Gloss's closed shadow root, placed where placeCard said.
    expect(glossHost(document).shadow.contains(t.iframe())).toBe(true);
    expect(t.placements[0]!.toString()).toBe('Putin');
    expect(t.visible()).toBe(true);
    expect([t.iframe()!.style.left, t.iframe()!.style.top]).toEqual(['40px', '120px']);
    expect(t.shown).toHaveLength(1);
  });

  it('resizes the frame on the size reports of its channel (wider only, height capped) and places it again', async () => {
    const t = setup();
    controller = t.controller;
    controller.update(pageContext());
    controller.openEntity('e1');
    await settle();
    t.emit({ type: 'resize', width: 400, height: 250 });
    expect([t.iframe()!.style.width, t.iframe()!.style.height]).toEqual(['400px', '250px']);
    // Never narrower (the card would reflow line by line); no taller than the room it has.
    t.emit({ type: 'resize', width: 200, height: 900 });
    expect([t.iframe()!.style.width, t.iframe()!.style.height]).toEqual(['400px', '300px']);
    await settle();
    expect(t.placements.length).toBeGreaterThanOrEqual(2);
  });

  it('closes when the frame asks and on Esc, and gives focus back', async () => {
    const t = setup();
    controller = t.controller;
    controller.update(pageContext());
    const before = document.getElementById('before')!;
    before.focus();
    controller.openEntity('e1');
    await settle();
    (document.activeElement as HTMLElement | null)?.blur?.();
    t.emit({ type: 'close' });
    expect(t.visible()).toBe(false);
    expect(document.activeElement).toBe(before);

    controller.openEntity('e3');
    await settle();
    expect(t.visible()).toBe(true);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(t.visible()).toBe(false);
  });

  it('cancels a request still open when the card closes before its answer', async () => {
    const t = setup(() => new Promise(() => {}));
    controller = t.controller;
    controller.update(pageContext());
    controller.openEntity('e1');
    await settle();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(t.cancelled).toEqual([t.fetched[0]!.token]);
  });

  it('shows the entity list over the channel, opens a chosen entity, and switches the frame back to the card', async () => {
    const t = setup();
    controller = t.controller;
    controller.update(pageContext());
    controller.openList();
    expect(t.posted[0]).toEqual({
      type: 'list',
      entities: [
        { id: 'e1', name: 'Recep Tayyip Erdogan', type: 'PER', mentions: 2 },
        { id: 'e2', name: 'Vladimir Putin', type: 'PER', mentions: 1 },
        { id: 'e3', name: 'Sochi', type: 'LOC', mentions: 1 },
      ],
    });
    expect(t.visible()).toBe(true);
    expect(t.iframe()!.style.left).toBe(`${window.innerWidth - 376}px`);
    expect(t.fetched).toEqual([]);
    // The list's own size reports resize the frame but do not move it under a mention.
    t.emit({ type: 'resize', width: 360, height: 200 });
    expect(t.iframe()!.style.height).toBe('200px');
    expect(t.placements).toEqual([]);

    t.emit({ type: 'open-entity', id: 'e3' });
    await settle();
    expect(t.fetched.map((r) => r.entity.name)).toEqual(['Sochi']);
    expect(t.posted[1]).toEqual({ type: 'card' });
    expect(t.placements.map((r) => r.toString())).toEqual(['Sochi']);
    expect(t.visible()).toBe(true);
  });

  it('closes the list on its close and gives focus back', () => {
    const t = setup();
    controller = t.controller;
    controller.update(pageContext());
    const before = document.getElementById('before')!;
    before.focus();
    controller.openList();
    t.emit({ type: 'close' });
    expect(t.visible()).toBe(false);
    expect(document.activeElement).toBe(before);
  });

  it('does nothing without an article, hides on a new page state, and removes its frame on dispose', async () => {
    const t = setup();
    controller = t.controller;
    controller.openList();
    controller.openEntity('e1');
    expect(t.channel.opened).toEqual([]);
    controller.update(pageContext());
    controller.openEntity('e1');
    await settle();
    controller.update(null);
    expect(t.visible()).toBe(false);
    const frame = t.iframe()!;
    controller.dispose();
    controller = null;
    expect(frame.isConnected).toBe(false);
    expect(t.channel.closed).toBe(true);
  });
});
