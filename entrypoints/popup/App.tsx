// The popup: search over every highlight, and what Gloss found on the current tab's page.
// Wires the components to the active tab, the settings and the background's messages.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useSettings } from '@/components/options/use-settings';
import { PeoplePlaces } from '@/components/popup/PeoplePlaces';
import { SearchPanel } from '@/components/popup/SearchPanel';
import { ThisPage } from '@/components/popup/ThisPage';
import { sendMessage } from '@/utils/adapters/messaging';
import { POPUP_MARKS } from './marks';
import { useActiveTabPage } from './use-active-tab-page';
import type { Highlight } from '@/utils/model/types';
import type { SearchResult } from '@/utils/search/types';
import { messageOf } from '@/utils/model/message-of';

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
  const { report, reportError, site, highlights, highlightsError, orphanIds, tabId } = useActiveTabPage();
  const [openError, setOpenError] = useState<string | null>(null);

  const open = (h: Highlight) => {
    setOpenError(null);
    // The background opens it: it knows which tab shows which page (the popup cannot read
    // tab URLs without the "tabs" permission) and scrolls and flashes it there.
    sendMessage('openHighlight', { id: h.id }).then(
      () => window.close(),
      (err: unknown) => setOpenError(messageOf(err)),
    );
  };

  const openEntityPage = (key: string) => {
    void browser.tabs
      .create({ url: browser.runtime.getURL(`/entity.html?id=${encodeURIComponent(key)}` as '/entity.html') })
      .then(() => window.close());
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
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People &amp; places</h2>
        <PeoplePlaces
          load={(period) => {
            performance.mark(POPUP_MARKS.peopleRequest);
            return sendMessage('peopleList', { period });
          }}
          search={(query) => sendMessage('peopleSearch', { query })}
          onOpen={openEntityPage}
          onOpenOptions={() => void browser.runtime.openOptionsPage()}
          onPainted={() => performance.mark(POPUP_MARKS.peoplePainted)}
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
            onForget={(what) => sendMessage('forgetHistory', what)}
            onOpenEntityPage={openEntityPage}
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
