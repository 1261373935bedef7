// Whether a processed page becomes a reading-history row, and the row it becomes: only
// articles, only while history is on, never from a private (incognito) window, and never
// the text — URL, title, site, date and the entities with their names and mention counts.
import { entityKey } from '../model/entity-key';
import type { PageReport } from '../model/page-report';
import type { ArticleVisit, EntityKey } from '../model/types';

export type RecordDecision =
  | { record: true; visit: ArticleVisit }
  | { record: false; reason: 'history-off' | 'private-window' | 'not-article' | 'bad-url' };

export interface RecordContext {
  readingHistory: boolean;
  /** The sender's tab is in a private window (`tab.incognito`, both browsers). */
  incognito: boolean;
  now: number;
  /** URL → history key (utils/url/normalize-url); throws on a URL it cannot read. */
  normalize(url: string): string;
}

export function visitFromReport(report: PageReport, ctx: RecordContext): RecordDecision {
  // Private windows first: nothing about them is kept, whatever the other settings say.
  if (ctx.incognito) return { record: false, reason: 'private-window' };
  if (!ctx.readingHistory) return { record: false, reason: 'history-off' };
  if (report.status !== 'article') return { record: false, reason: 'not-article' };
  let url: string;
  let host: string;
  try {
    url = ctx.normalize(report.url);
    host = new URL(report.url).hostname;
  } catch {
    return { record: false, reason: 'bad-url' };
  }
  const counts = new Map<EntityKey, { name: string; mentions: number }>();
  for (const e of report.entities) {
    const key = entityKey(e.type, e.name);
    const seen = counts.get(key);
    const mentions = Number.isFinite(e.mentions) ? Math.max(1, Math.floor(e.mentions)) : 1;
    if (seen) seen.mentions += mentions;
    else counts.set(key, { name: e.name, mentions });
  }
  const visit: ArticleVisit = {
    url,
    title: report.title,
    site: report.site ?? host,
    visitedAt: ctx.now,
    entityIds: [...counts.keys()],
    entityNames: [...counts.values()].map((c) => c.name),
    mentionCounts: [...counts.values()].map((c) => c.mentions),
    lang: report.lang,
  };
  if (report.published) visit.published = report.published;
  return { record: true, visit };
}
