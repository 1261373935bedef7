import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, matchGazetteer } from './gazetteer';
import { decodeModelFile, encodeModelFile } from './model-file';
import { tokenize } from './tokenizer';
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
    expect(lookupCluster(m.gazetteer.clusters, 'london')).toBe(pathCode('0110'));
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
