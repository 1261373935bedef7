import { describe, expect, it } from 'vitest';
import type { ArticleVisit } from '../model/types';
import { addVisit, nameWords, needsRebuild, removeVisit, summarize } from './summary';
import { visitEntities } from './visit-row';
import { DAY_MS, weekOf } from './week';

const T0 = Date.UTC(2024, 2, 4); // a Monday
const visit = (url: string, day: number, ids: string[], counts?: number[]): ArticleVisit => ({
  url,
  title: `Title ${url}`,
  site: 'example.com',
  visitedAt: T0 + day * DAY_MS,
  entityIds: ids,
  entityNames: ids.map((k) => k.split(':')[1]!.toUpperCase()),
  mentionCounts: counts ?? ids.map(() => 1),
  lang: 'en',
});
const KEY = 'PER:ada';
const entity = (v: ArticleVisit) => visitEntities(v).find((e) => e.key === KEY)!;

describe('entity summary rows', () => {
  it('counts articles, mentions, weeks, first and last as visits are added', () => {
    const a = visit('a', 0, [KEY, 'LOC:x'], [4, 1]);
    const b = visit('b', 1, [KEY], [2]);
    const c = visit('c', 9, [KEY], [1]);
    let row = addVisit(undefined, a, entity(a));
    row = addVisit(row, b, entity(b));
    row = addVisit(row, c, entity(c));
    expect(row).toMatchObject({ articles: 3, mentions: 7, firstAt: a.visitedAt, lastAt: c.visitedAt, lastUrl: 'c' });
    expect(row.weeks).toEqual({ [weekOf(a.visitedAt)]: 2, [weekOf(c.visitedAt)]: 1 });
    expect(row.words).toEqual(['ada']);
  });

  it('takes visits away and asks for a rebuild only when an end is gone', () => {
    const vs = [visit('a', 0, [KEY]), visit('b', 3, [KEY]), visit('c', 20, [KEY])];
    const full = vs.reduce<ReturnType<typeof addVisit> | undefined>((r, v) => addVisit(r, v, entity(v)), undefined)!;
    const middle = removeVisit(full, vs[1]!, entity(vs[1]!))!;
    expect(middle.articles).toBe(2);
    // The weeks follow: the removed visit's week loses one, an emptied week goes.
    expect(middle.weeks).toEqual({ [weekOf(vs[0]!.visitedAt)]: 1, [weekOf(vs[2]!.visitedAt)]: 1 });
    expect(middle).toEqual(summarize(KEY, [vs[0], vs[2]]).row);
    expect(needsRebuild(middle)).toBe(false);
    const noFirst = removeVisit(full, vs[0]!, entity(vs[0]!))!;
    expect(needsRebuild(noFirst)).toBe(true);
    expect(summarize(KEY, [vs[1], vs[2]]).row).toMatchObject({ articles: 2, firstAt: vs[1]!.visitedAt });
    const one = summarize(KEY, [vs[0]]).row!;
    expect(removeVisit(one, vs[0]!, entity(vs[0]!))).toBeNull();
  });

  it('a revisit of the last article (removed, then added again later) needs no rebuild', () => {
    const a = visit('a', 0, [KEY]);
    const b = visit('b', 2, [KEY]);
    let row = addVisit(addVisit(undefined, a, entity(a)), b, entity(b));
    row = removeVisit(row, b, entity(b))!;
    const again = { ...b, visitedAt: b.visitedAt + DAY_MS };
    row = addVisit(row, again, entity(again));
    expect(needsRebuild(row)).toBe(false);
    expect(row).toMatchObject({ articles: 2, lastAt: again.visitedAt, firstAt: a.visitedAt });
  });

  it('builds a row from history rows, skipping and counting damaged ones', () => {
    const { row, skipped } = summarize(KEY, [visit('b', 5, [KEY]), { url: 3 }, null, visit('a', 1, [KEY, 'LOC:x'])]);
    expect(skipped).toBe(2);
    expect(row).toMatchObject({ articles: 2, firstAt: T0 + DAY_MS, lastUrl: 'b', name: 'ADA' });
    expect(summarize('LOC:none', [visit('a', 1, [KEY])]).row).toBeNull();
  });

  it('folds name words for search', () => {
    expect(nameWords('Recep Tayyip Erdoğan')).toEqual(['recep', 'tayyip', 'erdogan']);
  });
});
