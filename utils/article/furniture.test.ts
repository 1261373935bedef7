// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { classWords, furnitureRanges, isFurnitureElement, isFurnitureLine, isInterfaceLine } from './furniture';

function el(html: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root.firstElementChild!;
}

describe('isFurnitureElement', () => {
  it('captions, times, buttons and navigation are furniture by their tag', () => {
    for (const h of [
      '<figcaption>Jane Doe at the rally.</figcaption>',
      '<time>Nov 5</time>',
      '<button>Share</button>',
      '<nav><a>Home</a></nav>',
    ])
      expect(isFurnitureElement(el(h))).toBe(true);
  });

  it('a list whose every item is only link text is furniture (related stories), a list of prose is not', () => {
    expect(
      isFurnitureElement(
        el('<ul><li><a href="/a">Prince Andrew: BT abandons ties</a></li><li> <a href="/b">Delhi Smog</a> </li></ul>'),
      ),
    ).toBe(true);
    expect(isFurnitureElement(el('<ol><li><a href="/a">One</a></li><li><a href="/b">Tw</a>o</li></ol>'))).toBe(false);
    expect(
      isFurnitureElement(
        el('<ul><li>Joe Biden, <a href="/b">the former vice president</a></li><li>Bernie Sanders</li></ul>'),
      ),
    ).toBe(false);
    expect(isFurnitureElement(el('<ul><li><a href="/a">Only one link</a></li></ul>'))).toBe(false);
  });

  it('text kept for screen readers only is furniture; a class that only says "hidden" on small screens is not', () => {
    for (const h of [
      '<span class="visually-hidden">Continue reading the main story</span>',
      '<span class="u-visually-hidden">The New York Times</span>',
      '<span class="sr-only">Close extra sharing options</span>',
      '<span class="screen-reader-text">Posted on</span>',
    ])
      expect(isFurnitureElement(el(h))).toBe(true);
    expect(isFurnitureElement(el('<span class="hidden-xs">Paris agreed.</span>'))).toBe(false);
  });

  it('interface roles, author links and metadata microdata are furniture', () => {
    expect(isFurnitureElement(el('<div role="toolbar">Facebook Twitter Email</div>'))).toBe(true);
    expect(isFurnitureElement(el('<a rel="author" href="/staff/jdoe">Jane Doe</a>'))).toBe(true);
    expect(isFurnitureElement(el('<span itemprop="author">Jane Doe</span>'))).toBe(true);
    expect(isFurnitureElement(el('<span itemprop="datePublished">Nov 5, 2019</span>'))).toBe(true);
  });

  it('class words say furniture (bylines, credits, share bars), whole words only', () => {
    expect(classWords('c-article__byline photoCredit share-tools')).toEqual([
      'c',
      'article',
      'byline',
      'photo',
      'credit',
      'share',
      'tools',
    ]);
    expect(isFurnitureElement(el('<div class="c-article__byline">By Jane Doe</div>'))).toBe(true);
    expect(isFurnitureElement(el('<span class="photoCredit">Jane Doe/Getty Images</span>'))).toBe(true);
    expect(isFurnitureElement(el('<div class="shareable-content">Story text</div>'))).toBe(false);
  });

  it('headings and blocks of other stories are furniture by their class words; a one-link line is read', () => {
    for (const h of [
      '<div class="sdc-article-related-stories"><h3>More from UK</h3></div>',
      '<div class="trending-now"><h2>Trending</h2></div>',
      '<section id="most-popular"><h2>Most Popular</h2><a href="/a">One</a> <a href="/b">Two</a></section>',
      '<div class="comments-area">12 comments</div>',
    ])
      expect(isFurnitureElement(el(h))).toBe(true);
    // A "Read more" line of one link between paragraphs is read as the story (the seed page's).
    expect(
      isFurnitureElement(
        el('<aside class="inline-related"><span>Read more</span> <a href="/a">Talks go on – Lavrov</a></aside>'),
      ),
    ).toBe(false);
    expect(isFurnitureElement(el('<a class="wccf_related_post" href="/a">Pricing Available Now</a>'))).toBe(false);
    // Whole words only, and not the singular "comment", which may mark an opinion piece.
    expect(isFurnitureElement(el('<div class="unrelated-note">Jane Doe met the mayor.</div>'))).toBe(false);
    expect(isFurnitureElement(el('<h1 class="tone-comment">Jane Doe met the mayor</h1>'))).toBe(false);
  });

  it('a long block is not furniture by its class alone (a wrapper may say "author")', () => {
    const long = 'The minister met the governor. '.repeat(20);
    expect(isFurnitureElement(el(`<div class="author-content"><p>${long}</p></div>`))).toBe(false);
  });

  it('story paragraphs and asides are not furniture', () => {
    expect(isFurnitureElement(el('<p>Jane Doe met the mayor.</p>'))).toBe(false);
    // Only role, rel, itemprop, class and id speak; other attributes saying "social" do not.
    expect(isFurnitureElement(el('<p title="social" data-role="button">Jane Doe met the mayor.</p>'))).toBe(false);
    expect(isFurnitureElement(el('<div id="photoCredit">Jane Doe</div>'))).toBe(true);
    expect(isFurnitureElement(el('<aside><a href="/x">Read more: Lavrov says talks go on</a></aside>'))).toBe(false);
  });
});

describe('furniture lines', () => {
  it('interface labels and timestamps', () => {
    for (const l of [
      'Subscribe',
      'Read More',
      '5 min read',
      'Photo',
      'Gallery',
      'Facebook Twitter Email',
      'Updated 5:42 PM EST Nov 12, 2019',
      'FILE',
      'Graphic',
      'Caption',
    ])
      expect(isInterfaceLine(l)).toBe(true);
    expect(isInterfaceLine('Read more: Russia ready to cooperate on Syria – Lavrov')).toBe(false);
  });

  it('photo credits and bylines', () => {
    expect(isFurnitureLine('Photo: Jane Doe/Reuters')).toBe(true);
    expect(isFurnitureLine('FILE - In this Nov. 5 photo, the mayor speaks in Denver.')).toBe(true);
    expect(isFurnitureLine('The mayor speaks in Denver. (AP Photo/David Zalubowski)')).toBe(true);
    expect(isFurnitureLine('Natalie Naccache | Getty Images')).toBe(true);
    expect(isFurnitureLine('By Jane Doe and John Roe | Reuters')).toBe(true);
    expect(isFurnitureLine('By Tuesday, officials in Denver said the roads would reopen.')).toBe(false);
    expect(isFurnitureLine('Jane Doe met the mayor of Denver on Monday.')).toBe(false);
  });

  it('furnitureRanges finds whole furniture lines and inline credits', () => {
    const text = 'Subscribe\n\nThe mayor (AP Photo/Evan Vucci) met Jane Doe.\n\nRead More';
    const ranges = furnitureRanges(text).map(([a, b]) => text.slice(a, b));
    expect(ranges).toEqual(['Subscribe', '(AP Photo/Evan Vucci)', 'Read More']);
  });
});

describe('furniture in extraction', () => {
  it('recognition text leaves out captions, credits, bylines and labels, and keeps the story', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n}: Jane Doe told the council in Denver that the new road, the school and the hospital would open before the winter, after years of delay and debate.</p>`;
    document.documentElement.innerHTML =
      '<head><title>Roads open</title></head><body><article><h1>Roads open</h1>' +
      '<div class="byline">By <a rel="author" href="/staff/r">Rita Reporter</a></div><time>5:42 PM EST Nov 12, 2019</time>' +
      '<figure><img src="a.jpg" alt=""><figcaption>Jane Doe at the site. Natalie Naccache | Getty Images</figcaption></figure>' +
      `${para(1)}<p>Subscribe</p>${para(2)}<div role="toolbar"><button>Facebook</button><button>Twitter</button></div>${para(3)}${para(4)}${para(5)}</article></body>`;
    const out = extractArticle(document, { skipGate: true });
    expect(out.status).toBe('article');
    if (out.status !== 'article') return;
    const text = out.article.textMap.text;
    expect(text).toContain('Paragraph 1: Jane Doe told the council in Denver');
    expect(text).toContain('Paragraph 5');
    for (const gone of ['Getty', 'Naccache', 'Rita Reporter', 'PM EST', 'Subscribe', 'Facebook'])
      expect(text).not.toContain(gone);
    expect(text).not.toMatch(/\n{3,}/);
    // every character left still maps to the live page
    const i = text.indexOf('Denver');
    expect(out.article.textMap.nodes[out.article.textMap.charNode[i]!]!.data).toContain('Denver');
  });

  it('text of two adjacent elements never glues into one word', () => {
    const para =
      'The governor said the new budget would fund the schools and the roads of the state this year and next. ';
    document.documentElement.innerHTML =
      `<head><title>Budget</title></head><body><article><h1>Budget</h1><p>${para.repeat(3)}</p>` +
      `<p><span>Kristi Noem</span><span>Kristi Lynn Noem is the governor.</span> ${para.repeat(3)}</p><p>${para.repeat(3)}</p></article></body>`;
    const out = extractArticle(document, { skipGate: true });
    expect(out.status).toBe('article');
    if (out.status !== 'article') return;
    expect(out.article.textMap.text).toContain('Kristi Noem Kristi Lynn Noem');
  });
});
