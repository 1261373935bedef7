import { describe, expect, it } from 'vitest';
import { GoldFileError, parseGoldFile, type PageGold } from './page-gold';
import { prf, scorePages, type PagePrediction } from './score-pages';

const entity = (name: string, mentions: string[], borderline = false) => ({ name, mentions, borderline });
const pred = (p: Partial<PagePrediction>): PagePrediction => ({ PER: [], LOC: [], ORG: [], ...p });

const gold: Record<string, PageGold> = {
  a: {
    PER: [
      entity('Joe Biden', ['Joe Biden', 'Biden', 'President Biden']),
      entity('Kamala Harris', ['Kamala Harris']),
      entity('Jane Roe', ['Jane Roe'], true), // byline
    ],
    LOC: [entity('Washington', ['Washington']), entity('American', ['American'], true)],
    ORG: [entity('Congress', ['Congress'])],
  },
};

describe('scorePages', () => {
  it('counts a gold entity found once whichever of its mentions was predicted', () => {
    const s = scorePages(gold, { a: pred({ PER: ['Biden', "Biden's", 'President Joe Biden', 'Mr. Biden'] }) });
    // "Biden", "Biden's", "Mr. Biden" are one normalized string; "President Joe Biden" another.
    expect(s.byType.PER).toEqual({ right: 2, wrong: 0, ignored: 0, gold: 2, found: 1 });
    expect(s.pages.a!.missed).toContainEqual({ type: 'PER', name: 'Kamala Harris' });
    expect(prf(s, ['PER'])).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });

  it('neither credits nor blames strings that match a borderline entity, of any type', () => {
    const s = scorePages(gold, { a: pred({ PER: ['Jane Roe', 'American'], LOC: ['American'], ORG: ['Jane Roe'] }) });
    expect(s.byType.PER.ignored).toBe(2);
    expect(s.byType.LOC.ignored).toBe(1);
    expect(s.byType.ORG.ignored).toBe(1);
    for (const t of ['PER', 'LOC', 'ORG'] as const) expect(s.byType[t].wrong).toBe(0);
    // Borderline entities are not in the recall denominator.
    expect(s.byType.PER.gold).toBe(2);
    expect(s.byType.LOC.gold).toBe(1);
  });

  it('counts a right string of the wrong type as wrong and says which type the gold has', () => {
    const s = scorePages(gold, { a: pred({ LOC: ['Congress', 'Springfield'], ORG: ['Washington'] }) });
    expect(s.byType.LOC).toMatchObject({ right: 0, wrong: 2, found: 0 });
    expect(s.byType.ORG).toMatchObject({ right: 0, wrong: 1, found: 0 });
    expect(s.pages.a!.wrong).toEqual([
      { type: 'LOC', text: 'Congress', goldType: 'ORG' },
      { type: 'LOC', text: 'Springfield' },
      { type: 'ORG', text: 'Washington', goldType: 'LOC' },
    ]);
  });

  it('treats a gold page with no prediction as a page with nothing marked, and ignores pages without gold', () => {
    const s = scorePages(gold, { other: pred({ PER: ['Biden'] }) });
    expect(s.byType.PER).toEqual({ right: 0, wrong: 0, ignored: 0, gold: 2, found: 0 });
    expect(prf(s, ['PER', 'LOC'])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('micro-averages PER+LOC over the summed counts', () => {
    const s = scorePages(gold, { a: pred({ PER: ['Biden', 'Bob'], LOC: ['Washington'] }) });
    const m = prf(s, ['PER', 'LOC']);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
  });
});

describe('parseGoldFile', () => {
  it('reads a well-formed file, defaulting borderline to false and missing types to none', () => {
    const f = parseGoldFile({ pages: { p: { PER: [{ name: 'A B', mentions: ['A B', 'B'] }] } }, notArticles: {} });
    expect(f.pages.p).toEqual({ PER: [{ name: 'A B', mentions: ['A B', 'B'], borderline: false }], LOC: [], ORG: [] });
  });
  it('refuses malformed files with the page and field named', () => {
    expect(() => parseGoldFile([])).toThrow(GoldFileError);
    expect(() => parseGoldFile({ pages: { p: { MISC: [] } } })).toThrow(/page "p" has unknown type "MISC"/);
    expect(() => parseGoldFile({ pages: { p: { LOC: [{ name: 'X', mentions: [] }] } } })).toThrow(
      /p\.LOC\[0\] \("X"\) needs non-empty "mentions"/,
    );
    expect(() => parseGoldFile({ pages: { p: { ORG: [{ name: 'X', mentions: ['X'], borderline: 'yes' }] } } })).toThrow(
      /non-boolean "borderline"/,
    );
    expect(() => parseGoldFile({ pages: {}, notArticles: { p: 1 } })).toThrow(/notArticles/);
  });
});
