// @vitest-environment happy-dom
// The welcome page as wired: its sections, the sample marked through the injected recognizer,
// what-leaves-the-device following the settings live, the links to settings and export, and
// an axe check (color contrast and dark mode in the real browsers: tests/e2e/welcome.e2e.ts).
import axe from 'axe-core';
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { $, mount, unmountAll, waitFor } from '@/components/popup/test-helpers';
import type { HighlightApi } from '@/utils/render/mention-highlights';
import { updateSettings } from '@/utils/adapters/settings';
import { App } from './App';

const recognize = async (text: string) => {
  const start = text.indexOf('London');
  return {
    mentions: [{ start, end: start + 6, type: 'LOC' as const, entityId: 'e1' }],
    entities: [{ id: 'e1', name: 'London', type: 'LOC' as const, mentions: 1 }],
  };
};

/** A registry standing in for CSS.highlights (happy-dom has no CSS Custom Highlight API). */
const highlights: HighlightApi = {
  registry: new Map<string, unknown>(),
  create: (...ranges) => new Set(ranges),
};

beforeEach(() => fakeBrowser.reset());
afterEach(unmountAll);

const flowStates = (root: HTMLElement) =>
  Object.fromEntries(
    [...root.querySelectorAll<HTMLElement>('tr[data-flow]')].map((r) => [r.dataset.flow, r.dataset.on === 'true']),
  );

describe('welcome App', () => {
  it('has its sections, each with a heading, and marks the sample', async () => {
    const root = mount(h(App, { recognize, highlights }));
    expect([...root.querySelectorAll('h2')].map((e) => e.textContent)).toEqual([
      'Try it on a sample',
      'Keyboard shortcuts',
      'What leaves your device, and when',
      'Your settings and your data',
    ]);
    await waitFor(() => $(root, 'button.sample__name'));
    expect($(root, 'button.sample__name').textContent).toBe('London (place, 1 mention)');
    expect([...(highlights.registry.get('gloss-place') as Set<Range>)].map(String)).toEqual(['London']);
  });

  it('says so where the browser cannot draw the marks', async () => {
    const root = mount(h(App, { recognize, highlights: null }));
    await waitFor(() => expect(root.textContent).toContain('lacks the CSS Custom Highlight API'));
  });

  it('says what leaves the device as the settings are now, and follows them live', async () => {
    const root = mount(h(App, { recognize, highlights: null }));
    await waitFor(() => $(root, 'tr[data-flow]'));
    expect(flowStates(root)).toEqual({
      wikipedia: true,
      wikidata: true,
      pictures: true,
      gdelt: true,
      'google-news': false,
    });
    expect($(root, '#never-sent').textContent).toContain('text of the pages you read');
    await act(async () => void (await updateSettings({ offline: true })));
    await waitFor(() => expect(Object.values(flowStates(root))).toEqual([false, false, false, false, false]));
    expect(root.textContent).toContain('Offline/private mode is on: Gloss sends nothing.');
    await act(async () => void (await updateSettings({ offline: false, readingHistory: false, googleNews: true })));
    await waitFor(() => expect(flowStates(root)['google-news']).toBe(true));
    expect(root.textContent).toContain('Your reading history is off');
  });

  it('links to the settings and to export', async () => {
    const root = mount(h(App, { recognize, highlights: null }));
    const hrefs = [...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(hrefs).toContainEqual(['Open Gloss’s settings', '/options.html#settings-heading']);
    expect(hrefs).toContainEqual(['Export your data', '/options.html#export-heading']);
  });

  it('has no axe violations', async () => {
    const root = mount(h(App, { recognize, highlights }));
    await waitFor(() => $(root, 'button.sample__name'));
    await waitFor(() => $(root, 'tr[data-flow]'));
    const out = await axe.run(root, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(out.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    expect(out.passes.length).toBeGreaterThan(10);
  });
});
