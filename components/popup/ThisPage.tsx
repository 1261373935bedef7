// The popup's "This page" section: what Gloss found on the tab's article (people, places and
// organizations with their mention counts), the reader's highlights on it, the highlights
// that could not be placed (orphans, never deleted), and the per-site switch.
import type { PageReport } from '@/utils/model/page-report';
import type { Highlight } from '@/utils/model/types';
import type { HighlightColor, Settings } from '@/utils/model/settings';
import { useState } from 'preact/hooks';
import { entityKey } from '@/utils/model/entity-key';
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
  /** Opens the entity page (entity.html?id=…) of an entity key (absent: no link). */
  onOpenEntityPage?: (key: string) => void;
  /** Forgets this article or this site from the reading history; resolves to rows removed. */
  onForget?: (what: { url: string } | { site: string; host?: string }) => Promise<number>;
}

const TYPES = [
  { type: 'PER', label: 'People' },
  { type: 'LOC', label: 'Places' },
  { type: 'ORG', label: 'Organizations' },
] as const;

function Entities({
  report,
  onOpen,
  onOpenPage,
}: {
  report: PageReport | null | undefined;
  onOpen?: (id: string) => void;
  onOpenPage?: (key: string) => void;
}) {
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
                {onOpenPage && (
                  <>
                    {' '}
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => onOpenPage(entityKey(e.type, e.name))}
                      aria-label={`Everything you read about ${e.name}`}
                    >
                      your reading
                    </button>
                  </>
                )}
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

/** "Forget this article" / "Forget this site": the reading history and its memory lose them. */
function ForgetHistory({
  report,
  onForget,
}: {
  report: Extract<PageReport, { status: 'article' }>;
  onForget: NonNullable<ThisPageProps['onForget']>;
}) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  let host = '';
  try {
    host = new URL(report.url).hostname.replace(/^www\./, '');
  } catch {
    // A report always has an http(s) URL; without one only the site's name is used.
  }
  const site = report.site ?? host;
  const run = (what: Parameters<typeof onForget>[0], label: string | null) => {
    setMessage(null);
    onForget(what).then(
      (n) =>
        setMessage({
          error: false,
          text: label
            ? n === 0
              ? `Your reading history had nothing from ${label}.`
              : `Forgot ${plural(n, 'article', 'articles')} from ${label}.`
            : n === 0
              ? 'This article was not in your reading history.'
              : 'Forgot this article.',
        }),
      (err: unknown) =>
        setMessage({ error: true, text: `Could not forget: ${err instanceof Error ? err.message : String(err)}` }),
    );
  };
  return (
    <div class="forget">
      <button type="button" onClick={() => run({ url: report.url }, null)}>
        Forget this article
      </button>{' '}
      <button type="button" onClick={() => run({ site, host: host || undefined }, site)}>
        Forget this site
      </button>
      {message && (
        <p class={message.error ? 'error' : 'done'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
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
  onOpenEntityPage,
  onForget,
}: ThisPageProps) {
  const colors = settings?.highlightColors ?? [];
  return (
    <div class="this-page">
      {site && settings && <SiteSwitch site={site} settings={settings} />}
      <Entities report={report} onOpen={onOpenEntity} onOpenPage={onOpenEntityPage} />
      {report?.status === 'article' && onForget && <ForgetHistory report={report} onForget={onForget} />}
      <h3>Your highlights here</h3>
      <PageHighlights highlights={highlights} colors={colors} error={highlightsError} />
      <Orphans orphans={orphans} />
    </div>
  );
}
