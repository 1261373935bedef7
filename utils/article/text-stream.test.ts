// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nodeAt, textStream, textStreamOfParsed } from './text-stream';

describe('textStream', () => {
  it('lists readable text nodes in order with their offsets, leaving out scripts, styles, noscript and templates', () => {
    const el = document.createElement('div');
    el.innerHTML =
      '<p>Putin <b>met</b></p><script>var x = 1;</script><style>p{}</style><noscript>&lt;img&gt;</noscript><template>hidden</template><div><span>Erdogan</span> in Sochi</div>';
    const s = textStream(el);
    expect(s.text).toBe('Putin metErdogan in Sochi');
    expect(s.nodes.map((n) => n.data)).toEqual(['Putin ', 'met', 'Erdogan', ' in Sochi']);
    expect(s.starts).toEqual([0, 6, 9, 16]);
  });

  it('leaves out the text of an SVG <style>, and of the root when it is itself a script', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p>Putin</p>';
    const svg = el.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'style')).textContent = '.a{}';
    el.append('Sochi');
    expect(textStream(el).text).toBe('PutinSochi');
    const script = document.createElement('script');
    script.textContent = 'var x = 1;';
    expect(textStream(script).text).toBe('');
  });

  it('in a copy parsed without scripting, leaves out the elements inside <noscript> too', () => {
    const doc = new DOMParser().parseFromString(
      '<body><p>Putin</p><noscript><p>Enable JavaScript</p></noscript><p>Erdogan</p></body>',
      'text/html',
    );
    expect(textStreamOfParsed(doc.body).text).toBe('PutinErdogan');
  });

  it('finds the node holding an offset', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p>ab</p><p>cde</p><p>f</p>';
    const s = textStream(el);
    expect([0, 1, 2, 4, 5, 6, -1].map((o) => nodeAt(s, o))).toEqual([0, 0, 1, 1, 2, -1, -1]);
  });

  it('walks deeply nested bodies without recursion', () => {
    const root = document.createElement('div');
    let at: Element = root;
    for (let i = 0; i < 5000; i++) at = at.appendChild(document.createElement('span'));
    at.append('deep');
    root.append(' tail');
    expect(textStreamOfParsed(root).text).toBe('deep tail');
    expect(textStream(root).text).toBe('deep tail');
  });
});
