// The popup's "This page" section: what Gloss found on the tab's article (people, places and
// organizations with their mention counts), the reader's highlights on it, the highlights
// that could not be placed (orphans, never deleted), and the per-site switch.
import type { PageReport } from '@/utils/model/page-report';
import type { Highlight } from '@/utils/model/types';
import type { HighlightColor, Settings } from '@/utils/model/settings';
import { ColorSwatch } from './ColorSwatch';
import { SiteSwitch } from './SiteSwitch';
import { colorOf, plural } from './format';

export interface ThisPageProps {
  /** undefined while loading; null when Gloss has no report for the tab. */
  report: PageReport | null | undefined;
  /** The page's highlights; undefined while loading. */
  highlights: Highlight[] | undefined;
  /** Highlights of this page that could not be anchored. */
  orphans?: Highlight[];
  /** The tab's site (hostname without www.), null for pages Gloss does not read. */
  site: string | null;
  settings: Settings | null;
  /** Why the page's highlights could not be read, if they could not. */
  highlightsError?: string | null;
  /** Opens the entity's card in the page (absent: the names are plain text). */
  onOpenEntity?: (entityId: string) => void;
}

const TYPES = [
  { type: 'PER', label: 'People' },
  { type: 'LOC', label: 'Places' },
  { type: 'ORG', label: 'Organizations' },
] as const;

function Entities({ report, onOpen }: { report: PageReport | null | undefined; onOpen?: (id: string) => void }) {
  if (report === undefined) return <p aria-busy="true">Loading…</p>;
  if (report === null) return <p>Gloss has not read this page (it only reads articles on http and https pages).</p>;
  if (report.status !== 'article') return <p>Nothing marked: {report.reason}.</p>;
  const groups = TYPES.map((t) => ({ ...t, list: report.entities.filter((e) => e.type === t.type) })).filter(
    (g) => g.list.length > 0,
  );
  return (
    <div class="page-entities">
      <p class="page-title">{report.title}</p>
      <p class="muted">
        {plural(report.words, 'word', 'words')}
        {report.site ? ` · ${report.site}` : ''}
      </p>
      {report.note && <p role="status">{report.note}</p>}
      {groups.length === 0 && !report.note && <p>Gloss found no people, places or organizations here.</p>}
      {groups.map((g) => (
        <section key={g.type} aria-labelledby={`entities-${g.type}`}>
          <h3 id={`entities-${g.type}`}>
            {g.label} <span class="muted">({g.list.length})</span>
          </h3>
          <ul class="entity-list">
            {g.list.map((e) => (
              <li key={e.id}>
                {onOpen ? (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => onOpen(e.id)}
                    aria-label={`Show ${e.name} in the page`}
                  >
                    {e.name}
                  </button>
                ) : (
                  e.name
                )}{' '}
                <span class="muted" role="img" aria-label={`${e.mentions} mentions`}>
                  ×{e.mentions}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function PageHighlights({
  highlights,
  colors,
  error,
}: {
  highlights: Highlight[] | undefined;
  colors: readonly HighlightColor[];
  error?: string | null;
}) {
  if (error)
    return (
      <p class="error" role="alert">
        Could not read this page's highlights: {error}
      </p>
    );
  if (highlights === undefined) return <p aria-busy="true">Loading…</p>;
  if (highlights.length === 0) return <p class="muted">No highlights on this page yet.</p>;
  const ordered = [...highlights].sort((a, b) => a.start - b.start || a.createdAt - b.createdAt);
  return (
    <ul class="page-highlights">
      {ordered.map((h) => (
        <li key={h.id}>
          <ColorSwatch color={colorOf(colors, h.color)} /> <q>{h.quote}</q>
          {h.note && <span class="hit__note">{h.note}</span>}
        </li>
      ))}
    </ul>
  );
}

function Orphans({ orphans }: { orphans: Highlight[] }) {
  if (orphans.length === 0) return null;
  return (
    <section class="orphans" aria-labelledby="orphans-heading">
      <h3 id="orphans-heading">{plural(orphans.length, 'highlight', 'highlights')} could not be placed</h3>
      <p class="muted">The page has changed since you highlighted it. They are kept; here is what they said.</p>
      <ul>
        {orphans.map((h) => (
          <li key={h.id}>
            <span class="context">
              {h.prefix && <span class="muted">…{h.prefix}</span>}
              <q class="orphan-quote">{h.quote}</q>
              {h.suffix && <span class="muted">{h.suffix}…</span>}
            </span>
            {h.note && <span class="hit__note">{h.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ThisPage({
  report,
  highlights,
  orphans = [],
  site,
  settings,
  highlightsError,
  onOpenEntity,
}: ThisPageProps) {
  const colors = settings?.highlightColors ?? [];
  return (
    <div class="this-page">
      {site && settings && <SiteSwitch site={site} settings={settings} />}
      <Entities report={report} onOpen={onOpenEntity} />
      <h3>Your highlights here</h3>
      <PageHighlights highlights={highlights} colors={colors} error={highlightsError} />
      <Orphans orphans={orphans} />
    </div>
  );
}
