// The card's Wikidata facts, asked for when the reader expands the card (when the setting
// allows them), for the background the card shows.
import { pushCard, type TabCard } from './card-tab';

/** Loads the facts of the tab's card into its model, pushing "loading" first. */
export async function expandCardFacts(t: TabCard): Promise<void> {
  const bg = t.model?.background;
  if (!t.model || !bg || bg.status !== 'ok' || !t.controller || !t.ctx) return;
  if (!t.ctx.wikidataFacts) {
    t.model = {
      ...t.model,
      facts: { status: 'error', message: 'Wikidata facts are switched off in Gloss’s options' },
    };
    pushCard(t);
    return;
  }
  const signal = t.controller.signal;
  t.model = { ...t.model, facts: { status: 'loading' } };
  pushCard(t);
  const facts = await t.ctx.knowledge.getFacts(bg.value, { signal }).catch(() => null);
  if (!facts || signal.aborted) return;
  t.model = { ...t.model, facts };
  pushCard(t);
}
