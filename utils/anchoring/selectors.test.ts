// @vitest-environment happy-dom
import { describe as suite, expect, it } from 'vitest';
import { anchor } from './anchor';
import { CONTEXT_LENGTH, describe, describeOffsets, selectorsFromHighlight } from './selectors';
import { buildTextIndex } from './text-index';

function root(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

suite('describe', () => {
  it('gives the exact quote, 32 characters of whitespace-collapsed context, and the offsets', () => {
    const body = root(`<p>
        The committee   met on Tuesday to discuss the budget for next year and beyond.</p>
      <p>Members agreed on most points, but the question of funding for the new library remained open.</p>`);
    const index = buildTextIndex(body);
    const start = index.text.indexOf('Members agreed');
    const sel = describeOffsets(index, start, start + 'Members agreed'.length)!;
    expect(sel.quote.exact).toBe('Members agreed');
    expect(sel.quote.prefix).toBe('udget for next year and beyond. ');
    expect(sel.quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
    expect(sel.quote.suffix).toBe(' on most points, but the questio');
    expect(sel.position).toEqual({ type: 'TextPositionSelector', start, end: start + 14 });
  });

  it('returns null for a range with no page text', () => {
    const body = root('<p>Text</p><script>var hidden = 1;</script>');
    const range = document.createRange();
    range.selectNodeContents(body.querySelector('script')!);
    expect(describe(body, range)).toBeNull();
  });

  it('extends the context when the quote and its usual context occur twice, so the copy is not taken for it', () => {
    const sentence =
      'The minister resigned on Friday after weeks of pressure from within her own party over the affair.';
    const body = root(`<aside><p>Top stories</p><p>${sentence}</p><p>More headlines follow below.</p></aside>
      <article><p>In a statement to parliament this morning, officials said: ${sentence} She denied any wrongdoing.</p></article>`);
    const index = buildTextIndex(body);
    const quote = 'resigned on Friday after weeks of pressure';
    const start = index.text.lastIndexOf(quote);
    const sel = describeOffsets(index, start, start + quote.length)!;
    // One side is extended past the shared text to where the copies differ.
    expect(Math.max(sel.quote.prefix.length, sel.quote.suffix.length)).toBeGreaterThan(CONTEXT_LENGTH);
    // Edit the article's copy: the exact copy in the aside must not be taken for it.
    body.querySelector('article p')!.textContent = body
      .querySelector('article p')!
      .textContent!.replace('weeks of pressure', 'months of pressure');
    const r = anchor(body, sel);
    expect(r.status === 'anchored' && r.range.startContainer.parentElement!.closest('article')).not.toBeNull();
    // Remove the article (not loaded yet): orphan, not the aside's copy.
    body.querySelector('article')!.remove();
    expect(anchor(body, sel).status).toBe('orphan');
  });

  it('turns a stored Highlight back into selectors', () => {
    const sel = selectorsFromHighlight({ quote: 'q', prefix: 'p', suffix: 's', start: 3, end: 4 });
    expect(sel.quote).toEqual({ type: 'TextQuoteSelector', exact: 'q', prefix: 'p', suffix: 's' });
    expect(sel.position).toEqual({ type: 'TextPositionSelector', start: 3, end: 4 });
    expect(selectorsFromHighlight({ quote: 'q', prefix: '', suffix: '', start: 0, end: 0 }).position).toBeUndefined();
  });
});
