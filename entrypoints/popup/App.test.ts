// @vitest-environment happy-dom
// The popup as wired: the active tab's report and highlights, search results opening the
// page (through the background, which knows the tabs' pages), and an axe check.
import axe from 'axe-core';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { $, byText, click, makeHighlight, mount, unmountAll, waitFor } from '@/components/popup/test-helpers';
import type { SearchResult } from '@/utils/search/types';
import { App } from './App';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/utils/adapters/messaging', () => ({ sendMessage }));

const HL = makeHighlight({
  id: 'h1',
  url: 'https://example.com/story',
  quote: 'Leaders of the G-20 met in Rome on Friday to talk about trade',
  note: 'trade <script>x</script>',
});
const RESULT: SearchResult = {
  total: 1,
  groups: [
    { url: HL.url, title: HL.title, site: HL.site, hits: [{ highlight: HL, score: 1, marks: { quote: [[0, 7]] } }] },
  ],
};

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset();
  sendMessage.mockImplementation(async (type: string) => {
    if (type === 'searchHighlights') return RESULT;
    if (type === 'getPageReport')
      return {
        status: 'not-article',
        url: 'https://www.other.org/',
        reason: 'this page is not an article',
        runs: 1,
        at: 0,
      };
    if (type === 'highlightsForPage') return [];
    if (type === 'getHighlightStatus') return null;
    if (type === 'openHighlight') return { kind: 'focused', tabId: 1 };
    throw new Error(`unexpected ${type}`);
  });
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ url: 'https://www.other.org/', active: true });
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
});
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('popup App', () => {
  it('asks for the active tab’s report and its highlights by normalized URL', async () => {
    const root = mount(h(App, { firstPage: undefined }));
    await waitFor(() => expect(root.textContent).toContain('Nothing marked: this page is not an article.'));
    expect(sendMessage).toHaveBeenCalledWith('highlightsForPage', { url: 'https://other.org/' });
    expect(sendMessage).toHaveBeenCalledWith('getPageReport', { tabId: 1 });
    await waitFor(() => expect($(root, 'input[role="switch"]').closest('label')!.textContent).toContain('other.org'));
  });

  it('asks the background to open a result, then closes', async () => {
    const root = mount(h(App, { firstPage: undefined }));
    click(await waitFor(() => $(root, 'button.hit')));
    await waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(sendMessage).toHaveBeenCalledWith('openHighlight', { id: 'h1' });
  });

  it('says so and stays open when the result cannot be opened', async () => {
    const base = sendMessage.getMockImplementation()!;
    sendMessage.mockImplementation(async (type: string, data: unknown) => {
      if (type === 'openHighlight') throw new Error('This highlight no longer exists.');
      return base(type, data);
    });
    const root = mount(h(App, { firstPage: undefined }));
    click(await waitFor(() => $(root, 'button.hit')));
    await waitFor(() =>
      expect(root.textContent).toContain('Could not open the page: This highlight no longer exists.'),
    );
    expect(window.close).not.toHaveBeenCalled();
  });

  it('lists the page’s highlights that could not be placed, keyed by the URL the page reported', async () => {
    const lost = makeHighlight({ id: 'o', url: 'https://other.org/canonical', quote: 'lost words' });
    sendMessage.mockImplementation(async (type: string, data: { url?: string }) => {
      if (type === 'getHighlightStatus') return { url: 'https://other.org/canonical', placed: 0, orphanIds: ['o'] };
      if (type === 'highlightsForPage') return data.url === 'https://other.org/canonical' ? [lost] : [];
      if (type === 'getPageReport') return null;
      if (type === 'searchHighlights') return RESULT;
      throw new Error(`unexpected ${type}`);
    });
    const root = mount(h(App, { firstPage: undefined }));
    await waitFor(() => expect(root.textContent).toContain('1 highlight could not be placed'));
    expect(root.textContent).toContain('lost words');
  });

  it('axe runs for real in happy-dom (it finds an unlabelled input)', async () => {
    const div = document.createElement('div');
    div.innerHTML = '<input type="text"><button></button>';
    document.body.append(div);
    const out = await axe.run(div, { rules: { region: { enabled: false } } });
    div.remove();
    expect(out.violations.map((v) => v.id).sort()).toEqual(['button-name', 'label']);
  });

  it('has no axe violations', async () => {
    const root = mount(h(App, { firstPage: undefined }));
    await waitFor(() => $(root, 'button.hit'));
    await waitFor(() => $(root, 'input[role="switch"]'));
    byText(root, 'summary', /Filters/);
    const out = await axe.run(root, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(out.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    expect(out.passes.length).toBeGreaterThan(10);
  });
});
