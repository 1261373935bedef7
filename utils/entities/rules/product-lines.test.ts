import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { dropProductLineWords } from './product-lines';

// "max" is a first name.
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => (c === 'first' ? ['max'] : []).map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = { ...spanContext(text, gazetteer), sentences: [] };
  const { tokens } = ctx;
  return dropProductLineWords(markedSpans(text, tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, tokens, s)}`,
  );
}

describe('dropProductLineWords', () => {
  it('drops a line word after a brand or an untagged product name', () => {
    const text = 'The new MacBook Pro is out, and the iPad Mini too; the Galaxy Ultra waits.';
    expect(
      run(text, [
        ['MacBook', 'ORG'],
        ['Pro', 'PER'],
        ['Mini', 'ORG'],
        ['Ultra', 'LOC'],
      ]),
    ).toEqual(['ORG MacBook']);
  });

  it('keeps line words after a person or place, at a sentence start, after lowercase words, or inside longer names', () => {
    const text =
      'Mini bars lose money. Carlos Plus met them. It flew Dubai Air to the pro Max. Air France came. Meanwhile Plus won. Ask Apple Max.';
    expect(
      run(text, [
        ['Mini', 'ORG'],
        ['Carlos', 'PER'],
        ['Plus', 'PER'],
        ['Dubai', 'LOC'],
        ['Air', 'ORG'],
        ['Max', 'PER'],
        ['Air France', 'ORG'],
        ['Plus', 'ORG'],
        ['Max', 'PER'],
      ]),
    ).toEqual([
      'ORG Mini',
      'PER Carlos',
      'PER Plus',
      'LOC Dubai',
      'ORG Air',
      'PER Max',
      'ORG Air France',
      'ORG Plus',
      'PER Max',
    ]);
  });
});
