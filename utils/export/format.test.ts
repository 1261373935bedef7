import { describe, expect, it } from 'vitest';
import { makeSeedData } from '../../scripts/seed-highlights';
import { createExport, exportFileName, serializeExport } from './format';
import { parseExport } from './validate';

describe('export format', () => {
  const { highlights, articles } = makeSeedData({ highlights: 300, pages: 20, entities: 15, seed: 4 });
  const settings = { enabled: true, denySites: ['bank.example'], nested: { a: 1 } };
  const when = new Date('2024-05-01T12:00:00Z');

  it('round-trips: export → import → export gives the identical file', () => {
    const first = serializeExport(createExport({ highlights, articles, settings }, when));
    const imported = parseExport(first);
    const second = serializeExport(createExport(imported, when));
    expect(second).toBe(first);
  });

  it('keeps every field of every record', () => {
    const odd = { ...highlights[0]!, note: 'multi\nline "note" ✓', tags: ['a', 'b'], extraField: { kept: true } };
    const imported = parseExport(serializeExport(createExport({ highlights: [odd], articles, settings }, when)));
    expect(imported.highlights[0]).toEqual(odd);
    expect(imported.articles).toHaveLength(articles.length);
    expect(new Set(imported.articles)).toEqual(new Set(articles));
    expect(imported.settings).toEqual(settings);
    expect(imported.exportedAt).toBe('2024-05-01T12:00:00.000Z');
  });

  it('does not depend on input order and does not share objects with the input', () => {
    const a = createExport({ highlights, articles, settings }, when);
    const b = createExport(
      { highlights: [...highlights].reverse(), articles: [...articles].reverse(), settings },
      when,
    );
    expect(serializeExport(a)).toBe(serializeExport(b));
    a.highlights[0]!.tags.push('mutated');
    expect(highlights.some((h) => h.tags.includes('mutated'))).toBe(false);
  });

  it('writes settings in one key order, whatever order storage gave them back in', () => {
    const stored = {
      markMode: 'all',
      colors: [{ id: 'yellow', name: 'Yellow', css: 'rgba(255, 222, 89, 0.55)' }],
      enabled: true,
    };
    const reread = {
      enabled: true,
      colors: [{ css: 'rgba(255, 222, 89, 0.55)', id: 'yellow', name: 'Yellow' }],
      markMode: 'all',
    };
    expect(serializeExport(createExport({ highlights, articles, settings: reread }, when))).toBe(
      serializeExport(createExport({ highlights, articles, settings: stored }, when)),
    );
  });

  it('names the file by date', () => {
    expect(exportFileName(when)).toBe('gloss-export-2024-05-01.json');
  });
});
