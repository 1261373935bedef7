// Dates on the entity page: one Intl formatter per locale (building one costs far more than
// formatting, and the page formats a date per article: thousands for the most-read entities).
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function dayFormat(locale?: string): Intl.DateTimeFormat | null {
  const id = locale ?? '';
  if (!formatters.has(id)) {
    try {
      formatters.set(id, new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
    } catch {
      formatters.set(id, null);
    }
  }
  return formatters.get(id) ?? null;
}

/** A day as the reader reads it, and as ISO for `<time dateTime>` (ISO text when the locale fails). */
export function day(t: number, locale?: string): { text: string; iso: string } {
  const d = new Date(t);
  const iso = d.toISOString();
  return { text: dayFormat(locale)?.format(d) ?? iso.slice(0, 10), iso };
}
