// The popup: search over every highlight, and what Gloss found on the current tab's page.
// Wires the components to the active tab, the settings and the background's messages.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useSettings } from '@/components/options/use-settings';
import { SearchPanel } from '@/components/popup/SearchPanel';
import { ThisPage } from '@/components/popup/ThisPage';
import { sendMessage } from '@/utils/adapters/messaging';
import { POPUP_MARKS } from './marks';
import type { PageReport } from '@/utils/model/page-report';
import type { Highlight } from '@/utils/model/types';
import type { SearchResult } from '@/utils/search/types';
import { siteOfUrl } from '@/utils/policy/site-toggle';
import { normalizeUrl } from '@/utils/url/normalize-url';
import { messageOf } from '@/utils/model/message-of';

function pageKey(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return normalizeUrl(url);
  } catch {
    return null;
  }
}

export interface AppProps {
  /** The empty query's first page, requested by the entry before rendering. */
  firstPage?: Promise<SearchResult>;
  /** The same page live from the background, when `firstPage` may be the saved copy. */
  firstPageLive?: Promise<SearchResult>;
  /** Called once the first results have been painted. */
  onFirstPainted?(): void;
}

export function App({ firstPage, firstPageLive, onFirstPainted }: AppProps = {}) {
  const settings = useSettings();
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  const [reportError, setReportError] = useState<string | null>(null);
  const [site, setSite] = useState<string | null>(null);
  const [highlights, setHighlights] = useState<Highlight[] | undefined>(undefined);
  const [highlightsError, setHighlightsError] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
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
      const key = status?.url ?? pageKey(tab?.url);
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

  const open = (h: Highlight) => {
    setOpenError(null);
    // The background opens it: it knows which tab shows which page (the popup cannot read
    // tab URLs without the "tabs" permission) and scrolls and flashes it there.
    sendMessage('openHighlight', { id: h.id }).then(
      () => window.close(),
      (err: unknown) => setOpenError(messageOf(err)),
    );
  };

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Gloss</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      <section aria-labelledby="search-heading">
        <h2 id="search-heading">Highlights</h2>
        {openError && (
          <p class="error" role="alert">
            Could not open the page: {openError}
          </p>
        )}
        <SearchPanel
          colors={settings?.highlightColors ?? []}
          onOpen={open}
          firstPage={firstPage}
          firstPageLive={firstPageLive}
          onFirstResults={() => {
            performance.mark(POPUP_MARKS.firstResults);
            requestAnimationFrame(() => {
              performance.mark(POPUP_MARKS.firstPaintedResults);
              onFirstPainted?.();
            });
          }}
        />
      </section>
      <section aria-labelledby="this-page">
        <h2 id="this-page">This page</h2>
        {reportError ? (
          <p class="error" role="alert">
            Could not read this page's state: {reportError}
          </p>
        ) : (
          <ThisPage
            report={report}
            highlights={highlights}
            orphans={(highlights ?? []).filter((h) => orphanIds.includes(h.id))}
            site={site}
            settings={settings}
            highlightsError={highlightsError}
            onOpenEntity={
              tabId === null
                ? undefined
                : (entityId) => {
                    void sendMessage('pageCommand', { command: 'open-entity', entityId }, tabId).then(
                      () => window.close(),
                      () => undefined,
                    );
                  }
            }
          />
        )}
      </section>
    </main>
  );
}
