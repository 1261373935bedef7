import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { dropJunkShapes, isSlug } from './span-shapes';

// "general" is an ordinary word (the model's common list); "inspector" is not, but has a role's ending.
const lists: Record<string, string[]> = {
  city: ['beijing', 'guinea-bissau'],
  country: ['uk'],
  region: [],
  first: ['taylor'],
  org: [],
  common: ['general'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  const { tokens } = ctx;
  return dropJunkShapes(markedSpans(text, tokens, marks), ctx).map((s) => `${s.type} ${spanSurface(text, tokens, s)}`);
}

describe('isSlug', () => {
  it('tells URL slugs and hyphen chains from hyphenated names', () => {
    expect(isSlug('LeBron-sets-triple-double-mark-Lakers-hold-off')).toBe(true);
    expect(isSlug('story-14848253')).toBe(true);
    expect(isSlug('Stratford-upon-Avon')).toBe(false);
    expect(isSlug('Jean-Claude')).toBe(false);
    expect(isSlug('Smith')).toBe(false);
  });
});

describe('dropJunkShapes', () => {
  it('drops spans without letters, slugs and ordinary hyphenated words', () => {
    const text = 'With 140 whales, see LeBron-sets-triple-double-mark-Lakers-hold-off now. The Inspector-General sued.';
    expect(
      run(text, [
        ['140', 'PER'],
        ['LeBron-sets-triple-double-mark-Lakers-hold-off', 'LOC'],
        ['Inspector-General', 'LOC'],
      ]),
    ).toEqual([]);
  });

  it('keeps two-capital words, known hyphenated places, names with a hyphen, and organizations', () => {
    const text = 'In the UK and Guinea-Bissau, Taylor-General met Jean-Claude at the 140 Club and VR.';
    expect(
      run(text, [
        ['UK', 'LOC'],
        ['Guinea-Bissau', 'LOC'],
        ['Taylor-General', 'PER'],
        ['Jean-Claude', 'PER'],
        ['140 Club', 'ORG'],
        ['VR', 'ORG'],
      ]),
    ).toEqual(['LOC UK', 'LOC Guinea-Bissau', 'PER Taylor-General', 'PER Jean-Claude', 'ORG 140 Club', 'ORG VR']);
  });

  it('drops a span opening on a clitic, cuts a sentence-opening conjunction, retypes a known place left', () => {
    const text = 'The County Sheriff’s Department came. And Beijing said no. Ask Andrew and Ann.';
    expect(
      run(text, [
        ['’s Department', 'PER'],
        ['And Beijing', 'PER'],
        ['Andrew', 'PER'],
        ['Ann', 'PER'],
      ]),
    ).toEqual(['LOC Beijing', 'PER Andrew', 'PER Ann']);
  });
});
