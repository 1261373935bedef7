// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { HighlightApi } from '../render/mention-highlights';
import { markSample } from './mark-sample';

/** A highlight registry that keeps what is drawn (happy-dom has no CSS Custom Highlight API). */
function fakeHighlights() {
  const registry = new Map<string, Set<Range>>();
  const api: HighlightApi = {
    registry: {
      set: (n, h) => registry.set(n, h as Set<Range>),
      delete: (n) => registry.delete(n),
      has: (n) => registry.has(n),
      get: (n) => registry.get(n),
    },
    create: (...ranges) => new Set(ranges),
  };
  return { api, drawn: (n: string) => [...(registry.get(n) ?? [])].map((r) => r.toString()) };
}

function article(): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = '<h3>Ada Lovelace in Paris</h3><p>Ada Lovelace met the <b>Royal Society</b> and a Tuesday.</p>';
  document.body.append(root);
  return root;
}

describe('markSample', () => {
  it('recognizes the live text and draws every type, whatever the mentions', async () => {
    const root = article();
    const { api, drawn } = fakeHighlights();
    let asked = '';
    let clock = 0;
    const result = await markSample({
      root,
      doc: document,
      highlights: api,
      now: () => (clock += 5),
      recognize: async (text) => {
        asked = text;
        const at = (s: string, type: 'PER' | 'LOC' | 'ORG' | 'MISC', entityId: string) => {
          const start = text.indexOf(s);
          return { start, end: start + s.length, type, entityId };
        };
        return {
          mentions: [
            at('Ada Lovelace', 'PER', 'e1'),
            at('Paris', 'LOC', 'e2'),
            at('Royal Society', 'ORG', 'e3'),
            at('Tuesday', 'MISC', 'e4'),
          ].sort((a, b) => a.start - b.start),
          entities: [
            { id: 'e1', name: 'Ada Lovelace', type: 'PER', mentions: 2 },
            { id: 'e2', name: 'Paris', type: 'LOC', mentions: 1 },
            { id: 'e3', name: 'Royal Society', type: 'ORG', mentions: 1 },
            { id: 'e4', name: 'Tuesday', type: 'MISC', mentions: 1 },
          ],
        };
      },
    });
    // Title and paragraph are separate blocks, as for any article.
    expect(asked).toBe('Ada Lovelace in Paris\n\nAda Lovelace met the Royal Society and a Tuesday.');
    expect(drawn('gloss-person')).toEqual(['Ada Lovelace']);
    expect(drawn('gloss-place')).toEqual(['Paris']);
    expect(drawn('gloss-org')).toEqual(['Royal Society']); // across the <b> boundary too
    expect(result.mentions.map((m) => m.range.toString())).toEqual(['Ada Lovelace', 'Paris', 'Royal Society']);
    expect(result.entities.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']); // no MISC
    expect(result.timings).toEqual({ recognizeMs: 5, drawMs: 5 });
    expect(result.readyAt).toBe(15);
  });

  it('without the Highlight API it still recognizes, and draws nothing', async () => {
    const result = await markSample({
      root: article(),
      doc: document,
      highlights: null,
      now: () => 0,
      recognize: async () => ({ mentions: [{ start: 0, end: 3, type: 'PER', entityId: 'e1' }], entities: [] }),
    });
    expect(result.mentions).toEqual([]);
  });

  it('passes a recognition failure on', async () => {
    await expect(
      markSample({
        root: article(),
        doc: document,
        highlights: null,
        now: () => 0,
        recognize: async () => {
          throw new Error('model file missing (404)');
        },
      }),
    ).rejects.toThrow('model file missing');
  });
});
