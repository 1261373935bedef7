// HTML parsed the way a browser parses it, for the page evaluation's DOM (scripts/eval-pages.ts).
// happy-dom's own parser drops everything after a <style> or <script> inside an <svg>
// (happy-dom issue #2231, open), so a page with an inline SVG sprite sheet had no article in the
// evaluation while browsers show one. parse5 implements the WHATWG parsing algorithm; this module
// builds its tree in a given document with that document's own DOM calls, so the evaluation
// runs the extension's code on the DOM a browser would build. Pure: the document is passed in.

import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XLINK = 'http://www.w3.org/1999/xlink';
const XML = 'http://www.w3.org/XML/1998/namespace';
const ATTRIBUTE_NAMESPACES: Record<string, string> = { xmlns: XMLNS, xlink: XLINK, xml: XML };

function isElement(node: P5Node): node is P5Element {
  return 'tagName' in node;
}

function setAttributes(el: Element, from: P5Element): void {
  for (const a of from.attrs) {
    // Foreign attributes (xlink:href, xml:lang, xmlns:…) keep their namespace, as in a browser.
    const ns = a.prefix ? ATTRIBUTE_NAMESPACES[a.prefix] : a.name === 'xmlns' ? XMLNS : undefined;
    try {
      if (ns) el.setAttributeNS(ns, a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
      else el.setAttribute(a.name, a.value);
    } catch {
      // A name the DOM API refuses (e.g. one with a quote in it) is one browsers keep but no
      // script can set; the page's text does not depend on it.
    }
  }
}

function buildNode(doc: Document, node: P5Node): Node | null {
  if (node.nodeName === '#text') return doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value);
  if (node.nodeName === '#comment') return doc.createComment((node as DefaultTreeAdapterMap['commentNode']).data);
  if (!isElement(node)) return null;
  const el = doc.createElementNS(node.namespaceURI, node.tagName);
  setAttributes(el, node);
  // A <template>'s children live in its content fragment.
  const children = node.tagName === 'template' && 'content' in node ? (node.content as P5Parent) : node;
  const target = el instanceof doc.defaultView!.HTMLTemplateElement ? el.content : el;
  appendChildren(doc, target, children);
  return el;
}

function appendChildren(doc: Document, target: Node, from: P5Parent): void {
  for (const child of from.childNodes) {
    const built = buildNode(doc, child);
    if (built) target.appendChild(built);
  }
}

/**
 * Replaces the contents of `doc`'s root element with `html` as the WHATWG algorithm parses it
 * (the doctype is left as the document has it). `doc` must already have a root element, e.g.
 * after `doc.write('<!DOCTYPE html><html></html>')`.
 */
export function parseHtmlInto(doc: Document, html: string): void {
  const tree = parse(html);
  const root = tree.childNodes.find(isElement);
  const html5 = doc.documentElement;
  if (!root || !html5) throw new Error('parseHtmlInto: no root element to fill');
  for (const a of [...html5.attributes]) html5.removeAttribute(a.name);
  setAttributes(html5, root);
  html5.replaceChildren();
  appendChildren(doc, html5, root);
}

/** A DOMParser that parses text/html as parseHtmlInto does, in documents of `makeDocument`. */
export function specDomParser(makeDocument: () => Document): Pick<DOMParser, 'parseFromString'> {
  return {
    parseFromString(html: string) {
      const doc = makeDocument();
      parseHtmlInto(doc, html);
      return doc;
    },
  };
}
