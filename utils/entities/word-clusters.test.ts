import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, matchGazetteer } from './gazetteer';
import { buildContext, staticFeatures } from './features';
import { decodeModelFile, encodeModelFile } from './model-file';
import { splitSentences, tokenize } from './tokenizer';
import {
  clusterKey,
  decodeClusterLines,
  encodeClusterLines,
  lookupCluster,
  pathCode,
  pathLength,
  pathPrefix,
} from './word-clusters';

describe('cluster paths', () => {
  it('codes a path under a leading 1 and takes prefixes of it', () => {
    const c = pathCode('0110');
    expect(c).toBe(0b10110);
    expect(pathLength(c)).toBe(4);
    expect(pathPrefix(c, 2)).toBe(pathCode('01'));
    // a prefix longer than the path is the whole path
    expect(pathPrefix(c, 10)).toBe(c);
    // paths that differ only in length stay different
    expect(pathCode('0')).not.toBe(pathCode('00'));
  });
});

describe('cluster table', () => {
  const table = decodeClusterLines(
    encodeClusterLines([
      ['0110', 'London'],
      ['0110', 'Paris'],
      ['10', 'us'],
      ['0111', 'US'],
      ['11', '0000'],
    ]),
  );

  it('round-trips through the model-file lines', () => {
    expect(table.get('Paris')).toBe(pathCode('0110'));
    expect(table.get('US')).toBe(pathCode('0111'));
    expect(table.size).toBe(5);
  });

  it('keeps case when the exact form is known, falls back to other casings otherwise', () => {
    expect(lookupCluster(table, 'us')).toBe(pathCode('10'));
    expect(lookupCluster(table, 'US')).toBe(pathCode('0111'));
    expect(lookupCluster(table, 'london')).toBe(pathCode('0110'));
    expect(lookupCluster(table, 'PARIS')).toBe(pathCode('0110'));
    expect(lookupCluster(table, 'Lyon')).toBe(0);
  });

  it('folds digits and straightens quotes in keys', () => {
    expect(clusterKey('1996')).toBe('0000');
    expect(lookupCluster(table, '2024')).toBe(pathCode('11'));
    expect(clusterKey('O’Neill')).toBe("O'Neill");
  });

  it('travels in the model file', () => {
    const lists = GAZ_CATEGORIES.map(() => [] as string[]);
    const bytes = encodeModelFile(lists, [], 'test', {
      entries: [
        ['0110', 'London'],
        ['10', 'us'],
      ],
      from: 'test text',
    });
    const m = decodeModelFile(bytes);
    expect(m.meta.clusters).toBe(2);
    expect(m.meta.clustersFrom).toBe('test text');
    expect(m.meta.clusterTemplates).toBeUndefined();
    expect(lookupCluster(m.gazetteer.clusters, 'london')).toBe(pathCode('0110'));
  });

  it('records lite cluster templates in the meta, and writes nothing for full ones', () => {
    const lists = GAZ_CATEGORIES.map(() => [] as string[]);
    const entries: [string, string][] = [['0110', 'London']];
    const lite = encodeModelFile(lists, [], 'test', { entries, from: 't', templates: 'lite' });
    expect(decodeModelFile(lite).meta.clusterTemplates).toBe('lite');
    const full = encodeModelFile(lists, [], 'test', { entries, from: 't', templates: 'full' });
    expect(full).toEqual(encodeModelFile(lists, [], 'test', { entries, from: 't' }));
  });
});

describe('cluster feature templates', () => {
  const table = encodeClusterLines([
    ['01101100101', 'London'],
    ['01101100100', 'Paris'],
    ['1000', 'to'],
    ['1001', 'from'],
    ['11', 'moved'],
  ]);
  const gaz = buildGazetteer(
    GAZ_CATEGORIES.map(() => [] as string[]),
    decodeClusterLines(table),
  );
  const text = 'He moved to London from Paris';
  const tokens = tokenize(text);
  const ctx = buildContext(tokens, splitSentences(text, tokens));
  const perToken = (m: { offsets: Int32Array; hashes: Int32Array }, i: number) => [
    ...m.hashes.slice(m.offsets[i], m.offsets[i + 1]),
  ];
  const none = staticFeatures(ctx, buildGazetteer(GAZ_CATEGORIES.map(() => [] as string[])));
  const full = staticFeatures(ctx, gaz, { clusterTemplates: 'full' });
  const lite = staticFeatures(ctx, gaz, { clusterTemplates: 'lite' });

  it('lite reads 3 cluster hashes where full reads 11, both for a token with known neighbours', () => {
    const london = 3;
    const extra = (m: typeof full) => perToken(m, london).filter((h) => !perToken(none, london).includes(h));
    expect(extra(full)).toHaveLength(11);
    expect(extra(lite)).toHaveLength(3);
    // the lite hashes are a subset of the full ones: same templates, fewer of them
    expect(extra(lite).every((h) => extra(full).includes(h))).toBe(true);
  });

  it('lite gives two words of one 10-bit class the same class feature', () => {
    // London and Paris share their first 10 bits; their neighbours differ
    const extra = (i: number) => perToken(lite, i).filter((h) => !perToken(none, i).includes(h));
    const shared = extra(3).filter((h) => extra(5).includes(h));
    expect(shared).toHaveLength(1);
  });
});

describe('lowercase gazetteer matches', () => {
  const cityIndex = GAZ_CATEGORIES.indexOf('city');
  const lists = GAZ_CATEGORIES.map((c) => (c === 'city' ? ['new york'] : c === 'common' ? ['york'] : []));
  const gaz = buildGazetteer(lists);
  const nc = GAZ_CATEGORIES.length;

  it('marks lowercase names only in lowercase mode, never from the common list', () => {
    const toks = tokenize('moved to new york from New York');
    const folded = toks.map((t) => t.text.toLowerCase());
    const upper = matchGazetteer(gaz, toks, folded);
    const lower = matchGazetteer(gaz, toks, folded, true);
    // "new york" (tokens 2-3) lowercase; "New York" (5-6) capitalized
    expect([lower[2 * nc + cityIndex], lower[3 * nc + cityIndex]]).toEqual([1, 3]);
    expect([upper[2 * nc + cityIndex], upper[3 * nc + cityIndex]]).toEqual([0, 0]);
    expect([upper[5 * nc + cityIndex], upper[6 * nc + cityIndex]]).toEqual([1, 3]);
    expect(lower[5 * nc + cityIndex]).toBe(0);
    const common = GAZ_CATEGORIES.indexOf('common');
    expect(lower.filter((_, k) => k % nc === common).every((v) => v === 0)).toBe(true);
  });
});
