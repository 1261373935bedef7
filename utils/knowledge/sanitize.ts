// Every string and URL that comes from the network passes through here before it reaches
// a result. The UI renders text only (textContent), so markup stays inert text; what this
// module guards against is what text rendering does not: bidi overrides that reorder the
// card's text, control characters, script/data URLs, and strings big enough to hurt.

/** Length limits (in code points) for displayed strings. */
export const LIMITS = Object.freeze({
  title: 300,
  description: 500,
  extract: 1500,
  storyTitle: 300,
  source: 100,
  url: 2048,
});

// U+202A–U+202E (embeddings/overrides) and U+2066–U+2069 (isolates) can make a card show
// text in an order other than the one it has. Other C0/C1 controls (except tab/newline)
// and U+FEFF have no business in display strings either.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const OTHER_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/** Removes bidi embedding/override/isolate control characters. */
export function stripBidiControls(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

/**
 * Makes an untrusted value a display string: non-strings become `undefined`, controls
 * are stripped, whitespace collapsed, and the result truncated to `max` code points
 * (with "…"). Markup is left as the literal text it is; nothing here produces HTML.
 */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Cut early so a 1 MB string costs no more than a short one in the regexes below;
  // the slack covers characters the cleaning removes.
  let s = value.length > max * 4 + 64 ? value.slice(0, max * 4 + 64) : value;
  s = s.replace(BIDI_CONTROLS, '').replace(OTHER_CONTROLS, '').replace(/\s+/g, ' ').trim();
  const out = truncate(s, max);
  return out.length > 0 ? out : undefined;
}

/** Truncates to at most `max` code points, never splitting a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  // A string longer than `max` UTF-16 units may still have ≤ max code points.
  let count = 0;
  let cutAt = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    count++;
    if (count === max) cutAt = i;
    if (count > max) return `${s.slice(0, cutAt).trimEnd()}…`;
  }
  return s;
}

/**
 * Returns `value` as an absolute http(s) URL string, or `undefined` for anything else
 * (`javascript:`, `data:`, `file:`, relative garbage, over-long URLs). Protocol-relative
 * URLs ("//upload.wikimedia.org/…", as some Wikimedia APIs return) get `https:`.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let s = value.trim();
  if (s.length === 0 || s.length > LIMITS.url) return undefined;
  // Reject controls outright rather than letting URL parsing silently drop them.
  if (/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/.test(s)) return undefined;
  if (s.startsWith('//')) s = `https:${s}`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href.length <= LIMITS.url ? url.href : undefined;
}

/** A finite number or `undefined`. */
export function safeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
