// The entity page's timeline: articles read per week or month as a plain SVG bar chart (no
// chart library: a few dozen rects cost less than any), described in words, with the same
// numbers as a table for screen readers and keyboard users.
import type { TimelinePoint, TimelineUnit } from '@/utils/memory/entity-view';

export interface TimelineProps {
  points: readonly TimelinePoint[];
  unit: TimelineUnit;
  locale?: string;
}

const WIDTH = 640;
const HEIGHT = 120;

// One formatter per unit and locale (building one costs far more than formatting).
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function label(start: number, unit: TimelineUnit, locale?: string): string {
  const id = `${unit} ${locale ?? ''}`;
  if (!formatters.has(id)) {
    const opts: Intl.DateTimeFormatOptions =
      unit === 'week'
        ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
        : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    try {
      formatters.set(id, new Intl.DateTimeFormat(locale, opts));
    } catch {
      formatters.set(id, null);
    }
  }
  return (
    formatters.get(id)?.format(new Date(start)) ?? new Date(start).toISOString().slice(0, unit === 'week' ? 10 : 7)
  );
}

export function Timeline({ points, unit, locale }: TimelineProps) {
  if (points.length === 0) return null;
  const max = Math.max(1, ...points.map((p) => p.count));
  const total = points.reduce((a, p) => a + p.count, 0);
  const bar = WIDTH / points.length;
  const per = unit === 'week' ? 'week' : 'month';
  const peak = points.reduce((a, p) => (p.count > a.count ? p : a), points[0]!);
  const summary = `${total} articles from ${label(points[0]!.start, unit, locale)} to ${label(points.at(-1)!.start, unit, locale)}, per ${per}; most in the ${per} of ${label(peak.start, unit, locale)} (${peak.count}).`;
  return (
    <figure class="timeline">
      <svg
        role="img"
        aria-label={`Chart: ${summary}`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`}
        preserveAspectRatio="none"
        class="timeline__chart"
      >
        <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} class="timeline__axis" />
        {points.map((p, i) =>
          p.count > 0 ? (
            <rect
              key={p.start}
              x={i * bar + bar * 0.1}
              width={Math.max(1, bar * 0.8)}
              y={HEIGHT - (p.count / max) * (HEIGHT - 4)}
              height={(p.count / max) * (HEIGHT - 4)}
              class="timeline__bar"
            />
          ) : null,
        )}
        <text x="0" y={HEIGHT + 13} class="timeline__tick">
          {label(points[0]!.start, unit, locale)}
        </text>
        <text x={WIDTH} y={HEIGHT + 13} text-anchor="end" class="timeline__tick">
          {label(points.at(-1)!.start, unit, locale)}
        </text>
      </svg>
      <figcaption>{summary}</figcaption>
      <details class="timeline__table">
        <summary>Show the numbers as a table</summary>
        <table>
          <caption>Articles read per {per}</caption>
          <thead>
            <tr>
              <th scope="col">{unit === 'week' ? 'Week of' : 'Month'}</th>
              <th scope="col">Articles</th>
            </tr>
          </thead>
          <tbody>
            {points
              .filter((p) => p.count > 0)
              .map((p) => (
                <tr key={p.start}>
                  <th scope="row">{label(p.start, unit, locale)}</th>
                  <td>{p.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
