// Calendar arithmetic for the reading memory: weeks numbered from a fixed Monday (UTC), so a
// visit's week is one integer that summaries can count by and charts can lay out.

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;
/** Monday 5 January 1970, 00:00 UTC: week 0 starts here. */
const MONDAY_ZERO = Date.UTC(1970, 0, 5);

/** The week number of a time (ms since epoch). */
export function weekOf(t: number): number {
  return Math.floor((t - MONDAY_ZERO) / WEEK_MS);
}

/** When week `w` starts (ms since epoch, a Monday 00:00 UTC). */
export function weekStart(w: number): number {
  return MONDAY_ZERO + w * WEEK_MS;
}

/** The month number of a time (UTC years × 12 + month), and when month `m` starts. */
export function monthOf(t: number): number {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function monthStart(m: number): number {
  return Date.UTC(Math.floor(m / 12), m % 12, 1);
}
