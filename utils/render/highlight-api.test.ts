import { describe, expect, it } from 'vitest';
import { highlightApiOf } from './highlight-api';

describe('highlightApiOf', () => {
  it('wraps the registry and the Highlight constructor of the scope it is given', () => {
    const registry = new Map<string, unknown>();
    class FakeHighlight extends Set<Range> {}
    const api = highlightApiOf({ CSS: { highlights: registry }, Highlight: FakeHighlight })!;
    expect(api.registry).toBe(registry);
    const h = api.create();
    expect(h).toBeInstanceOf(FakeHighlight);
    expect(h.size).toBe(0);
  });
  it('is null where the browser lacks either part', () => {
    expect(highlightApiOf({})).toBeNull();
    expect(highlightApiOf({ CSS: {}, Highlight: class {} })).toBeNull();
    expect(highlightApiOf({ CSS: { highlights: new Map() } })).toBeNull();
  });
});
