// The words of the memory line: "since March", "last on Tuesday", "3 articles". Pure; the
// locale and the current time are passed in, so the card and its tests agree.
import { DAY_MS } from './week';

function format(t: number, opts: Intl.DateTimeFormatOptions, locale?: string): string {
  try {
    return new Intl.DateTimeFormat(locale, opts).format(new Date(t));
  } catch {
    return new Date(t).toISOString().slice(0, 10);
  }
}

/** "March" within the current year, "March 2023" before it. */
export function sinceMonth(t: number, now: number, locale?: string): string {
  const sameYear = new Date(t).getFullYear() === new Date(now).getFullYear();
  return format(t, sameYear ? { month: 'long' } : { month: 'long', year: 'numeric' }, locale);
}

/** "today", "yesterday", "Tuesday" within the week, else "12 May" (with the year before this one). */
export function onDay(t: number, now: number, locale?: string): string {
  const midnight = (x: number) => {
    const d = new Date(x);
    d.setHours(0, 0, 0, 0);
    return d.getTime();
  };
  const days = Math.round((midnight(now) - midnight(t)) / DAY_MS);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 7) return format(t, { weekday: 'long' }, locale);
  const sameYear = new Date(t).getFullYear() === new Date(now).getFullYear();
  return format(t, sameYear ? { day: 'numeric', month: 'long' } : { dateStyle: 'medium' }, locale);
}

/** "1 article", "14 articles". */
export function articles(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`;
}
