// The title a reader sees for a link: its visible text. A link's textContent also holds text
// no reader sees (a <noscript> fallback whose `<img …>` markup is read as text while scripts
// run, a hidden "opens in a new window" label, <script>/<style>/<template> contents), so
// related-story titles taken from it listed raw image markup. Pure: reads the element passed
// in, never the global document.

/** Subtrees whose text is never shown as the link's text. */
const INVISIBLE_TAGS = new Set(['NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT']);

/** Classes sites use for text kept only for screen readers. */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|a11y-only|u-hidden|hidden)(?:\s|$)/i;

/** True when `el` is hidden from sight by its own attributes (the page's CSS is not consulted). */
export function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return SCREEN_READER_ONLY.test(el.getAttribute('class') ?? '');
}

/** Characters of text that look like HTML markup: a tag that leaked in as text is no title. */
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

/**
 * The link's visible text, whitespace collapsed; when it has none, the alt text of its
 * first visible image with one; otherwise "" (the caller leaves the link out).
 */
export function visibleLinkText(link: Element): string {
  const parts: string[] = [];
  let alt = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push((child as Text).data);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (INVISIBLE_TAGS.has(el.tagName) || hiddenByAttributes(el)) continue;
        if (el.tagName === 'IMG' && !alt) alt = (el.getAttribute('alt') ?? '').trim();
        walk(el);
      }
    }
  };
  walk(link);
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const text = clean(parts.join(''));
  if (text && !MARKUP.test(text)) return text;
  const fromAlt = clean(alt);
  return fromAlt && !MARKUP.test(fromAlt) ? fromAlt : '';
}
