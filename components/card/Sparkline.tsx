// A small line of articles per week (plain SVG, no library): the shape of the reader's
// attention to an entity over the last six months. Described in words for screen readers.
export interface SparklineProps {
  /** Articles per week, oldest first. */
  weeks: readonly number[];
  width?: number;
  height?: number;
}

export function Sparkline({ weeks, width = 120, height = 24 }: SparklineProps) {
  const max = Math.max(1, ...weeks);
  const step = weeks.length > 1 ? (width - 2) / (weeks.length - 1) : 0;
  const points = weeks.map(
    (n, i) => `${(1 + i * step).toFixed(1)},${(height - 2 - (n / max) * (height - 4)).toFixed(1)}`,
  );
  const active = weeks.filter((n) => n > 0).length;
  const label = `Articles per week over the last ${Math.round(weeks.length / 4.33)} months: most in one week ${max}, reading in ${active} of ${weeks.length} weeks`;
  return (
    <svg
      class="gloss-spark"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <polyline points={points.join(' ')} fill="none" stroke="currentColor" stroke-width="1.5" />
    </svg>
  );
}
