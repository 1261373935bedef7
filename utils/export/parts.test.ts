import { describe, expect, it } from 'vitest';
import { createPartCollector, PartError, splitParts } from './parts';

describe('splitParts', () => {
  it('cuts text into parts that join back to it', () => {
    const text = 'abcdefghij'.repeat(1001);
    const parts = splitParts(text, 1000);
    expect(parts).toHaveLength(11);
    expect(parts.every((p) => p.length <= 1000)).toBe(true);
    expect(parts.join('')).toBe(text);
    expect(splitParts('', 1000)).toEqual(['']);
    expect(splitParts('short', 1000)).toEqual(['short']);
  });
});

describe('createPartCollector', () => {
  it('returns the whole text once every part is in, whatever their order', () => {
    const c = createPartCollector(1e6);
    expect(c.add(2, 3, 'c')).toBeNull();
    expect(c.add(0, 3, 'a')).toBeNull();
    expect(c.add(1, 3, 'b')).toBe('abc');
  });

  it('refuses duplicate, out-of-range and inconsistent parts, and files over the limit', () => {
    const dup = createPartCollector(1e6);
    dup.add(0, 2, 'a');
    expect(() => dup.add(0, 2, 'a')).toThrow('an import part arrived twice');
    expect(() => createPartCollector(1e6).add(2, 2, 'x')).toThrow('an import part has a bad index');
    const mixed = createPartCollector(1e6);
    mixed.add(0, 2, 'a');
    expect(() => mixed.add(1, 3, 'b')).toThrow('the parts of an import disagree on their count');
    expect(() => createPartCollector(1e6).add(0, 0, '')).toThrow(PartError);
    const big = createPartCollector(10);
    big.add(0, 2, '123456');
    expect(() => big.add(1, 2, '123456')).toThrow('the file is larger than 0 million characters');
  });
});
