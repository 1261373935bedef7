// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPageLinks } from './page-links';

describe('collectPageLinks', () => {
  it('keeps http(s) links with a readable text, resolved and de-duplicated', () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <a href="/news/erdogan-referendum-result/#top">Erdogan claims victory in constitutional referendum</a>
      <a href="https://example.com/news/erdogan-referendum-result/">Erdogan claims victory in constitutional referendum</a>
      <a href="javascript:alert(1)">Click here to see something</a>
      <a href="mailto:x@example.com">Write to the newsroom</a>
      <a href="/a">Home</a>`;
    expect(collectPageLinks(root, 'https://example.com/news/putin/')).toEqual([
      {
        url: 'https://example.com/news/erdogan-referendum-result/',
        text: 'Erdogan claims victory in constitutional referendum',
      },
    ]);
  });
});

describe('collectPageLinks titles', () => {
  it('titles a link by its visible text or its image alt, and leaves out links with neither', () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <a href="/news/one"><noscript>&lt;img alt="" class="media__image" src="//cdn.example/one.jpg"&gt;</noscript>Floods close the coastal highway again</a>
      <a href="/news/two"><img src="/two.jpg" alt="Firefighters contain the hillside blaze"></a>
      <a href="/news/three"><noscript>&lt;img alt="" class="media__image" src="//cdn.example/three.jpg"&gt;</noscript></a>
      <a href="/news/four" hidden>Hidden link that no reader sees at all</a>`;
    expect(collectPageLinks(root, 'https://example.com/news/')).toEqual([
      { url: 'https://example.com/news/one', text: 'Floods close the coastal highway again' },
      { url: 'https://example.com/news/two', text: 'Firefighters contain the hillside blaze' },
    ]);
  });
});
