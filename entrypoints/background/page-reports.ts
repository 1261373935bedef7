// The latest page report per tab, kept in the extension's in-memory session storage
// (survives the MV3 service worker being stopped, never written to disk, unreadable by pages),
// and the reading-history entry an article's report adds when the reader keeps history (never
// from a private window).
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/adapters/messaging';
import { retentionCutoff } from '@/utils/memory/retention';
import { visitFromReport } from '@/utils/memory/visit-from-report';
import type { PageReport } from '@/utils/model/page-report';
import { assertPageReport } from '@/utils/policy/validate';
import { normalizeUrl } from '@/utils/url/normalize-url';
import type { BackgroundContext } from './context';
import { recordVisit } from './memory-store';
import { journalVisit } from './sync-setup';

type Reports = Record<string, PageReport>;
const reportsItem = storage.defineItem<Reports>('session:pageReports', { fallback: {} });

export async function savePageReport(tabId: number, report: PageReport): Promise<void> {
  const all = await reportsItem.getValue();
  all[String(tabId)] = report;
  await reportsItem.setValue(all);
}

export async function getPageReport(query: { tabId?: number; url?: string }): Promise<PageReport | null> {
  const all = await reportsItem.getValue();
  if (query.tabId !== undefined) return all[String(query.tabId)] ?? null;
  if (query.url) {
    const hits = Object.values(all).filter((r) => r.url === query.url);
    return hits.sort((a, b) => b.at - a.at)[0] ?? null;
  }
  return null;
}

export async function forgetTab(tabId: number): Promise<void> {
  const all = await reportsItem.getValue();
  if (delete all[String(tabId)]) await reportsItem.setValue(all);
}

const cardTimingsItem = storage.defineItem<number[]>('session:cardTimings', { fallback: [] });

/** Keeps the last 200 card show-to-paint times (ms) for `npm run bench`. */
export async function recordCardTiming(ms: number): Promise<void> {
  const all = await cardTimingsItem.getValue();
  all.push(ms);
  await cardTimingsItem.setValue(all.slice(-200));
}

export function registerPageReports(ctx: BackgroundContext): void {
  onMessage('pageProcessed', async ({ data, sender }) => {
    const { tabId } = ctx.fromContentScript(sender);
    assertPageReport(data);
    await savePageReport(tabId, data);
    const s = await ctx.settings();
    // Private (incognito) windows: the tab says so in both browsers; nothing is recorded.
    const decision = visitFromReport(data, {
      readingHistory: s.readingHistory,
      incognito: (sender as { tab?: { incognito?: boolean } }).tab?.incognito === true,
      now: Date.now(),
      normalize: normalizeUrl,
    });
    if (decision.record) {
      await recordVisit(ctx.db, decision.visit, retentionCutoff(s.historyRetention, Date.now()));
      ctx.memoryChanged('recorded');
      await journalVisit(ctx.db, decision.visit.url, () => ctx.sync.kick());
    }
  });
  onMessage('getPageReport', async ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    return getPageReport(data ?? {});
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
}
