// The index against the scan oracle on random data and random queries (fixed seed), plus
// snapshots and incremental updates.
import { describe, expect, it } from 'vitest';
import { makeSeedData, prng } from '../../scripts/seed-highlights';
import type { Highlight } from '../model/types';
import { HighlightIndex, type SearchSnapshot } from './highlight-index';
import { tokenize } from './normalize';
import { scanSearch } from './scan';
import type { SearchQuery } from './types';

const seed = makeSeedData({ highlights: 1000, pages: 60, entities: 40, seed: 11 });

/** Random queries built from words that occur in the data, in every syntax the parser knows. */
function randomQueries(data: Highlight[], count: number, rand: () => number): SearchQuery[] {
  const word = (): string => {
    const h = data[Math.floor(rand() * data.length)]!;
    const text = rand() < 0.2 && h.entityNames.length ? h.entityNames[0]! : rand() < 0.1 ? h.title : h.quote;
    const tokens = tokenize(text);
    if (tokens.length === 0) return 'x';
    const i = Math.floor(rand() * tokens.length);
    const n = 1 + Math.floor(rand() * Math.min(3, tokens.length - i));
    return text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
  };
  const out: SearchQuery[] = [];
  for (let k = 0; k < count; k++) {
    const parts: string[] = [];
    const clauses = Math.floor(rand() * 4);
    for (let c = 0; c < clauses; c++) {
      let w = word();
      const r = rand();
      if (r < 0.35) w = w.slice(0, 1 + Math.floor(rand() * w.length));
      else if (r < 0.5) w = `"${w}"`;
      else if (r < 0.55) w = `"${w.slice(0, 1 + Math.floor(rand() * w.length))}`;
      else if (r < 0.65) w = `-${w.split(' ')[0]}`;
      else if (r < 0.7) w = w.toUpperCase();
      parts.push(w);
    }
    const filters: SearchQuery['filters'] = {};
    if (rand() < 0.15) filters.colors = ['yellow', 'blue'];
    if (rand() < 0.1) filters.sites = [data[Math.floor(rand() * data.length)]!.site];
    if (rand() < 0.1) filters.from = data[Math.floor(rand() * data.length)]!.createdAt;
    if (rand() < 0.1) filters.entityIds = data.flatMap((h) => h.entityIds).slice(0, 3);
    out.push({
      text: parts.join(' '),
      filters,
      sort: rand() < 0.7 ? 'relevance' : 'date',
      offset: rand() < 0.7 ? 0 : Math.floor(rand() * 30),
      limit: 1 + Math.floor(rand() * 40),
    });
  }
  return out;
}

function expectSame(index: HighlightIndex, data: Highlight[], queries: SearchQuery[]): void {
  for (const query of queries) {
    const got = index.search(query);
    const want = scanSearch(data, query);
    expect(got, JSON.stringify(query)).toEqual(want);
  }
}

// The scan is slow on purpose; on a busy machine these tests need more than the default time.
describe('HighlightIndex vs scanSearch', { timeout: 120_000 }, () => {
  it('returns the same results (sets, order, scores, marks) on random queries', () => {
    const index = new HighlightIndex(seed.highlights);
    const queries = randomQueries(seed.highlights, 200, prng(5));
    expect(queries.some((q) => index.search(q).total > 0)).toBe(true);
    expectSame(index, seed.highlights, queries);
  }, 120_000);

  it('stays equal through random adds, edits and removes', () => {
    const rand = prng(9);
    const data = new Map(seed.highlights.slice(0, 600).map((h) => [h.id, h]));
    const index = new HighlightIndex(data.values());
    const spare = seed.highlights.slice(600);
    for (let step = 0; step < 300; step++) {
      const r = rand();
      const ids = [...data.keys()];
      if (r < 0.35 && spare.length) {
        const h = spare.pop()!;
        data.set(h.id, h);
        index.add(h);
      } else if (r < 0.7) {
        const old = data.get(ids[Math.floor(rand() * ids.length)]!)!;
        const edited = {
          ...old,
          quote: `${old.quote} ceasefire édition ${step}`,
          note: rand() < 0.5 ? 'revisited' : old.note,
          updatedAt: old.updatedAt + 1,
        };
        data.set(edited.id, edited);
        index.update(edited);
      } else {
        const id = ids[Math.floor(rand() * ids.length)]!;
        data.delete(id);
        expect(index.remove(id)).toBe(true);
      }
    }
    expect(index.size()).toBe(data.size);
    expect(index.remove('no-such-id')).toBe(false);
    expectSame(index, [...data.values()], randomQueries([...data.values()], 150, prng(21)));
    expect(
      index.search({ text: 'ceasefire edition', filters: {}, sort: 'date', offset: 0, limit: 5 }).total,
    ).toBeGreaterThan(0);
  });

  it('compacts after many removals without changing results', () => {
    const big = makeSeedData({ highlights: 1800, pages: 60, entities: 40, seed: 12 }).highlights;
    const index = new HighlightIndex(big);
    const kept = big.filter((_, i) => i % 3 === 0);
    big.forEach((h, i) => {
      if (i % 3 !== 0) index.remove(h.id);
    });
    expect(index.size()).toBe(kept.length);
    // 1,200 tombstones out of 1,800 slots: over the threshold, so the slots were renumbered.
    expect(index.stats().slots).toBeLessThan(big.length);
    const more = makeSeedData({ highlights: 50, pages: 5, entities: 5, seed: 99 }).highlights;
    for (const h of more) index.add(h);
    expectSame(index, [...kept, ...more], randomQueries(kept, 100, prng(3)));
  });
});

describe('snapshots', { timeout: 120_000 }, () => {
  const queries = randomQueries(seed.highlights, 100, prng(77));

  it('round-trips: a restored index answers exactly like the original', () => {
    const index = new HighlightIndex(seed.highlights);
    const snapshot = structuredClone(index.toSnapshot());
    const restored = HighlightIndex.fromSnapshot(snapshot, seed.highlights);
    expect(restored.size()).toBe(seed.highlights.length);
    for (const q of queries) expect(restored.search(q)).toEqual(index.search(q));
    expect(restored.toSnapshot()).toEqual(snapshot);
  });

  it('is compact: postings take a few bytes per term occurrence', () => {
    const snapshot = new HighlightIndex(seed.highlights).toSnapshot();
    expect(snapshot.postings.byteLength / snapshot.entries).toBeLessThan(3);
  });

  it('reconciles a stale snapshot with the table', () => {
    const index = new HighlightIndex(seed.highlights);
    const snapshot = index.toSnapshot();
    // After the snapshot: one edit, one delete, one new highlight.
    const rows = seed.highlights
      .slice(1)
      .map((h, i) => (i === 0 ? { ...h, quote: 'zanzibar accord', updatedAt: h.updatedAt + 5 } : h));
    const extra = { ...seed.highlights[0]!, id: 'brand-new', quote: 'Kilimanjaro summit' };
    rows.push(extra);
    const restored = HighlightIndex.fromSnapshot(snapshot, rows);
    expect(restored.size()).toBe(rows.length);
    expect(restored.has(seed.highlights[0]!.id)).toBe(false);
    expectSame(restored, rows, [
      ...queries,
      { text: 'zanzib', filters: {}, sort: 'relevance', offset: 0, limit: 5 },
      { text: 'kiliman', filters: {}, sort: 'relevance', offset: 0, limit: 5 },
    ]);
  });

  it('rebuilds from the table when the snapshot is missing, foreign or damaged', () => {
    const good = new HighlightIndex(seed.highlights).toSnapshot();
    const bad: Array<SearchSnapshot | null> = [
      null,
      { ...good, version: 999 },
      { ...good, postings: good.postings.slice(0, 100) },
      { ...good, entries: 3 },
    ];
    for (const snapshot of bad) {
      const restored = HighlightIndex.fromSnapshot(snapshot, seed.highlights);
      expect(restored.size()).toBe(seed.highlights.length);
      expectSame(restored, seed.highlights, queries.slice(0, 20));
    }
  });
});
