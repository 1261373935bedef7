// What Gloss found on a page, as the popup shows it: status, language note, and the page's
// people, places and organizations grouped by type. Text only, never HTML.
import type { PageReport } from '@/utils/model/page-report';

const TYPE_LABELS = { PER: 'People', LOC: 'Places', ORG: 'Organizations' } as const;

export function PageSummary({ report }: { report: PageReport | null | undefined }) {
  if (report === undefined) return <p aria-busy="true">Loading…</p>;
  if (report === null) return <p>Gloss has not read this page (it only reads http and https pages).</p>;
  if (report.status !== 'article') return <p>Nothing marked: {report.reason}.</p>;
  return (
    <div>
      <p class="page-title">{report.title}</p>
      <p class="page-meta">
        {report.words} words{report.site ? ` · ${report.site}` : ''}
      </p>
      {report.note && <p role="status">{report.note}</p>}
      {(['PER', 'LOC', 'ORG'] as const).map((type) => {
        const list = report.entities.filter((e) => e.type === type);
        if (list.length === 0) return null;
        return (
          <section key={type} aria-label={TYPE_LABELS[type]}>
            <h3>{TYPE_LABELS[type]}</h3>
            <ul>
              {list.map((e) => (
                <li key={e.id}>
                  {e.name} <span class="count">×{e.mentions}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
