// The committed gold sets (tests/gold/pages.json, the development set, and
// tests/gold/pages-fresh.json, the held-out pages) are well formed, name only fixture pages, share
// no page, and every mention they list is written on its page (in the article text or the page's
// own HTML), so a typo in the gold cannot silently count against the engine.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../tests/shared';
import { MARKED_TYPES, parseGoldFile } from './page-gold';

const readGold = (name: string) =>
  parseGoldFile(JSON.parse(readFileSync(resolve(__dirname, '../../tests/gold', name), 'utf8')));
const gold = readGold('pages.json');
const fresh = readGold('pages-fresh.json');
const pagesDir = sharedPath('fixtures/pages');

const NAMED: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ndash: '–',
  shy: '\u00AD',
};
/** The page's visible-ish text for a substring check: tags dropped, entities decoded, soft hyphens dropped, spaces and apostrophes folded. */
function flat(html: string): string {
  return (
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&([a-z]+);/gi, (m, n: string) => NAMED[n.toLowerCase()] ?? m)
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
    const absent: string[] = [];
    for (const [page, entities] of [...Object.entries(gold.pages), ...Object.entries(fresh.pages)]) {
      const dir = resolve(pagesDir, page);
      expect(existsSync(resolve(dir, 'source.html')), page).toBe(true);
      const text = `${flat(readFileSync(resolve(dir, 'expected.txt'), 'utf8'))} ${flat(readFileSync(resolve(dir, 'source.html'), 'utf8'))}`;
      for (const type of MARKED_TYPES) {
        for (const e of entities[type]) {
          for (const m of e.mentions) if (!text.includes(flat(m))) absent.push(`${page} ${type} "${m}"`);
        }
      }
    }
    expect(absent).toEqual([]);
  });
});
