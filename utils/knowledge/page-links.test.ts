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
