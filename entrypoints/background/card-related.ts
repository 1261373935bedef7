// The card's related stories: the reader's history (only to the card frame), the page's
// links and the news sources the settings allow, asked for once the background is known
// (its canonical title is the better query).
import type { BackgroundResult } from '@/utils/knowledge/types';
import type { CardRequest } from '@/utils/model/card';
import { type CardContext, type CardDeps, pushCard, type TabCard } from './card-tab';

/** Loads related stories into the tab's card, while it still shows `req`. */
export async function loadRelated(
  deps: Pick<CardDeps, 'history'>,
  t: TabCard,
  req: CardRequest,
  ctx: CardContext,
  background: BackgroundResult,
  signal: AbortSignal,
): Promise<void> {
  const { gdelt, googleNews } = ctx;
  const history = await deps.history(req.entity.key, req.pageUrl).catch(() => []);
  const related = await ctx.knowledge
    .getRelated(
      {
        name: req.entity.name,
        type: req.entity.type,
        lang: req.lang,
        title: background.status === 'ok' ? background.value.title : undefined,
        aliases: req.entity.aliases,
        excludeUrl: req.pageUrl,
      },
      { pageLinks: req.pageLinks, history, signal, gdelt, googleNews },
    )
    .catch(() => null);
  if (!related || signal.aborted || t.request !== req) return;
  t.model = { ...t.model!, related };
  pushCard(t);
}
