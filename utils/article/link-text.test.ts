// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hiddenByAttributes, visibleLinkText } from './link-text';

function link(html: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root.querySelector('a')!;
}

describe('visibleLinkText', () => {
  it('is the text a reader sees, whitespace collapsed', () => {
    expect(visibleLinkText(link('<a href="/x">  Storm hits <b>the\n coast</b> </a>'))).toBe('Storm hits the coast');
  });

  it('never takes the markup of a <noscript> image or script text', () => {
    const a = link(
      '<a href="/x"><noscript>&lt;img alt="" class="media__image" src="//cdn.example/a.jpg"&gt;</noscript><span>Rescuers reach the village</span><script>var x = 1;</script></a>',
    );
    expect(visibleLinkText(a)).toBe('Rescuers reach the village');
  });

  it('leaves out hidden labels (hidden, aria-hidden, display:none, screen-reader-only classes)', () => {
    const a = link(
      '<a href="/x">Markets close higher<span hidden> secret</span><span aria-hidden="true"> icon</span><span style="display: none"> none</span><span class="sr-only"> (opens in new window)</span></a>',
    );
    expect(visibleLinkText(a)).toBe('Markets close higher');
  });

  it('takes the image alt text when the link shows no text', () => {
    expect(visibleLinkText(link('<a href="/x"><img src="a.jpg" alt=" Flooded streets in the old town "></a>'))).toBe(
      'Flooded streets in the old town',
    );
  });

  it('is empty for an image link without alt text, or when only markup-like text is left', () => {
    expect(visibleLinkText(link('<a href="/x"><img src="a.jpg" alt=""></a>'))).toBe('');
    expect(visibleLinkText(link('<a href="/x">&lt;img alt="" src="//cdn.example/b.jpg"&gt;</a>'))).toBe('');
  });
});

describe('hiddenByAttributes', () => {
  it('reads hidden, aria-hidden, inline display/visibility and screen-reader classes', () => {
    const el = document.createElement('span');
    expect(hiddenByAttributes(el)).toBe(false);
    el.setAttribute('style', 'visibility: hidden');
    expect(hiddenByAttributes(el)).toBe(true);
    el.removeAttribute('style');
    el.className = 'visually-hidden';
    expect(hiddenByAttributes(el)).toBe(true);
  });
});
