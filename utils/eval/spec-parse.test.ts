// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtmlInto, specDomParser } from './spec-parse';

const EMPTY = '<!DOCTYPE html><html><head></head><body></body></html>';
const blank = () => new DOMParser().parseFromString(EMPTY, 'text/html');

// An inline SVG sprite sheet with a <style> inside, then the article (the shape of the page
// happy-dom's own parser cut short: issue #2231).
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>
<svg xmlns="http://www.w3.org/2000/svg" class="svg-symbol"><style>.a{fill:red}</style>
<symbol id="s"><use xlink:href="#x"></use></symbol></svg>
<article><p>First paragraph.</p><p>Second <b>bold</b> one.</p></article>
<template><p>inside a template</p></template></body></html>`;

describe('parseHtmlInto', () => {
  it('keeps what follows a <style> inside an <svg>, as browsers do', () => {
    const doc = blank();
    parseHtmlInto(doc, PAGE);
    expect([...doc.querySelectorAll('article p')].map((p) => p.textContent)).toEqual([
      'First paragraph.',
      'Second bold one.',
    ]);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.title).toBe('T');
  });

  it('puts SVG in its namespace with xlink attributes namespaced, and template children in content', () => {
    const doc = blank();
    parseHtmlInto(doc, PAGE);
    const svg = doc.querySelector('svg')!;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelector('style')?.textContent).toBe('.a{fill:red}');
    const use = svg.querySelector('use')!;
    expect(use.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#x');
    const template = doc.querySelector('template') as HTMLTemplateElement;
    expect(template.childNodes.length).toBe(0);
    expect(template.content.textContent).toBe('inside a template');
  });

  it('repairs markup as the WHATWG algorithm does (implied tags, misnested formatting)', () => {
    const doc = blank();
    parseHtmlInto(doc, '<p>one<p>two <b>bold <i>both</b> italic</i>');
    const ps = doc.querySelectorAll('body > p');
    expect(ps.length).toBe(2);
    expect(ps[1]!.innerHTML).toBe('two <b>bold <i>both</i></b><i> italic</i>');
  });
});

describe('specDomParser', () => {
  it('gives a fresh document per parse', () => {
    const parser = specDomParser(blank);
    const a = parser.parseFromString('<p>a</p>', 'text/html');
    const b = parser.parseFromString('<p>b</p>', 'text/html');
    expect(a.body.textContent).toBe('a');
    expect(b.body.textContent).toBe('b');
  });
});
