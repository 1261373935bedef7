// The card's memory section: the reader's line about the entity (one indexed read), then
// the quote of the newest highlight that mentions it. Each lands only while the card still
// shows the request it was asked for.
import type { MemoryView } from '@/utils/memory/memory-line';
import type { CardRequest } from '@/utils/model/card';
import { type CardDeps, pushCard, type TabCard } from './card-tab';

/** Asks for the entity's memory and pushes it into the card when it comes (and still shows it). */
export function loadCardMemory(deps: Pick<CardDeps, 'memory' | 'newestHighlight'>, t: TabCard, req: CardRequest): void {
  void deps
    .memory(req.entity.key)
    .catch((): MemoryView => ({ status: 'none', highlights: { count: 0, newest: null } }))
    .then(async (memory) => {
      if (t.request !== req || !t.model) return;
      t.model = { ...t.model, memory };
      pushCard(t);
      // The quote follows the line: the line is one indexed read, the newest highlight more.
      if (memory.status === 'off' || memory.highlights.count === 0) return;
      const newest = await deps.newestHighlight(req.entity.key, memory.highlights.count).catch(() => null);
      if (!newest || t.request !== req || !t.model || t.model.memory !== memory) return;
      t.model = { ...t.model, memory: { ...memory, highlights: { ...memory.highlights, newest } } };
      pushCard(t);
    });
}
