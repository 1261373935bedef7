// What the popup knows of the active tab's page: its site, Gloss's report on it, its
// highlights (keyed by the URL the content script uses) and which of them could not be
// placed. Read once, when the popup opens.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/adapters/messaging';
import { messageOf } from '@/utils/model/message-of';
import type { PageReport } from '@/utils/model/page-report';
import type { Highlight } from '@/utils/model/types';
import { siteOfUrl } from '@/utils/policy/site-toggle';
import { normalizedOrNull } from '@/utils/url/normalize-url';

export function useActiveTabPage() {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  const [reportError, setReportError] = useState<string | null>(null);
  const [site, setSite] = useState<string | null>(null);
  const [highlights, setHighlights] = useState<Highlight[] | undefined>(undefined);
  const [highlightsError, setHighlightsError] = useState<string | null>(null);
  const [orphanIds, setOrphanIds] = useState<string[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);

  useEffect(() => {
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setSite(siteOfUrl(tab?.url));
      setTabId(tab?.id ?? null);
      // The content script keys highlights by the page's canonical URL; ask it first.
      const status =
        tab?.id !== undefined ? await sendMessage('getHighlightStatus', { tabId: tab.id }).catch(() => null) : null;
      setOrphanIds(status?.orphanIds ?? []);
      const key = status?.url ?? normalizedOrNull(tab?.url);
      const loadHighlights = key
        ? sendMessage('highlightsForPage', { url: key }).then(setHighlights, (err: unknown) =>
            setHighlightsError(messageOf(err)),
          )
        : Promise.resolve(setHighlights([]));
      const loadReport =
        tab?.id !== undefined ? sendMessage('getPageReport', { tabId: tab.id }) : Promise.resolve(null);
      setReport(await loadReport);
      await loadHighlights;
    })().catch((err: unknown) => setReportError(messageOf(err)));
  }, []);

  return { report, reportError, site, highlights, highlightsError, orphanIds, tabId };
}
