import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../knowledge/sanitize';
import { findSampleCard, SAMPLE_CARDS } from './sample-cards';

describe('findSampleCard', () => {
  it('finds a card by canonical name, by alias, and regardless of case and accents', () => {
    expect(findSampleCard({ name: 'Charles Darwin', type: 'PER' })?.title).toBe('Charles Darwin');
    expect(findSampleCard({ name: 'DARWIN', type: 'PER' })?.title).toBe('Charles Darwin');
    expect(findSampleCard({ name: 'J. D. Hooker', type: 'PER', aliases: ['Hooker'] })?.title).toBe('Joseph Hooker');
    expect(findSampleCard({ name: 'Lóndon', type: 'LOC' })?.title).toBe('London');
  });
  it('does not cross types, and says null for names it has no card for', () => {
    expect(findSampleCard({ name: 'London', type: 'ORG' })).toBeNull();
    expect(findSampleCard({ name: 'Paris', type: 'LOC' })).toBeNull();
  });
  it('holds complete, plain-text backgrounds that link to their Wikipedia article over https', () => {
    for (const { background: b, names } of SAMPLE_CARDS) {
      expect(b.title).toBe(names[0]);
      expect(safeHttpUrl(b.url)).toBe(b.url);
      expect(b.url.startsWith('https://en.wikipedia.org/wiki/')).toBe(true);
      expect(b.extract.length).toBeGreaterThan(80);
      expect(b.description).toBeTruthy();
      expect(b.thumbnail).toBeUndefined(); // nothing to load from the network
      expect(`${b.title}${b.description}${b.extract}`).not.toMatch(/[<>]/);
    }
  });
});
