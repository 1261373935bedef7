// The page as HTML for Readability off the page's main thread (remote-extract.ts): <head> and
// <body> without the stylesheets and scripts that are their own children (Readability
// removes both before reading anything, and inline CSS or script data can be a megabyte),
// except JSON-LD, which Readability reads for metadata; everything else as it is. Only reads
// the live page.

/** Elements the HTML parser keeps in <head> (besides <style>, and <noscript>, which without scripting may start the body). */
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'SCRIPT']);

/** Serializes `doc` for extractFromHtml; the doctype keeps the page's parsing mode. */
export function serializePage(doc: Document): string {
  const html = doc.documentElement;
  if (!html) return '';
  // Quirks-mode pages parse some markup differently (a <table> inside a <p>): keep the mode.
  const parts: string[] = [doc.compatMode === 'BackCompat' ? '' : '<!DOCTYPE html>'];
  parts.push(openTag(html));
  for (let child = html.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (el === doc.head || el === doc.body) {
      // Their own scripts and stylesheets stay behind; nested ones travel (finding them would
      // cost more than sending them). Text around a dropped one may then arrive as one node,
      // which the stream alignment allows for; script and style text is not in the stream.
      parts.push(openTag(el));
      const head = el === doc.head;
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 1) {
          const tag = (c as Element).tagName;
          if (tag === 'STYLE') continue;
          if (
            tag === 'SCRIPT' &&
            ((c as Element).getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json'
          )
            continue;
          // Scripts may put anything into the live <head>; re-parsed, an element that cannot
          // be there would start the body and carry the rest of the head (its <title>) into
          // the body's text. Only what the parser keeps in <head> goes.
          if (head && !HEAD_TAGS.has(tag)) continue;
          parts.push((c as Element).outerHTML);
        } else if (c.nodeType === 3 && el === doc.body) {
          parts.push(escapeText((c as Text).data));
        }
      }
      parts.push(`</${el.localName}>`);
    } else {
      parts.push(el.outerHTML);
    }
  }
  parts.push('</html>');
  return parts.join('');
}

/**
 * `<tag attr="…">` of an element, written from its attributes as the HTML serializer writes
 * them. Not by serializing a shallow clone: a <body> created in the page's document with an
 * `onload` attribute would re-register the window's load handler.
 */
function openTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const a of Array.from(el.attributes)) tag += ` ${a.name}="${escapeAttribute(a.value)}"`;
  return `${tag}>`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };

/** An attribute value as the HTML serializer writes it. */
function escapeAttribute(value: string): string {
  return value.replace(/[&"\u00a0<>]/g, (c) => ESCAPES[c]!);
}

/** Text as the HTML serializer writes it outside attributes. */
function escapeText(data: string): string {
  return data.replace(/[&<>\u00a0]/g, (c) => ESCAPES[c]!);
}
