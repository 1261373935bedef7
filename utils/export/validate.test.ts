import { describe, expect, it } from 'vitest';
import { makeSeedData } from '../../scripts/seed-highlights';
import { createExport, serializeExport } from './format';
import { ImportError, parseExport } from './validate';

const { highlights, articles } = makeSeedData({ highlights: 20, pages: 3, entities: 5, seed: 2 });
const good = (): Record<string, unknown> =>
  JSON.parse(serializeExport(createExport({ highlights, articles, settings: {} }, new Date(0))));

function rejects(input: unknown, code: ImportError['code'], message: string | RegExp): void {
  try {
    parseExport(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).code).toBe(code);
    if (typeof message === 'string') expect((e as ImportError).message).toBe(message);
    else expect((e as ImportError).message).toMatch(message);
    return;
  }
  throw new Error('expected the import to be rejected');
}

describe('parseExport rejects foreign and malformed files with a specific message', () => {
  it('not JSON, not an object, not Gloss', () => {
    rejects('<html>', 'not-json', 'This file is not a Gloss export (it is not valid JSON).');
    rejects('[1,2]', 'not-gloss', /does not contain an object/);
    rejects('{"highlights": []}', 'not-gloss', "This file is not a Gloss export (missing 'format').");
    rejects({ format: 'hypothesis-export' }, 'not-gloss', /'format' is "hypothesis-export"/);
  });

  it('missing, invalid or future schema versions', () => {
    rejects({ format: 'gloss-export' }, 'bad-version', /no 'schemaVersion'/);
    rejects({ format: 'gloss-export', schemaVersion: '1' }, 'bad-version', /invalid schema version/);
    rejects(
      { ...good(), schemaVersion: 7 },
      'future-version',
      /newer version of Gloss \(schema version 7\); this version reads up to 1/,
    );
  });

  it('bad top-level shape', () => {
    rejects({ ...good(), highlights: {} }, 'bad-shape', "This Gloss export has no 'highlights' list.");
    rejects({ ...good(), exportedAt: 'yesterday' }, 'bad-shape', /exportedAt/);
    rejects({ ...good(), settings: [] }, 'bad-settings', /settings/);
  });

  it('names the highlight at fault, counting from 1', () => {
    const doc = good();
    const list = doc.highlights as Array<Record<string, unknown>>;
    const withBad = (i: number, patch: Record<string, unknown>): Record<string, unknown> => ({
      ...doc,
      highlights: list.map((h, k) => (k === i ? { ...h, ...patch } : h)),
    });
    rejects(withBad(11, { quote: '' }), 'bad-highlight', 'Highlight #12 has no quote.');
    rejects(withBad(0, { id: undefined }), 'bad-highlight', 'Highlight #1 has no id.');
    rejects(withBad(2, { createdAt: 'today' }), 'bad-highlight', 'Highlight #3 has no creation date.');
    rejects(withBad(3, { tags: 'a,b' }), 'bad-highlight', 'Highlight #4 has tags that are not a list of words.');
    rejects(withBad(4, { start: 10, end: 2 }), 'bad-highlight', /#5 has an invalid position/);
    rejects(withBad(5, { id: list[0]!.id }), 'bad-highlight', /#6 repeats the id/);
    rejects({ ...doc, highlights: [...list, 42] }, 'bad-highlight', `Highlight #${list.length + 1} is not an object.`);
  });

  it('names the reading-history entry at fault', () => {
    const doc = good();
    const list = doc.articles as Array<Record<string, unknown>>;
    rejects(
      { ...doc, articles: [{ ...list[0], visitedAt: null }] },
      'bad-article',
      'Reading-history entry #1 has no visit date.',
    );
  });

  it('accepts a BOM and an already-parsed object', () => {
    expect(parseExport(`\uFEFF${JSON.stringify(good())}`).highlights).toHaveLength(20);
    expect(parseExport(good()).articles).toHaveLength(articles.length);
  });
});
