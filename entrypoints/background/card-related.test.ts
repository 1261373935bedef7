// Related stories: asked with the background's title and the reader's history, landing only
// while the card still shows the same request.
import { describe, expect, it } from 'vitest';
import type { KnowledgeService, RelatedOptions, RelatedRequest } from '@/utils/knowledge';
import type { RelatedResult } from '@/utils/knowledge/types';
import type { CardRequest } from '@/utils/model/card';
import { loadRelated } from './card-related';
import { type CardContext, type CardPort, emptyTabCard } from './card-tab';

const REQ: CardRequest = {
  token: 1,
  entity: { name: 'Putin', type: 'PER', aliases: ['Vladimir Putin'], key: 'PER:putin' },
  lang: 'en',
  context: [],
  pageLinks: [],
  pageUrl: 'https://news.example/a',
};
const RELATED: RelatedResult = { status: 'ok', stories: [], sources: { gdelt: 'ok', googleNews: 'skipped' } };
const HISTORY = [{ url: 'https://news.example/b', title: 'Earlier', visitedAt: 1 }];

function setup() {
  const asked: Array<{ req: RelatedRequest; o?: RelatedOptions }> = [];
  const t = emptyTabCard();
  const posted: unknown[] = [];
  t.port = {
    post: (m) => void posted.push(m),
    onMessage: () => undefined,
    onDisconnect: () => undefined,
    disconnect: () => undefined,
    sender: undefined,
  } satisfies CardPort;
  t.request = REQ;
  t.model = { mention: { name: 'Putin', type: 'PER' }, background: { status: 'loading' } };
  const ctx: CardContext = {
    knowledge: {
      getRelated: async (req, o) => {
        asked.push({ req, o });
        return RELATED;
      },
    } as KnowledgeService,
    gdelt: true,
    googleNews: false,
    wikidataFacts: true,
    pictures: true,
  };
  const deps = { history: async () => HISTORY };
  return { t, ctx, deps, asked, posted };
}

describe('loadRelated', () => {
  it('asks with the canonical title and history, then pushes the stories', async () => {
    const { t, ctx, deps, asked, posted } = setup();
    const bg = {
      status: 'ok',
      value: { title: 'Vladimir Putin', extract: '', url: '', lang: 'en', type: 'PER', typeChecked: true },
      fetchedAt: 1,
    } as const;
    await loadRelated(deps, t, REQ, ctx, bg, new AbortController().signal);
    expect(asked[0]!.req).toMatchObject({ name: 'Putin', title: 'Vladimir Putin', excludeUrl: REQ.pageUrl });
    expect(asked[0]!.o).toMatchObject({ history: HISTORY, gdelt: true, googleNews: false });
    expect(t.model?.related).toBe(RELATED);
    expect(posted).toHaveLength(1);
  });

  it('drops the answer when the card moved on to another request', async () => {
    const { t, ctx, deps, asked, posted } = setup();
    t.request = { ...REQ, token: 2 };
    await loadRelated(deps, t, REQ, ctx, { status: 'not-found' }, new AbortController().signal);
    expect(asked[0]!.req.title).toBeUndefined();
    expect(t.model?.related).toBeUndefined();
    expect(posted).toHaveLength(0);
  });
});
