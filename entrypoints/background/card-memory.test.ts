// The card's memory section on its own: the line lands, then the newest quote, each only
// while the tab still shows the request it was asked for; a failed read shows "none".
import { describe, expect, it } from 'vitest';
import type { HighlightMemory, MemoryView } from '@/utils/memory/memory-line';
import type { CardContent, CardFrameMessage, CardRequest } from '@/utils/model/card';
import { loadCardMemory } from './card-memory';
import { type CardPort, emptyTabCard, type TabCard } from './card-tab';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run (the section's chain is a few hops long). */
const settle = () => new Promise((r) => setTimeout(r, 0));

const request = (name: string): CardRequest => ({
  token: 1,
  entity: { name, type: 'PER', aliases: [], key: `PER:${name.toLowerCase()}` },
  lang: 'en',
  context: [],
  pageLinks: [],
  pageUrl: 'https://example.com/a',
});

const memoryOk = (count: number): MemoryView => ({
  status: 'ok',
  key: 'PER:ada lovelace',
  name: 'Ada Lovelace',
  articles: 4,
  firstAt: 1,
  last: { at: 2, title: 'T', url: 'https://example.com/t' },
  sparkline: null,
  highlights: { count, newest: null },
});

const NEWEST: HighlightMemory['newest'] = {
  id: 'h1',
  quote: 'The engine might compose music.',
  createdAt: 5,
  url: 'https://example.com/h',
};

function tab(req: CardRequest) {
  const sent: CardFrameMessage[] = [];
  const port = { post: (m: CardFrameMessage) => sent.push(m) } as unknown as CardPort;
  const model: CardContent = { mention: { name: req.entity.name, type: 'PER' }, background: { status: 'loading' } };
  const t: TabCard = { ...emptyTabCard(), port, request: req, model };
  const models = () => sent.map((m) => (m.type === 'model' ? m.model : null));
  return { t, sent, models };
}

function deps() {
  const memory = deferred<MemoryView>();
  const newest = deferred<HighlightMemory['newest']>();
  const asked: Array<{ fn: string; key: string; count?: number }> = [];
  return {
    memory,
    newest,
    asked,
    deps: {
      memory: (key: string) => (asked.push({ fn: 'memory', key }), memory.promise),
      newestHighlight: (key: string, count: number) => (asked.push({ fn: 'newest', key, count }), newest.promise),
    },
  };
}

describe('loadCardMemory', () => {
  it('pushes the line, then the newest quote, keeping the rest of the model', async () => {
    const req = request('Ada Lovelace');
    const { t, models } = tab(req);
    const d = deps();
    loadCardMemory(d.deps, t, req);
    await settle();
    expect(models()).toEqual([]);
    d.memory.resolve(memoryOk(3));
    await settle();
    expect(models()).toHaveLength(1);
    expect(models()[0]).toMatchObject({ background: { status: 'loading' }, memory: { status: 'ok', articles: 4 } });
    expect(d.asked).toEqual([
      { fn: 'memory', key: 'PER:ada lovelace' },
      { fn: 'newest', key: 'PER:ada lovelace', count: 3 },
    ]);
    d.newest.resolve(NEWEST);
    await settle();
    expect(models()).toHaveLength(2);
    expect(models()[1]?.memory).toEqual({ ...memoryOk(3), highlights: { count: 3, newest: NEWEST } });
    expect(t.model?.memory).toEqual(models()[1]?.memory);
  });

  it('drops a line that comes after the tab moved on to another request', async () => {
    const req = request('Ada Lovelace');
    const { t, sent } = tab(req);
    const d = deps();
    loadCardMemory(d.deps, t, req);
    const before = t.model;
    t.request = request('Charles Babbage');
    d.memory.resolve(memoryOk(3));
    await settle();
    expect(sent).toEqual([]);
    expect(t.model).toBe(before);
    expect(d.asked.map((a) => a.fn)).toEqual(['memory']);
  });

  it('drops a quote that comes after the tab moved on', async () => {
    const req = request('Ada Lovelace');
    const { t, models } = tab(req);
    const d = deps();
    loadCardMemory(d.deps, t, req);
    d.memory.resolve(memoryOk(2));
    await settle();
    t.request = request('Charles Babbage');
    d.newest.resolve(NEWEST);
    await settle();
    expect(models()).toHaveLength(1);
    expect(t.model?.memory).toEqual(memoryOk(2));
  });

  it('shows "none" when the memory read fails, and asks no quote', async () => {
    const req = request('Ada Lovelace');
    const { t, models } = tab(req);
    const d = deps();
    loadCardMemory(d.deps, t, req);
    d.memory.reject(new Error('database closed'));
    await settle();
    expect(models().map((m) => m?.memory)).toEqual([{ status: 'none', highlights: { count: 0, newest: null } }]);
    expect(d.asked.map((a) => a.fn)).toEqual(['memory']);
  });

  it('asks no quote when history is off or nothing is highlighted', async () => {
    for (const view of [{ status: 'off' } as MemoryView, memoryOk(0)]) {
      const req = request('Ada Lovelace');
      const { t, models } = tab(req);
      const d = deps();
      loadCardMemory(d.deps, t, req);
      d.memory.resolve(view);
      await settle();
      expect(models().map((m) => m?.memory)).toEqual([view]);
      expect(d.asked.map((a) => a.fn)).toEqual(['memory']);
    }
  });

  it('keeps the line when the quote read fails', async () => {
    const req = request('Ada Lovelace');
    const { t, models } = tab(req);
    const d = deps();
    loadCardMemory(d.deps, t, req);
    d.memory.resolve(memoryOk(1));
    d.newest.reject(new Error('read failed'));
    await settle();
    expect(models()).toHaveLength(1);
    expect(t.model?.memory).toEqual(memoryOk(1));
  });
});
