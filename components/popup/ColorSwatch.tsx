// A highlight's color as a small square, named for screen readers.
import type { HighlightColor } from '@/utils/model/settings';

export function ColorSwatch({ color }: { color: HighlightColor }) {
  return (
    <span
      class="swatch"
      style={{ background: color.css }}
      role="img"
      aria-label={`${color.name} highlight`}
      title={color.name}
    />
  );
}
