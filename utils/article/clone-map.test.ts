// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cloneWithTextMap, textNodesOf } from './clone-map';

describe('cloneWithTextMap', () => {
  it('copies the page without its <style> elements and pairs every body text node with its live twin', () => {
    document.documentElement.innerHTML =
      '<head><title>T</title><style>.a{color:red}</style></head>' +
      '<body><p>Putin met <b>Erdogan</b></p><style>p{margin:0}</style><div><style>.b{}</style><p>in Sochi</p></div><script type="application/ld+json">{}</script></body>';
    const before = document.documentElement.outerHTML;
    const { clone, resolve } = cloneWithTextMap(document);
    expect(clone.querySelectorAll('style')).toHaveLength(0);
    expect(clone.querySelectorAll('script')).toHaveLength(1);
    expect(clone.title).toBe('T');
    const live = textNodesOf(document.body).filter((n) => n.parentElement?.tagName !== 'STYLE');
    const copied = textNodesOf(clone.body);
    expect(copied.map((n) => n.data)).toEqual(live.map((n) => n.data));
    copied.forEach((n, i) => {
      expect(resolve(n)).toBe(live[i]);
    });
    expect(copied.every((n) => n.ownerDocument === clone)).toBe(true);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
