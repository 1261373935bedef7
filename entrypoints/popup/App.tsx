// The popup: what Gloss found on this page (its people, places and organizations, or why
// nothing was marked).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageSummary } from '@/components/PageSummary';
import type { PageReport } from '@/utils/model/page-report';
import { sendMessage } from '@/utils/messaging';

export function App() {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setReport(tab?.id !== undefined ? await sendMessage('getPageReport', { tabId: tab.id }) : null);
    })().catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);

  return (
    <main class="popup">
      <header>
        <h1>Gloss</h1>
      </header>
      <section aria-labelledby="this-page">
        <h2 id="this-page">This page</h2>
        {error ? <p role="alert">Could not read this page's state: {error}</p> : <PageSummary report={report} />}
      </section>
    </main>
  );
}
