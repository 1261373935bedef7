// Expanding a card: facts load into the model (loading first), a switched-off setting says
// so, and an aborted request leaves the model as it was.
import { describe, expect, it } from 'vitest';
import type { KnowledgeService } from '@/utils/knowledge';
import type { Background, FactsResult } from '@/utils/knowledge/types';
import { expandCardFacts } from './card-facts';
import { type CardPort, emptyTabCard, type TabCard } from './card-tab';

const BG: Background = { title: 'Ada Lovelace', extract: '', url: '', lang: 'en', type: 'PER', typeChecked: true };
const FACTS: FactsResult = {
  status: 'ok',
  value: { wikidataId: 'Q7259', type: 'PER', instanceOf: ['Q5'], facts: [] },
  fetchedAt: 1,
};

function card(wikidataFacts: boolean, getFacts: KnowledgeService['getFacts']) {
  const posted: Array<{ type: string; model?: { facts?: FactsResult | { status: string } } }> = [];
  const t: TabCard = emptyTabCard();
  t.port = {
    post: (m) => void posted.push(m),
    onMessage: () => undefined,
    onDisconnect: () => undefined,
    disconnect: () => undefined,
    sender: undefined,
  } satisfies CardPort;
  t.controller = new AbortController();
  t.ctx = {
    knowledge: { getFacts } as KnowledgeService,
    gdelt: false,
    googleNews: false,
    wikidataFacts,
    pictures: true,
  };
  t.model = { mention: { name: 'Ada', type: 'PER' }, background: { status: 'ok', value: BG, fetchedAt: 1 } };
  const facts = () => posted.map((m) => m.model?.facts?.status);
  return { t, facts };
}

describe('expandCardFacts', () => {
  it('pushes loading, then the facts', async () => {
    const { t, facts } = card(true, async (entity) => {
      expect(entity).toBe(BG);
      return FACTS;
    });
    await expandCardFacts(t);
    expect(facts()).toEqual(['loading', 'ok']);
    expect(t.model?.facts).toBe(FACTS);
  });

  it('says the facts are switched off without asking', async () => {
    const { t, facts } = card(false, () => Promise.reject(new Error('must not be asked')));
    await expandCardFacts(t);
    expect(facts()).toEqual(['error']);
    expect(t.model?.facts).toMatchObject({ message: 'Wikidata facts are switched off in Gloss’s options' });
  });

  it('keeps "loading" when the card was cancelled meanwhile, and does nothing without a background', async () => {
    const { t, facts } = card(true, async () => {
      t.controller!.abort();
      return FACTS;
    });
    await expandCardFacts(t);
    expect(facts()).toEqual(['loading']);
    t.model = { mention: { name: 'Ada', type: 'PER' }, background: { status: 'not-found' } };
    await expandCardFacts(t);
    expect(facts()).toEqual(['loading']);
  });
});
