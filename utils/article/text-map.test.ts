// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/mulberry32';
import { buildTextMap, indexOfDomPoint, rangeFor } from './text-map';

function root(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

describe('buildTextMap', () => {
  it('separates blocks and collapses whitespace, nbsp and soft hyphens', () => {
    const el = root(
      '<p>Thursday.</p><p>Anthony&nbsp;&nbsp;Wal\u00ADlace\n  said</p><figure><figcaption>Jim Watson</figcaption>AFP</figure>',
    );
    const map = buildTextMap(el);
    expect(map.text).toBe('Thursday.\n\nAnthony Wallace said\n\nJim Watson\n\nAFP');
  });

  it('keeps inline elements inside one run and <br> as a line break', () => {
    const map = buildTextMap(root('<p>President <a href="#">Vladimir <b>Putin</b></a> met<br>Erdogan.</p>'));
    expect(map.text).toBe('President Vladimir Putin met\nErdogan.');
  });

  it('maps every page character back to its live node and offset', () => {
    const el = root('<p>  Recep&nbsp;Tayyip <i>Erdo\u00ADgan</i>  in <span>Sochi</span></p>');
    const map = buildTextMap(el);
    for (let i = 0; i < map.text.length; i++) {
      const n = map.charNode[i]!;
      if (n < 0) continue;
      const live = map.nodes[n]!.data[map.charOffset[i]!]!;
      const expected = map.text[i] === ' ' ? /[\s\u00A0]/ : new RegExp(`^${map.text[i]}$`);
      expect(live).toMatch(expected);
    }
    const start = map.text.indexOf('Erdogan');
    const range = rangeFor(map, start, start + 'Erdogan'.length, document)!;
    expect(range.toString()).toBe('Erdo\u00ADgan');
    const sochi = map.text.indexOf('Sochi');
    expect(rangeFor(map, sochi, sochi + 5, document)!.toString()).toBe('Sochi');
  });

  it('agrees character by character with the live text on random runs of spaces and invisible characters', () => {
    const rand = mulberry32(7);
    const alphabet = [
      'a',
      'Z',
      'ğ',
      '.',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u00ad',
      '\u200b',
      '\u2009',
      '\u3000',
      '\ufeff',
      'Erdoğan',
      '\u{1F600}',
    ];
    for (let round = 0; round < 50; round++) {
      const el = document.createElement('div');
      for (let p = 0; p < 4; p++) {
        const para = document.createElement('p');
        for (let t = 0; t < 3; t++) {
          let data = '';
          for (let c = 0; c < 12; c++) data += alphabet[Math.floor(rand() * alphabet.length)];
          para.append(data);
        }
        el.append(para);
      }
      const map = buildTextMap(el);
      expect(map.text).not.toMatch(/[\u00ad\u200b\ufeff\u00a0\t\u3000\u2009]/);
      expect(map.text).not.toMatch(/ {2}| \n|\n | $|^ /);
      // Rebuild the text from the map alone: each mapped character is its live character
      // (a space for any kind of space), each separator a space or line break.
      let rebuilt = '';
      for (let i = 0; i < map.text.length; i++) {
        const n = map.charNode[i]!;
        if (n < 0) {
          rebuilt += map.text[i];
          continue;
        }
        const live = map.nodes[n]!.data[map.charOffset[i]!]!;
        rebuilt += /[\s\u00a0\u3000\u2009]/.test(live) ? ' ' : live;
      }
      expect(rebuilt.replace(/\n/g, ' ')).toBe(map.text.replace(/\n/g, ' '));
    }
  });

  it('finds the text index of a DOM point', () => {
    const el = root('<p>Lavrov spoke.</p><p>Astana talks</p>');
    const map = buildTextMap(el);
    const astana = el.querySelectorAll('p')[1]!.firstChild!;
    expect(map.text[indexOfDomPoint(map, astana, 0)]).toBe('A');
    expect(indexOfDomPoint(map, astana, 0)).toBe(map.text.indexOf('Astana'));
    expect(indexOfDomPoint(map, document.createTextNode('x'), 0)).toBe(-1);
  });

  it('skips scripts and styles', () => {
    const map = buildTextMap(root('<p>A<script>var x = 1</script><style>p{}</style> B</p>'));
    expect(map.text).toBe('A B');
  });
});
