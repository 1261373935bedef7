// A place card's map and facts: Wikidata's facts (coordinates, country, region, population,
// area) when allowed, then the place resolved with the bundled gazetteer's help. A place
// Wikipedia does not know is not mapped (the name may not be a place at all).
import { latLonOf } from '@/utils/geo/coordinates';
import { resolvePlace } from '@/utils/geo/resolve-place';
import type { BackgroundResult, FactsResult } from '@/utils/knowledge/types';
import type { CardRequest } from '@/utils/model/card';
import { type CardDeps, pushCard, type TabCard } from './card-tab';

/** Adds facts and the resolved place to the tab's card, while it still shows `req`. */
export async function loadPlaceCard(
  deps: Pick<CardDeps, 'places'>,
  t: TabCard,
  req: CardRequest,
  background: BackgroundResult,
  signal: AbortSignal,
): Promise<void> {
  if (background.status === 'not-found' || !t.ctx) return;
  const bg = background.status === 'ok' ? background.value : undefined;
  let facts: FactsResult | undefined;
  if (bg?.wikidataId && t.ctx.wikidataFacts) {
    t.model = { ...t.model!, facts: { status: 'loading' } };
    pushCard(t);
    facts = (await t.ctx.knowledge.getFacts(bg, { signal }).catch(() => undefined)) ?? undefined;
    if (signal.aborted || t.request !== req) return;
  }
  const gaz = deps.places ? await deps.places() : undefined;
  if (signal.aborted || t.request !== req) return;
  const place = resolvePlace(
    {
      mention: req.entity.name,
      ...(bg ? { title: bg.title, wikidataId: bg.wikidataId, description: bg.description } : {}),
      ...(bg && latLonOf(bg.coordinates) ? { wikipediaPoint: latLonOf(bg.coordinates) } : {}),
      ...(facts?.status === 'ok' ? { facts: facts.value } : {}),
      context: req.context,
    },
    gaz,
  );
  const next = { ...t.model! };
  if (facts) next.facts = facts;
  else if (next.facts?.status === 'loading') delete next.facts;
  if (place) next.place = place;
  t.model = next;
  pushCard(t);
}
