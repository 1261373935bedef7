// The latest page report per tab, kept in the extension's in-memory session storage
// (survives the MV3 service worker being stopped, never written to disk, unreadable by pages).
import { storage } from '@wxt-dev/storage';
import type { PageReport } from '../model/page-report';

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
