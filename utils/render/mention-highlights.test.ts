// @vitest-environment happy-dom
// Mentions drawn with the CSS Custom Highlight API over a fake registry: one highlight per
// entity type with a range per mention, the type switches and 'first' mode respected, stale
// highlights removed, and the page's nodes untouched.
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../article/text-map';
import type { MentionSpan } from '../model/types';
import { clearMentions, drawMentions, HIGHLIGHT_NAMES, type HighlightApi } from './mention-highlights';

class FakeHighlight {
  readonly ranges: Range[] = [];
  add(r: Range) {
    this.ranges.push(r);
    return this;
  }
  get size() {
    return this.ranges.length;
  }
}

function fakeApi() {
  const registry = new Map<string, FakeHighlight>();
  const api: HighlightApi = {
    registry: {
      set: (name, h) => registry.set(name, h as FakeHighlight),
      delete: (name) => registry.delete(name),
      has: (name) => registry.has(name),
      get: (name) => registry.get(name),
    },
    create: () => new FakeHighlight(),
  };
  return { api, registry };
}

function page(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return { root, map: buildTextMap(root) };
}

const at = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length };
};

describe('drawMentions', () => {
  const html = '<p>President <b>Erdogan</b> met Putin in Sochi.</p><p>Erdogan left the Kremlin.</p>';
  function mentions(text: string): MentionSpan[] {
    return [
      { ...at(text, 'Erdogan'), type: 'PER', entityId: 'e1' },
      { ...at(text, 'Putin'), type: 'PER', entityId: 'e2' },
      { ...at(text, 'Sochi'), type: 'LOC', entityId: 'e3' },
      { ...at(text, 'Erdogan', at(text, 'Erdogan').end), type: 'PER', entityId: 'e1' },
      { ...at(text, 'Kremlin'), type: 'MISC', entityId: 'e4' },
    ];
  }

  it('registers one highlight per type whose ranges cover the mentions, leaving the DOM as it was', () => {
    const { root, map } = page(html);
    const before = root.innerHTML;
    const { api, registry } = fakeApi();
    const drawn = drawMentions(api, document, map, mentions(map.text), {
      types: { PER: true, LOC: true, ORG: true },
      markMode: 'all',
    });
    expect(root.innerHTML).toBe(before);
    expect([...registry.keys()].sort()).toEqual([HIGHLIGHT_NAMES.LOC, HIGHLIGHT_NAMES.PER].sort());
    expect(registry.get(HIGHLIGHT_NAMES.PER)!.ranges.map((r) => r.toString())).toEqual(['Erdogan', 'Putin', 'Erdogan']);
    expect(registry.get(HIGHLIGHT_NAMES.LOC)!.ranges.map((r) => r.toString())).toEqual(['Sochi']);
    // MISC is recognised but never drawn; the drawn list is sorted by start for hit-testing.
    expect(drawn.map((d) => d.entityId)).toEqual(['e1', 'e2', 'e3', 'e1']);
    expect(drawn.map((d) => d.start)).toEqual([...drawn.map((d) => d.start)].sort((a, b) => a - b));
  });

  it("marks only each entity's first mention in 'first' mode and skips switched-off types", () => {
    const { map } = page(html);
    const { api, registry } = fakeApi();
    registry.set(HIGHLIGHT_NAMES.ORG, new FakeHighlight()); // drawn by an earlier run
    const drawn = drawMentions(api, document, map, mentions(map.text), {
      types: { PER: true, LOC: false, ORG: true },
      markMode: 'first',
    });
    expect(drawn.map((d) => d.entityId)).toEqual(['e1', 'e2']);
    expect(registry.has(HIGHLIGHT_NAMES.LOC)).toBe(false);
    expect(registry.has(HIGHLIGHT_NAMES.ORG)).toBe(false);
    expect(registry.get(HIGHLIGHT_NAMES.PER)!.size).toBe(2);
  });

  it('clearMentions removes every Gloss mention highlight and nothing else', () => {
    const { map } = page(html);
    const { api, registry } = fakeApi();
    registry.set('page-own', new FakeHighlight());
    drawMentions(api, document, map, mentions(map.text), {
      types: { PER: true, LOC: true, ORG: true },
      markMode: 'all',
    });
    clearMentions(api);
    expect([...registry.keys()]).toEqual(['page-own']);
  });
});
