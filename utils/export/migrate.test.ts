import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, createExport, serializeExport } from './format';
import { MIGRATIONS, migrateExport } from './migrate';
import { parseExport } from './validate';

const v0 = readFileSync(new URL('./fixtures/v0-export.json', import.meta.url), 'utf8');

describe('export migrations', () => {
  it('has one step per earlier version', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT_SCHEMA_VERSION);
  });

  it('imports a version 0 file as version 1', () => {
    const doc = parseExport(v0);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.exportedAt).toBe(new Date(1700000000000).toISOString());
    expect(doc.articles).toEqual([]);
    expect(doc.settings).toEqual({});
    const [a, b] = doc.highlights;
    expect(a).toMatchObject({
      quote: 'President Erdoğan said the de-escalation zones would hold.',
      color: 'yellow',
      entityIds: [],
      entityNames: [],
      tags: ['turkey'],
      createdAt: 1699990000000,
      updatedAt: 1699990000000,
    });
    expect(a).not.toHaveProperty('text');
    expect(a).not.toHaveProperty('created');
    expect(b).toMatchObject({
      quote: 'Ankara denied it.',
      color: 'blue',
      note: '',
      tags: [],
      updatedAt: 1699990200000,
    });
  });

  it('a migrated file exports as a current file and stays stable', () => {
    const doc = parseExport(v0);
    const text = serializeExport(createExport(doc, new Date(0)));
    expect(serializeExport(createExport(parseExport(text), new Date(0)))).toBe(text);
  });

  it('leaves current documents alone', () => {
    const doc = { format: 'gloss-export', schemaVersion: 1, highlights: [] };
    expect(migrateExport(doc, 1)).toBe(doc);
  });
});
