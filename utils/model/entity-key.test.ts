import { describe, expect, it } from 'vitest';
import { entityKey, foldName } from './entity-key';

describe('entityKey', () => {
  it('folds case, accents and spaces so spelling variants share a key', () => {
    expect(entityKey('PER', 'Recep Tayyip Erdoğan')).toBe('PER:recep tayyip erdogan');
    expect(entityKey('PER', '  recep  tayyip ERDOGAN ')).toBe(entityKey('PER', 'Recep Tayyip Erdoğan'));
    expect(entityKey('LOC', 'São Paulo')).toBe('LOC:sao paulo');
    expect(foldName('Zürich')).toBe('zurich');
  });
  it('keeps types apart', () => {
    expect(entityKey('LOC', 'Washington')).not.toBe(entityKey('PER', 'Washington'));
  });
});
