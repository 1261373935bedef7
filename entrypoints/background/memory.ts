// The reading memory's handlers: the popup's People & places, the entity page, forgetting an
// article or a site, and retention (applied at start and twice a day while the background
// runs; every write applies it too, page-reports.ts). Every change reaches open cards
// (cards.ts) and extension pages (a `memoryChanged` message) at once.
import { onMessage, sendMessage } from '@/utils/adapters/messaging';
import { PERIODS } from '@/utils/memory/people';
import { retentionCutoff } from '@/utils/memory/retention';
import { keyType, nameFromKey } from '@/utils/memory/visit-row';
import { normalizeUrl } from '@/utils/url/normalize-url';
import type { BackgroundContext } from './context';
import { entityPageDetails, entityPageStart } from './entity-page-reads';
import { forgetArticle, forgetSite, peopleFor, pruneHistory, searchPeople } from './memory-store';

const PRUNE_EVERY_MS = 12 * 60 * 60_000;

export function registerMemory(ctx: BackgroundContext): void {
  const { db } = ctx;
  ctx.onMemoryChanged((reason) => void sendMessage('memoryChanged', { reason }).catch(() => undefined));

  const prune = async () => {
    const s = await ctx.settings();
    const at = s.readingHistory ? retentionCutoff(s.historyRetention, Date.now()) : null;
    if (at !== null && (await pruneHistory(db, at)) > 0) ctx.memoryChanged('pruned');
  };
  void prune().catch((err: unknown) => console.warn('[Gloss] the reading history could not be pruned', err));
  setInterval(() => void prune().catch(() => undefined), PRUNE_EVERY_MS);

  onMessage('forgetHistory', async ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    let n: number;
    if (data && 'url' in data && typeof data.url === 'string') {
      let url: string;
      try {
        url = normalizeUrl(data.url);
      } catch {
        throw new Error('Gloss keeps history only for http and https pages.');
      }
      n = await forgetArticle(db, url);
    } else if (data && 'site' in data && typeof data.site === 'string' && data.site !== '') {
      n = await forgetSite(db, data.site, typeof data.host === 'string' ? data.host : undefined);
    } else throw new Error('Say which article or site to forget.');
    ctx.memoryChanged('forgotten');
    return n;
  });
  onMessage('peopleList', async ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    const days = PERIODS[data?.period === 'month' ? 'month' : 'week'];
    const off = !(await ctx.settings()).readingHistory;
    return { ...(await peopleFor(db, Date.now(), days)), off };
  });
  onMessage('peopleSearch', async ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    return typeof data?.query === 'string' ? searchPeople(db, data.query.slice(0, 200)) : [];
  });
  onMessage('entityPage', async ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    const key = entityKeyOf(data);
    const [start, s] = await Promise.all([entityPageStart(db, key), ctx.settings()]);
    return { ...start, off: !s.readingHistory };
  });
  onMessage('entityDetails', ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    return entityPageDetails(db, entityKeyOf(data));
  });
  onMessage('entityBackground', async ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    const key = String(data?.key);
    const type = keyType(key);
    if (type === 'MISC') return { status: 'not-found' };
    const name = typeof data?.name === 'string' && data.name ? data.name.slice(0, 300) : nameFromKey(key);
    return (await ctx.knowledge()).getBackground({ name, type, lang: data.lang ?? 'en', context: [] });
  });
}

/** The entity key an entity-page message names, or the page's error. */
function entityKeyOf(data: { key?: unknown } | undefined): string {
  if (typeof data?.key !== 'string' || data.key === '' || data.key.length > 400)
    throw new Error('This page needs an entity (entity.html?id=…).');
  return data.key;
}
