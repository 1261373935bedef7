// @vitest-environment happy-dom
// Settings on the options page: written to storage at once, normalized, validated,
// confirmed with "Saved"; Google News only with its permission.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { $, byText, choose, mount, type, unmountAll, waitFor } from '../popup/test-helpers';
import { getSettings, updateSettings } from '@/utils/adapters/settings';
import { GeneralSettings } from './GeneralSettings';
import { PermissionsSection } from './PermissionsSection';
import { SourceSettings } from './SourceSettings';
import { useGoogleNewsPermission } from './google-news';
import { useSave } from './use-save';
import { useSettings } from './use-settings';

vi.mock('@/utils/adapters/messaging', () => ({ sendMessage: vi.fn() }));

function Live() {
  const settings = useSettings();
  const { save, status } = useSave();
  const permission = useGoogleNewsPermission();
  if (!settings) return <p>Loading…</p>;
  return (
    <div>
      <GeneralSettings settings={settings} save={save} />
      <SourceSettings settings={settings} save={save} onPermissionChange={permission.refresh} />
      <PermissionsSection googleNewsGranted={permission.granted} googleNewsOn={settings.googleNews} />
      {status}
    </div>
  );
}

let granted = false;
beforeEach(() => {
  fakeBrowser.reset();
  granted = false;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => {
    granted = false;
    return true;
  });
});
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

async function live() {
  const root = mount(<Live />);
  await waitFor(() => $(root, '#denied-sites'));
  return root;
}
const saved = (root: HTMLElement) => waitFor(() => expect($(root, '.save-status').textContent).toBe('Saved'));

describe('options: settings', () => {
  it('switches Gloss off and confirms "Saved"', async () => {
    const root = await live();
    choose(byText<HTMLLabelElement>(root, 'label', 'Gloss is on').querySelector('input')!, false);
    await saved(root);
    expect((await getSettings()).enabled).toBe(false);
  });

  it('normalizes the deny and allow lists, one site per line, and names what it ignored', async () => {
    const root = await live();
    const deny = $<HTMLTextAreaElement>(root, '#denied-sites');
    expect(deny.labels?.[0]?.textContent).toBe('Never run on these sites');
    type(deny, 'https://www.Example.com/news/1\n\nnews.bbc.co.uk\nexample.com\nnot a site', true);
    await waitFor(async () => expect((await getSettings()).deniedSites).toEqual(['example.com', 'news.bbc.co.uk']));
    expect(deny.value).toBe('example.com\nnews.bbc.co.uk');
    expect($(root, '[role="alert"]').textContent).toBe('Not a site, ignored: not a site');
    type($<HTMLTextAreaElement>(root, '#allowed-sites'), 'WWW.Reuters.com', true);
    await waitFor(async () => expect((await getSettings()).allowedSites).toEqual(['reuters.com']));
  });

  it('shows changes made elsewhere (live)', async () => {
    const root = await live();
    await updateSettings({ deniedSites: ['a.com', 'b.org'], hoverDelayMs: 900 });
    await waitFor(() => expect($<HTMLTextAreaElement>(root, '#denied-sites').value).toBe('a.com\nb.org'));
    expect($<HTMLInputElement>(root, '#hover-delay').value).toBe('900');
  });

  it('saves entity types, mark mode, underline and a valid hover delay; refuses one out of range', async () => {
    const root = await live();
    choose(byText<HTMLLabelElement>(root, 'label', 'Organizations').querySelector('input')!, false);
    await waitFor(async () => expect((await getSettings()).entityTypes).toEqual({ PER: true, LOC: true, ORG: false }));
    choose(byText<HTMLLabelElement>(root, 'label', 'First mention only').querySelector('input')!, true);
    await waitFor(async () => expect((await getSettings()).markMode).toBe('first'));
    choose($<HTMLSelectElement>(root, '#underline'), 'wavy');
    await waitFor(async () => expect((await getSettings()).underline).toBe('wavy'));
    type($<HTMLInputElement>(root, '#hover-delay'), '100', true);
    expect($(root, '#hover-delay-error').textContent).toContain('from 150 to 2000');
    type($<HTMLInputElement>(root, '#hover-delay'), '750', true);
    await waitFor(async () => expect((await getSettings()).hoverDelayMs).toBe(750));
    expect(root.querySelector('#hover-delay-error')).toBeNull();
  });

  it('renames a highlight color and keeps its CSS color; an empty name falls back to the default', async () => {
    const root = await live();
    type($<HTMLInputElement>(root, '#color-name-green'), 'Evidence', true);
    await waitFor(async () =>
      expect((await getSettings()).highlightColors[1]).toEqual({
        id: 'green',
        name: 'Evidence',
        css: 'rgba(120, 220, 140, 0.5)',
      }),
    );
    type($<HTMLInputElement>(root, '#color-name-green'), '  ', true);
    await waitFor(async () => expect((await getSettings()).highlightColors[1]!.name).toBe('Green'));
  });

  it('validates the Wikipedia language and saves offline mode', async () => {
    const root = await live();
    type($<HTMLInputElement>(root, '#wiki-lang'), 'not a code', true);
    expect($(root, '[role="alert"]').textContent).toContain('Wikipedia language code');
    type($<HTMLInputElement>(root, '#wiki-lang'), 'DE', true);
    await waitFor(async () => expect((await getSettings()).wikipediaLang).toBe('de'));
    choose(byText<HTMLLabelElement>(root, 'label', 'Offline/private mode').querySelector('input')!, true);
    await waitFor(async () => expect((await getSettings()).offline).toBe(true));
    expect($(root, '#offline-help').textContent).toContain('Gloss makes no network request at all');
    await waitFor(() => expect(root.textContent).toContain('none of these sources is contacted'));
  });
});

describe('options: Google News permission', () => {
  it('asks for the host permission from the click; refused leaves the setting off', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    const root = await live();
    await waitFor(() => expect($(root, '#google-news-permission').textContent).toBe('not granted'));
    const box = $<HTMLInputElement>(root, '#google-news');
    choose(box, true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.google.com/*'] });
    await waitFor(() => expect($(root, '[role="alert"]').textContent).toContain('Google News stays off'));
    expect(box.checked).toBe(false);
    expect((await getSettings()).googleNews).toBe(false);
  });

  it('granted switches it on and shows the permission; switching off gives it back', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => (granted = true));
    const root = await live();
    choose($<HTMLInputElement>(root, '#google-news'), true);
    await waitFor(async () => expect((await getSettings()).googleNews).toBe(true));
    await waitFor(() => expect($<HTMLInputElement>(root, '#google-news').checked).toBe(true));
    await waitFor(() => expect($(root, '#google-news-permission').textContent).toBe('granted'));
    choose($<HTMLInputElement>(root, '#google-news'), false);
    await waitFor(async () => expect((await getSettings()).googleNews).toBe(false));
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://news.google.com/*'] });
    await waitFor(() => expect($(root, '#google-news-permission').textContent).toBe('not granted'));
  });
});
