import { describe, expect, it } from 'vitest';
import { applyCaseEvidence } from './case-evidence';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { hasPlaceShape } from './place-shape';
import { splitSentences, tokenize } from '../tokenizer';

// "mile", "beach", "whales", "stranded", "on" are ordinary words here (the model's common list).
const lists: Record<string, string[]> = {
  city: [],
  country: [],
  region: [],
  first: [],
  org: [],
  common: ['mile', 'beach', 'whales', 'stranded', 'on', 'rescue', 'group'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function caseEvidence(text: string, marks: Array<[string, string]>): string[] {
  const tokens = tokenize(text);
  const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), sentences: splitSentences(text, tokens), gazetteer };
  return applyCaseEvidence(markedSpans(text, tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, tokens, s)}`,
  );
}

describe('hasPlaceShape', () => {
  it('holds for places of two or more words ending on a head of places, and nothing else', () => {
    const folded = 'ninety mile beach hyde park beach'.split(' ');
    expect(hasPlaceShape({ start: 0, end: 3, type: 'LOC' }, folded)).toBe(true);
    expect(hasPlaceShape({ start: 3, end: 5, type: 'LOC' }, folded)).toBe(true);
    expect(hasPlaceShape({ start: 0, end: 2, type: 'LOC' }, folded)).toBe(false);
    expect(hasPlaceShape({ start: 0, end: 3, type: 'ORG' }, folded)).toBe(false);
    expect(hasPlaceShape({ start: 5, end: 6, type: 'LOC' }, folded)).toBe(false);
  });
});

describe('a place of its head word in a title-case line', () => {
  it('stays whole without evidence from the article', () => {
    expect(caseEvidence('Whales Stranded On Ninety Mile Beach\n', [['Ninety Mile Beach', 'LOC']])).toEqual([
      'LOC Ninety Mile Beach',
    ]);
  });

  it('does not keep other spans of ordinary words', () => {
    expect(caseEvidence('Whales Stranded On Ninety Mile Beach\n', [['Whales Stranded', 'LOC']])).toEqual([]);
    expect(caseEvidence('Whales Stranded On Mile Beach Rescue Group\n', [['Mile Beach Rescue Group', 'ORG']])).toEqual(
      [],
    );
  });
});
