// @vitest-environment happy-dom
import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorMany, type AnchorResult } from './anchor';
import { describe, describeOffsets, selectorsFromHighlight, type Selectors } from './selectors';
import { buildTextIndex } from './text-index';

const ARTICLE = `
  <h1>Council approves new harbour bridge</h1>
  <p class="lede">The city council voted on Thursday to approve the long-delayed harbour bridge,
    ending a <b>decade of debate</b> over the crossing.</p>
  <p>Supporters said the bridge would cut commuting times by half for residents of the eastern districts.
    Opponents said the cost, estimated at 2.3 billion, was too high for a city of its size.</p>
  <p>"This is a historic day," said the mayor, Ana Ruiz. "The bridge will connect the city."</p>
  <p>Construction is expected to begin next spring and to take four years.
    The bridge will carry two tram lines, four traffic lanes and a cycle path.</p>
  <p>The mayor said the bridge would be paid for by a regional fund and by tolls.</p>`;

function page(html: string): HTMLElement {
  document.body.innerHTML = `<main>${html}</main>`;
  return document.body;
}

/** Selectors for the n-th occurrence of `text` on the current page. */
function select(root: Element, text: string, nth = 0): Selectors {
  const index = buildTextIndex(root);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = index.text.indexOf(text, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  return describeOffsets(index, at, at + text.length)!;
}

/** Like {@link select}, but whitespace in `text` matches any whitespace run (text across blocks). */
function selectAcross(root: Element, text: string, nth = 0): Selectors {
  const index = buildTextIndex(root);
  const pattern = new RegExp(
    text
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  );
  const m = [...index.text.matchAll(pattern)][nth];
  expect(m).toBeDefined();
  return describeOffsets(index, m!.index!, m!.index! + m![0].length)!;
}

function anchoredText(r: AnchorResult): string {
  expect(r.status).toBe('anchored');
  return r.status === 'anchored' ? r.range.toString() : '';
}

suite('anchor', () => {
  it('describes a DOM range and anchors it back on the unchanged page via its position', () => {
    const root = page(ARTICLE);
    const b = root.querySelector('b')!;
    const range = document.createRange();
    range.setStart(
      b.previousSibling!,
      'The city council voted on Thursday to approve the long-delayed harbour bridge,\n    ending a '.length - 9,
    );
    range.setEnd(b.firstChild!, 'decade'.length);
    const sel = describe(root, range)!;
    expect(sel.quote.exact).toBe('ending a decade');
    expect(sel.quote.prefix.endsWith('harbour bridge, ')).toBe(true);
    expect(sel.quote.suffix.startsWith(' of debate over')).toBe(true);
    const r = anchor(root, sel);
    expect(anchoredText(r)).toBe('ending a decade');
    expect(r.status === 'anchored' && r.method).toBe('position');
    expect(r.status === 'anchored' && r.score).toBeCloseTo(1, 5);
  });

  it('offsets stay exact across inline elements', () => {
    const root = page(ARTICLE);
    const sel = select(root, 'a decade of debate over');
    const r = anchor(root, sel);
    expect(anchoredText(r)).toBe('a decade of debate over');
    expect(r.status === 'anchored' && [r.start, r.end]).toEqual([sel.position!.start, sel.position!.end]);
  });

  it('finds the quote when content is inserted before it (position no longer matches)', () => {
    const root = page(ARTICLE);
    const sel = select(root, 'cut commuting times by half');
    root
      .querySelector('main')!
      .insertAdjacentHTML('afterbegin', '<div class="ad">Advertisement: buy a new car today</div>');
    const r = anchor(root, sel);
    expect(anchoredText(r)).toBe('cut commuting times by half');
    expect(r.status === 'anchored' && r.method).toBe('quote');
  });

  it('tells duplicates apart by their context', () => {
    const root = page(ARTICLE);
    // "the bridge would" occurs twice; highlight the second one, then shift positions.
    const sel = select(root, 'the bridge would', 1);
    expect(sel.quote.prefix).toContain('The mayor said');
    root.querySelector('main')!.insertAdjacentHTML('afterbegin', '<p>Update: the story was corrected.</p>');
    const r = anchor(root, sel);
    expect(anchoredText(r)).toBe('the bridge would');
    const index = buildTextIndex(root);
    expect(r.status === 'anchored' && r.start).toBe(index.text.lastIndexOf('the bridge would'));
  });

  it('ignores whitespace changes (re-indented markup, collapsed spaces)', () => {
    const root = page(ARTICLE);
    const sel = select(root, 'Opponents said the cost, estimated at 2.3 billion');
    page(ARTICLE.replace(/\s+/g, ' ').replace('said the cost', 'said  the\n   cost'));
    const r = anchor(root, sel);
    expect(anchoredText(r)).toBe('Opponents said  the\n   cost, estimated at 2.3 billion');
    expect(r.status === 'anchored' && r.method).toBe('quote');
  });

  it('anchors a quote with one word edited, fuzzily and with a lower score', () => {
    const root = page(ARTICLE);
    const sel = select(root, 'expected to begin next spring and to take four years');
    page(ARTICLE.replace('begin next spring', 'begin next autumn'));
    const r = anchor(root, sel);
    expect(anchoredText(r)).toBe('expected to begin next autumn and to take four years');
    expect(r.status === 'anchored' && r.method).toBe('fuzzy');
    expect(r.status === 'anchored' && r.score).toBeLessThan(1);
    expect(r.status === 'anchored' && r.score).toBeGreaterThan(0.8);
  });

  it('anchors a short 5-word quote whose middle word was replaced by a longer one', () => {
    const root = page(ARTICLE);
    const sel = select(root, 'said the bridge would cut');
    page(ARTICLE.replace('said the bridge would cut', 'said the crossing would cut'));
    expect(anchoredText(anchor(root, sel))).toBe('said the crossing would cut');
  });

  it('orphans a deleted quote instead of guessing', () => {
    const root = page(ARTICLE);
    const sel = select(root, 'two tram lines, four traffic lanes and a cycle path');
    page(ARTICLE.replace(/The bridge will carry[^<]*/, ''));
    const r = anchor(root, sel);
    expect(r.status).toBe('orphan');
  });

  it('orphans a short quote whose context is gone, even if the words occur elsewhere', () => {
    const root = page(ARTICLE);
    // "The bridge will" occurs twice; the highlighted one is in a paragraph that is removed.
    const sel = select(root, 'The bridge will', 0);
    expect(sel.quote.prefix).toContain('Ana Ruiz');
    page(ARTICLE.replace(/<p>"This is a historic day[^<]*<\/p>/, ''));
    expect(anchor(root, sel)).toEqual({ status: 'orphan', reason: 'low-similarity' });
  });

  it('orphans a one-word quote with no matching context rather than anchor to another occurrence', () => {
    const root = page(ARTICLE);
    const sel: Selectors = {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'bridge',
        prefix: 'something unrelated entirely ',
        suffix: ' and more unrelated words',
      },
    };
    expect(anchor(root, sel).status).toBe('orphan');
  });

  it('never anchors a short quote with a typo and no context to a look-alike', () => {
    const root = page(ARTICLE);
    const sel: Selectors = { quote: { type: 'TextQuoteSelector', exact: 'harbor', prefix: '', suffix: '' } };
    expect(anchor(root, sel).status).toBe('orphan');
  });

  it('does not trust the position when the text there is not the quote', () => {
    const root = page(ARTICLE);
    const sel = select(root, 'Construction is expected');
    const shifted: Selectors = { ...sel, position: { type: 'TextPositionSelector', start: 0, end: 24 } };
    const r = anchor(root, shifted);
    expect(anchoredText(r)).toBe('Construction is expected');
    expect(r.status === 'anchored' && r.method).toBe('quote');
  });

  it('excludes Gloss UI from the text it anchors in', () => {
    const root = page(ARTICLE);
    const sel = select(root, 'a historic day');
    root
      .querySelector('main')!
      .insertAdjacentHTML('afterbegin', '<gloss-root>This is a historic day, said Gloss</gloss-root>');
    const r = anchor(root, sel, { exclude: 'gloss-root' });
    expect(r.status === 'anchored' && r.range.startContainer.parentElement!.closest('gloss-root')).toBeNull();
    expect(anchoredText(r)).toBe('a historic day');
  });

  // bench/reanchor.ts, aeb-appleinsider.com-1: a sidebar of stories, each ending "~N hours
  // ago". The highlight began at "hours ago" of the last story; that story was removed, and
  // the story before it ends in the same words, so the quote is still on the page, exactly,
  // with its suffix intact. Only its prefix tells: the text that preceded it is gone from
  // the page, so the quote's first words may have gone with it.
  const SIDEBAR = `
    <ul>
      <li><p><a>Apple AirPods Pro are on sale, but time is running out for delivery by Christmas</a> <span>~12 hours ago</span></p></li>
      <li id="last"><p><a>Tim Cook talks Apple values, Steve Jobs, more at Salesforce conference</a> <span>~13 hours ago</span></p></li>
      <li><a>more...</a></li>
    </ul>
    <h2>Latest Features</h2>
    <p>A6: How Apple's custom silicon and iOS optimized each other ~3 days ago</p>
    <p>MacBook Pro 16-inch and Apple Card gender bias on the AppleInsider Podcast ~5 days ago</p>`;

  it.each([
    ['a long quote', "hours ago more... Latest Features A6: How Apple's custom silicon and iOS optimized"],
    ['a short quote', 'hours ago more... Latest'],
  ])(
    'orphans %s whose first words were removed with the text before it, though look-alike words now precede the rest',
    (_, quote) => {
      const root = page(SIDEBAR);
      const sel = selectAcross(root, quote);
      expect(sel.quote.prefix).toContain('Salesforce conference');
      root.querySelector('#last')!.remove();
      // The words are still there, exactly, after the other story: not the highlight.
      expect(buildTextIndex(root).text.replace(/\s+/g, ' ')).toContain(quote);
      expect(anchor(root, sel)).toEqual({ status: 'orphan', reason: 'low-similarity' });
    },
  );

  it('still anchors when its context was pushed away by inserted text (an ad between prefix and quote)', () => {
    const root = page(ARTICLE);
    const quote = 'Construction is expected to begin next spring';
    const sel = select(root, quote);
    const p = [...root.querySelectorAll('p')].find((x) => x.textContent!.startsWith('Construction'))!;
    p.insertAdjacentHTML(
      'beforebegin',
      '<div class="ad"><p>Advertisement</p><p>Subscribe today for a limited offer: save on our newsletter, free trial</p></div>',
    );
    const r = anchor(root, sel);
    expect(anchoredText(r)).toBe(quote);
    // And when the ad lands inside the prefix (the quote starts a few words into the paragraph).
    const root2 = page(ARTICLE);
    const sel2 = select(root2, 'is expected to begin next spring');
    const p2 = [...root2.querySelectorAll('p')].find((x) => x.textContent!.startsWith('Construction'))!;
    p2.insertAdjacentHTML('beforebegin', '<div class="ad">Advertisement: shop online, best price, click now</div>');
    expect(anchoredText(anchor(root2, sel2))).toBe('is expected to begin next spring');
  });

  it('orphans an empty quote', () => {
    const root = page(ARTICLE);
    expect(anchor(root, { quote: { type: 'TextQuoteSelector', exact: '  \n ', prefix: '', suffix: '' } })).toEqual({
      status: 'orphan',
      reason: 'empty-quote',
    });
  });
});

suite('anchorMany', () => {
  it('returns one result per highlight, in order, orphans included', () => {
    const root = page(ARTICLE);
    const list = [
      select(root, 'voted on Thursday'),
      { quote: { type: 'TextQuoteSelector', exact: 'not on this page at all', prefix: '', suffix: '' } } as Selectors,
      selectorsFromHighlight({
        quote: 'paid for by a regional fund',
        prefix: 'The mayor said the bridge would be ',
        suffix: ' and by tolls.',
        start: -1,
        end: -1,
      }),
    ];
    const results = anchorMany(root, list);
    expect(results).toHaveLength(3);
    expect(anchoredText(results[0])).toBe('voted on Thursday');
    expect(results[1]).toEqual({ status: 'orphan', reason: 'not-found' });
    expect(anchoredText(results[2])).toBe('paid for by a regional fund');
  });
});
