// @vitest-environment happy-dom
// The welcome page's sample, marked by the shipped engine (the real model, run here as the
// background runs it): the names and types it must find, a bundled card for each, and the
// keyboard way to the cards. Pointer hovering needs real layout: tests/e2e/welcome.e2e.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { $, mount, unmountAll, waitFor } from '@/components/popup/test-helpers';
import { decodeModel, recognize, type NerModel } from '@/utils/entities';
import type { HighlightApi } from '@/utils/render/mention-highlights';
import { findSampleCard } from '@/utils/welcome/sample-cards';
import { SampleArticle } from './SampleArticle';

let model: NerModel;
beforeAll(() => {
  model = decodeModel(new Uint8Array(readFileSync(resolve(__dirname, '../../public/models/ner-en.bin'))));
});
afterEach(unmountAll);

function fakeHighlights() {
  const registry = new Map<string, Set<Range>>();
  const api: HighlightApi = {
    registry: {
      set: (n, x) => registry.set(n, x as Set<Range>),
      delete: (n) => registry.delete(n),
      has: (n) => registry.has(n),
      get: (n) => registry.get(n),
    },
    create: (...ranges) => new Set(ranges),
  };
  return { api, drawn: (n: string) => [...(registry.get(n) ?? [])].map((r) => r.toString()) };
}

const engine = async (text: string) => recognize(text, model);

describe('SampleArticle with the shipped engine', () => {
  it('marks the sample’s people, places and organization with the right types', async () => {
    const { api, drawn } = fakeHighlights();
    const root = mount(h(SampleArticle, { recognize: engine, highlights: api, showDelayMs: 500 }));
    await waitFor(() => $(root, '[data-state="ready"]'), 10_000);
    expect(new Set(drawn('gloss-person'))).toEqual(new Set(['Charles Darwin', 'Darwin', 'Joseph Hooker', 'Hooker']));
    expect(new Set(drawn('gloss-place'))).toEqual(new Set(['London', 'Kent']));
    expect(drawn('gloss-org')).toEqual(['Cambridge University Library']);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.sample__name')].map((b) => b.textContent);
    expect(buttons).toEqual([
      'Charles Darwin (person, 6 mentions)',
      'Joseph Hooker (person, 4 mentions)',
      'London (place, 3 mentions)',
      'Kent (place, 1 mention)',
      'Cambridge University Library (organization, 1 mention)',
    ]);
  });

  it('has a bundled card for every name the engine finds in it', async () => {
    let found: ReturnType<typeof recognize> | null = null;
    const root = mount(
      h(SampleArticle, {
        recognize: async (text: string) => (found = recognize(text, model)),
        highlights: fakeHighlights().api,
        showDelayMs: 500,
      }),
    );
    await waitFor(() => $(root, '[data-state="ready"]'), 10_000);
    const entities = found!.entities.filter((x) => x.type !== 'MISC');
    expect(entities.length).toBe(5);
    for (const e of entities) expect(findSampleCard(e), e.name).not.toBeNull();
  });

  it('opens a name’s card from its button, focused, and Esc gives focus back', async () => {
    const root = mount(h(SampleArticle, { recognize: engine, highlights: fakeHighlights().api, showDelayMs: 500 }));
    const button = await waitFor(() => $<HTMLButtonElement>(root, 'button.sample__name[data-entity-id]'), 10_000);
    button.focus();
    act(() => button.click());
    const dialog = await waitFor(() => $(root, '.sample__card [role="dialog"]'));
    expect(dialog.getAttribute('aria-label')).toBe('About Charles Darwin');
    expect(dialog.querySelector('h1')!.textContent).toBe('Charles Darwin');
    expect(dialog.textContent).toContain('On the Origin of Species');
    expect(dialog.querySelector('.gloss-card__source')!.textContent).toContain('Written for this sample');
    await waitFor(() => expect(document.activeElement).toBe(dialog));
    act(() => void dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await waitFor(() => expect(root.querySelector('.sample__card')).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('says so when recognition fails', async () => {
    const root = mount(
      h(SampleArticle, {
        recognize: async () => {
          throw new Error('model file missing (404)');
        },
        highlights: fakeHighlights().api,
        showDelayMs: 500,
      }),
    );
    const alert = await waitFor(() => $(root, '[role="alert"]'));
    expect(alert.textContent).toBe('Gloss could not mark this story: model file missing (404)');
  });
});
