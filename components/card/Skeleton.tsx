// Placeholder lines while something loads: `aria-busy` for assistive technology, a hidden
// sentence saying what is loading, and grey bars (still when the reader prefers less motion).

/** A loading block with `lines` bars and a screen-reader label. */
export function Skeleton({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div class="gloss-skeleton" aria-busy="true" aria-live="polite">
      <span class="gloss-visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} class="gloss-skeleton__bar" aria-hidden="true" />
      ))}
    </div>
  );
}
