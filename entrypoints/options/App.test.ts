// @vitest-environment happy-dom
// The options page as wired: every section with its heading, keyboard shortcuts, and an axe check.
import axe from 'axe-core';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { $, byText, click, mount, unmountAll, waitFor } from '@/components/popup/test-helpers';
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { App } from './App';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/utils/adapters/messaging', () => ({ sendMessage }));

beforeEach(async () => {
  fakeBrowser.reset();
  sendMessage.mockReset();
  sendMessage.mockImplementation(async (type: string) => {
    if (type === 'dataCounts') return { highlights: 3, articles: 2, knowledge: 1 };
    throw new Error(`unexpected ${type}`);
  });
  await fakeBrowser.windows.create({ focused: true });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
});
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('options App', () => {
  it('has the sections, each with a heading', async () => {
    const root = mount(h(App, {}));
    await waitFor(() => $(root, '#denied-sites'));
    expect([...root.querySelectorAll('h2')].map((e) => e.textContent)).toEqual([
      'Settings',
      'Sync',
      'Keyboard shortcuts',
      'Export',
      'Import',
      'Delete everything',
      'Permissions',
    ]);
    await waitFor(() =>
      expect(root.textContent).toContain('Gloss keeps 3 highlights, 2 reading-history entries and 1 cached card.'),
    );
  });

  it('has no axe violations', async () => {
    const root = mount(h(App, {}));
    await waitFor(() => $(root, '#denied-sites'));
    await waitFor(() => expect($(root, '#google-news-permission').textContent).toBe('not granted'));
    const out = await axe.run(root, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(out.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    expect(out.passes.length).toBeGreaterThan(10);
  });
});

describe('ShortcutsSection', () => {
  it('lists the commands and opens Chrome’s shortcut page in a tab', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: 'Alt+Shift+G' },
      { name: 'open-entities', description: 'List the people, places and organizations', shortcut: '' },
    ] as never);
    const root = mount(h(ShortcutsSection, { browserName: 'chrome' }));
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(2));
    expect(root.querySelector('tbody')!.textContent).toBe(
      'Open the Gloss popupAlt+Shift+GList the people, places and organizationsNot set',
    );
    click(byText(root, 'button', 'Change shortcuts…'));
    await waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain('chrome://extensions/shortcuts'),
    );
  });

  it('explains the way in Firefox, and copes without commands', async () => {
    const root = mount(h(ShortcutsSection, { browserName: 'firefox' }));
    await waitFor(() => expect(root.textContent).toContain('Gloss has no keyboard commands in this browser.'));
    expect(root.textContent).toContain('about:addons');
    expect(root.querySelector('button')).toBeNull();
  });
});
