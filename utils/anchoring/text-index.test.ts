// @vitest-environment happy-dom
import { describe as suite, expect, it } from 'vitest';
import { buildTextIndex, fold, foldText } from './text-index';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

suite('buildTextIndex', () => {
  it('concatenates text nodes across inline elements', () => {
    const root = dom('<p>Hello <b>big <i>wide</i></b> world</p><p>Next</p>');
    const index = buildTextIndex(root);
    expect(index.text).toBe('Hello big wide worldNext');
    expect(index.nodes.map((n) => n.data)).toEqual(['Hello ', 'big ', 'wide', ' world', 'Next']);
    expect(Array.from(index.starts)).toEqual([0, 6, 10, 14, 20]);
  });

  it('skips script, style, noscript, template and excluded elements', () => {
    const root = dom(
      'a<script>var x = 1;</script>b<style>p{}</style>c<noscript>no</noscript>d<template>t</template>e<gloss-root>UI</gloss-root>f<div class="ad">ad</div>g',
    );
    expect(buildTextIndex(root, { exclude: 'gloss-root, .ad' }).text).toBe('abcdefg');
    expect(buildTextIndex(root).text).toBe('abcdeUIfadg');
  });

  it('maps offsets to points and back, across node boundaries', () => {
    const root = dom('<p>Hello <b>big</b> world</p>');
    const index = buildTextIndex(root);
    // Offset 6 is both the end of "Hello " and the start of "big".
    const fwd = index.pointAt(6, 'forward')!;
    const back = index.pointAt(6, 'backward')!;
    expect(fwd.node.data).toBe('big');
    expect(fwd.offset).toBe(0);
    expect(back.node.data).toBe('Hello ');
    expect(back.offset).toBe(6);
    expect(index.offsetOfText(fwd.node, 2)).toBe(8);
    expect(index.pointAt(index.text.length, 'forward')!.node.data).toBe(' world');
    expect(index.pointAt(99)).toBeNull();
  });

  it('converts a range to offsets and offsets to a range with the same text', () => {
    const root = dom('<p>The <a href="#">quick brown</a> fox <em>jumps</em> over</p>');
    const index = buildTextIndex(root);
    const start = index.text.indexOf('brown');
    const end = index.text.indexOf('jumps') + 'jumps'.length;
    const range = index.toRange(start, end)!;
    expect(range.toString()).toBe('brown fox jumps');
    expect(range.startContainer.textContent).toBe('quick brown');
    expect(index.rangeToOffsets(range)).toEqual({ start, end });
  });

  it('maps element boundary points to the text they enclose', () => {
    const root = dom('<p>One</p><p id="two">Two <b>bold</b></p><p>Three</p>');
    const index = buildTextIndex(root);
    const two = root.querySelector('#two')!;
    const range = document.createRange();
    range.selectNode(two);
    expect(index.rangeToOffsets(range)).toEqual({ start: 3, end: 11 });
    range.selectNodeContents(two);
    expect(index.rangeToOffsets(range)).toEqual({ start: 3, end: 11 });
    // A point after the root's last child maps to the end of the text.
    range.setStart(root, root.childNodes.length);
    expect(index.boundaryToOffset(range.startContainer, range.startOffset)).toBe(index.text.length);
  });
});

suite('fold', () => {
  it('removes whitespace and unifies typographic characters, keeping an offset map', () => {
    expect(fold('  “It’s —\u00a0fine”\n ')).toBe('"It\'s-fine"');
    const f = foldText('a b\n\tc');
    expect(f.text).toBe('abc');
    expect(Array.from(f.toRaw)).toEqual([0, 2, 5]);
  });
});
