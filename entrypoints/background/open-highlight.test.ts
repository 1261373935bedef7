// Opening a result focuses an open tab of the page, else opens it with a text fragment.
import { describe, expect, it, vi } from 'vitest';
import { encodeFragmentText, openHighlight, textFragmentUrl, type TabsApi } from './open-highlight';

function api(tabs: Awaited<ReturnType<TabsApi['queryTabs']>>) {
  return {
    queryTabs: vi.fn(async () => tabs),
    activateTab: vi.fn(async () => undefined),
    focusWindow: vi.fn(async () => undefined),
    createTab: vi.fn(async () => ({ id: 99 })),
  } satisfies TabsApi;
}

const H = {
  url: 'https://example.com/world/story',
  quote: 'Recep Tayyip Erdoğan met the leaders of the G-20 in Rome on Friday, aides said.',
};

describe('openHighlight', () => {
  it('focuses a tab whose URL normalizes to the highlight URL, and its window', async () => {
    const a = api([
      { id: 1, url: 'about:blank', windowId: 1 },
      { id: 2, url: 'https://example.org/world/story', windowId: 1 },
      { id: 3, url: 'https://www.example.com/world/story/?utm_source=x#top', windowId: 7 },
    ]);
    expect(await openHighlight(H, a)).toEqual({ kind: 'focused', tabId: 3 });
    expect(a.activateTab).toHaveBeenCalledWith(3);
    expect(a.focusWindow).toHaveBeenCalledWith(7);
    expect(a.createTab).not.toHaveBeenCalled();
  });

  it('prefers the active one of several matching tabs', async () => {
    const a = api([
      { id: 4, url: 'https://example.com/world/story', windowId: 1 },
      { id: 5, url: 'https://m.example.com/world/story', windowId: 2, active: true },
    ]);
    expect(await openHighlight(H, a)).toEqual({ kind: 'focused', tabId: 5 });
  });

  it('opens a new tab with a text fragment of the first eight words when no tab matches', async () => {
    const a = api([{ id: 1, url: 'chrome://newtab/' }, { id: 2 }]);
    const out = await openHighlight(H, a);
    const url =
      'https://example.com/world/story#:~:text=Recep%20Tayyip%20Erdo%C4%9Fan%20met%20the%20leaders%20of%20the';
    expect(out).toEqual({ kind: 'created', tabId: 99, url });
    expect(a.createTab).toHaveBeenCalledWith(url);
    expect(a.activateTab).not.toHaveBeenCalled();
  });
});

describe('textFragmentUrl', () => {
  it('escapes the directive syntax characters - , &', () => {
    expect(encodeFragmentText('G-20, US & EU')).toBe('G%2D20%2C%20US%20%26%20EU');
  });
  it('appends the directive after an existing #! route', () => {
    expect(textFragmentUrl('https://x.com/#!/a', 'one two')).toBe('https://x.com/#!/a:~:text=one%20two');
  });
  it('leaves the URL alone for an empty quote', () => {
    expect(textFragmentUrl('https://x.com/a', '  ')).toBe('https://x.com/a');
  });
});
