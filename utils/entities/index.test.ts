// Loads the shipped model and checks the seed article against its gold people and
// places (shared/fixtures/seed). Real assertions: a worse model fails here.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeModel, recognize, type NerModel } from './index';
import { encodeModelFile, decodeModelFile, quantize } from './model-file';
import { HashIndex } from './tagger';
import { GAZ_CATEGORIES } from './gazetteer';
import { NUM_LABELS } from './labels';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MODEL = resolve(ROOT, 'public/models/ner-en.bin');
const SEED = resolve(ROOT, '../shared/fixtures/seed');

interface Gold {
  PER: { name: string; mentions: string[] }[];
  LOC: { name: string; mentions: string[] }[];
  ORG: { name: string; mentions: string[] }[];
}

describe('model file', () => {
  it('round-trips quantized weights and gazetteers', () => {
    const index = new HashIndex(4);
    const keys = [7, 123456789, 42];
    for (const k of keys) index.add(k);
    const weights = new Float64Array(index.size * NUM_LABELS);
    weights[0 * NUM_LABELS + 1] = 2.5;
    weights[1 * NUM_LABELS + 3] = -40;
    weights[2 * NUM_LABELS + 0] = 0.01; // below the pruning threshold: dropped
    const q = quantize({ index, weights }, 0.1);
    expect(q.keys.length).toBe(2);
    const lists = GAZ_CATEGORIES.map((c) => [`${c} one`, 'two']);
    const m = decodeModelFile(encodeModelFile(lists, [q], 'test'));
    expect(m.gazetteer.phrases.get('two')).toBe((1 << GAZ_CATEGORIES.length) - 1);
    const row = m.stages[0].index.get(7);
    const cb = m.stages[0].codebook!;
    expect(cb[m.stages[0].weights[row * NUM_LABELS + 1]]).toBeCloseTo(2.5, 0);
    const row2 = m.stages[0].index.get(123456789);
    expect(cb[m.stages[0].weights[row2 * NUM_LABELS + 3]]).toBeCloseTo(-40, -1);
    expect(m.stages[0].index.get(42)).toBe(-1);
  });

  it('rejects other files', () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3, 4, 5]))).toThrow();
  });
});

// The model is committed; the seed comes from ../shared, which CI always has beside the clone.
describe.runIf(existsSync(SEED))('shipped model on the seed article', () => {
  let model: NerModel;
  let text: string;
  let gold: Gold;
  beforeAll(() => {
    model = decodeModel(new Uint8Array(readFileSync(MODEL)));
    text = readFileSync(resolve(SEED, 'article.txt'), 'utf8');
    gold = JSON.parse(readFileSync(resolve(SEED, 'gold.json'), 'utf8')) as Gold;
  });

  it('returns valid, sorted, non-overlapping mentions with exact offsets', () => {
    const r = recognize(text, model);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < r.mentions.length; i++)
      expect(r.mentions[i].start).toBeGreaterThanOrEqual(r.mentions[i - 1].end);
    const ids = new Set(r.entities.map((e) => e.id));
    for (const m of r.mentions) expect(ids.has(m.entityId)).toBe(true);
  });

  it('finds every gold person as one entity holding all its mentions', () => {
    const r = recognize(text, model);
    for (const p of gold.PER) {
      const e = r.entities.find(
        (x) => x.type === 'PER' && (x.name === p.name || x.name.endsWith(p.name.split(' ').pop()!)),
      );
      expect(e, p.name).toBeDefined();
      const surfaces = new Set(r.mentions.filter((m) => m.entityId === e!.id).map((m) => m.text));
      for (const s of p.mentions) expect(surfaces.has(s), `${p.name}: ${s}`).toBe(true);
      // every occurrence of the surname in the article body is a mention of that entity
      const last = p.name.split(' ').pop()!;
      const count = text.split(new RegExp(`\\b${last}\\b`)).length - 1;
      expect(r.mentions.filter((m) => m.entityId === e!.id && m.text.endsWith(last)).length, last).toBe(count);
    }
    expect(r.entities.find((e) => e.name === 'Vladimir Putin')!.hints).toContain('President');
  });

  it('finds at least 13 of the 14 gold places', () => {
    const r = recognize(text, model);
    const names = new Set(r.entities.filter((e) => e.type === 'LOC').map((e) => e.name));
    const found = gold.LOC.filter((l) => names.has(l.name));
    expect(found.length).toBeGreaterThanOrEqual(13);
    const us = r.entities.find((e) => e.name === 'United States')!;
    expect(us.aliases).toContain('US');
  });

  it('marks no person or place outside the gold lists (READ MORE titles aside)', () => {
    const r = recognize(text, model);
    // an entity matches a gold one by its name or, for people, by the surname alone
    const goldNames = [...gold.PER, ...gold.LOC].map((g) => g.name);
    const known = (name: string) => goldNames.some((g) => g === name || g.endsWith(` ${name}`));
    // "Kremlin" and "N. Korea" occur only in the "READ MORE" link titles (see gold.json notes)
    const titleOnly = new Set(['Kremlin', 'North Korea']);
    const extra = r.entities.filter(
      (e) => (e.type === 'PER' || e.type === 'LOC') && !known(e.name) && !titleOnly.has(e.name),
    );
    expect(extra.map((e) => `${e.type}:${e.name}`)).toEqual([]);
  });

  it('keeps the "READ" of "## READ MORE:" link lines out of the entities', () => {
    // an ordinary word that is only ever the first word of its line (see coref.ts)
    const r = recognize(text, model);
    expect(r.entities.filter((e) => e.name.toLowerCase() === 'read')).toEqual([]);
  });

  it('finds Islamic State, Al-Nusra Front and United Nations as organizations', () => {
    const r = recognize(text, model);
    for (const name of ['Islamic State', 'Al-Nusra Front', 'United Nations']) {
      expect(r.entities.find((e) => e.name === name)?.type, name).toBe('ORG');
    }
    expect(r.entities.find((e) => e.name === 'Islamic State')!.aliases).toEqual(
      expect.arrayContaining(['IS', 'ISIS', 'ISIL']),
    );
  });
});

describe('shipped model: ordinary words are no names', () => {
  let model: NerModel;
  beforeAll(() => {
    model = decodeModel(new Uint8Array(readFileSync(MODEL)));
  });

  it('drops one-word names on words Wikipedia writes in lowercase, keeps the real one', () => {
    const text = 'In 2015, Attack of the Clones and Revenge of the Sith received limited 3D showings.';
    const names = recognize(text, model).mentions.map((m) => m.text);
    expect(names).not.toContain('Clones');
    expect(names).not.toContain('Revenge');
  });
});
