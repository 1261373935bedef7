// Gloss's single host element in the page: <gloss-root>, holding a closed shadow root for
// everything Gloss shows (card frame, note frame, highlight toolbar). Created on first use,
// one per document; the only node Gloss ever adds to a page.

export const HOST_TAG = 'gloss-root';

export interface GlossHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

const hosts = new WeakMap<Document, GlossHost>();

export function glossHost(doc: Document): GlossHost {
  let h = hosts.get(doc);
  if (h?.host.isConnected) return h;
  const host = doc.createElement(HOST_TAG);
  // The host takes no space and inherits no styles; what it holds is fixed to the viewport.
  host.setAttribute(
    'style',
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;',
  );
  const shadow = host.attachShadow({ mode: 'closed' });
  doc.documentElement.append(host);
  h = { host, shadow };
  hosts.set(doc, h);
  return h;
}

/** Removes the host (extension reloaded or disabled). */
export function removeGlossHost(doc: Document): void {
  hosts.get(doc)?.host.remove();
  hosts.delete(doc);
}
