import { describe, expect, it } from 'vitest';
import { makeSeedData } from '../../scripts/seed-highlights';
import { mergeArticles, mergeHighlights, sameRecord } from './merge';

const { highlights, articles } = makeSeedData({ highlights: 10, pages: 3, entities: 3, seed: 8 });

describe('mergeHighlights', () => {
  it('adds new, updates older, skips identical and older-than-local', () => {
    const local = highlights.slice(0, 6);
    const incoming = [
      ...highlights.slice(6), // 4 new
      { ...highlights[0]!, note: 'edited elsewhere', updatedAt: highlights[0]!.updatedAt + 10 }, // newer: update
      { ...highlights[1]!, note: 'stale edit', updatedAt: highlights[1]!.updatedAt - 10 }, // older: skip
      structuredClone(highlights[2]!), // identical: skip
    ];
    const plan = mergeHighlights(local, incoming);
    expect({ added: plan.added, updated: plan.updated, skipped: plan.skipped }).toEqual({
      added: 4,
      updated: 1,
      skipped: 2,
    });
    expect(plan.toPut).toHaveLength(5);
    expect(plan.toPut.find((h) => h.id === highlights[0]!.id)!.note).toBe('edited elsewhere');
  });

  it('writes nothing when the same file is imported twice', () => {
    const first = mergeHighlights([], highlights);
    expect(first.added).toBe(highlights.length);
    const second = mergeHighlights(
      first.toPut,
      highlights.map((h) => structuredClone(h)),
    );
    expect(second).toEqual({ toPut: [], added: 0, updated: 0, skipped: highlights.length });
  });

  it('keeps the local record on a tie and resolves duplicates inside the file', () => {
    const tie = mergeHighlights([highlights[0]!], [{ ...highlights[0]!, note: 'same time, other text' }]);
    expect(tie).toMatchObject({ added: 0, updated: 0, skipped: 1 });
    const dup = mergeHighlights(
      [],
      [highlights[0]!, { ...highlights[0]!, updatedAt: highlights[0]!.updatedAt + 1, note: 'newest' }],
    );
    expect(dup).toMatchObject({ added: 1, skipped: 1 });
    expect(dup.toPut[0]!.note).toBe('newest');
  });

  it('accepts a Map of local records', () => {
    const plan = mergeHighlights(new Map(highlights.map((h) => [h.id, h])), highlights);
    expect(plan.skipped).toBe(highlights.length);
  });
});

describe('mergeArticles', () => {
  it('merges reading history by URL, later visit wins', () => {
    const later = { ...articles[0]!, visitedAt: articles[0]!.visitedAt + 1 };
    expect(mergeArticles(articles, [later, articles[1]!])).toMatchObject({ added: 0, updated: 1, skipped: 1 });
  });
});

describe('sameRecord', () => {
  it('ignores key order and undefined fields', () => {
    expect(sameRecord({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(true);
    expect(sameRecord({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});
