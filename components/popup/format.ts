// Small display helpers shared by the popup's components: dates, counts, color lookup.
import type { HighlightColor } from '@/utils/model/settings';

/** A day as the reader's locale writes it ("1 May 2024"). */
export function formatDay(ms: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
}

/** "1 highlight", "2 highlights" (with grouping separators: "1,234 highlights"). */
export function plural(n: number, one: string, many: string, locale?: string): string {
  return `${n.toLocaleString(locale)} ${n === 1 ? one : many}`;
}

/** The settings' color for a highlight's color id; unknown ids get a neutral swatch named after the id. */
export function colorOf(colors: readonly HighlightColor[], id: string): HighlightColor {
  return colors.find((c) => c.id === id) ?? { id, name: id || 'No color', css: 'transparent' };
}
