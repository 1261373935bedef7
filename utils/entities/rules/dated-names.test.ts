import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { datesOffNames } from './dated-names';

const gazetteer = buildGazetteer(GAZ_CATEGORIES.map(() => []));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return datesOffNames(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('datesOffNames', () => {
  it('cuts a preposition of time and a number off a name', () => {
    expect(run('Who will make the Rock Hall in 2020?', [['Rock Hall in 2020', 'ORG']])).toEqual(['Rock Hall/ORG']);
    expect(run('Acme Labs since 1998 has grown.', [['Acme Labs since 1998', 'ORG']])).toEqual(['Acme Labs/ORG']);
  });

  it('leaves "of" and a year, words that are no number, and a number alone', () => {
    expect(run('The Class of 2020 met.', [['Class of 2020', 'MISC']])).toEqual(['Class of 2020/MISC']);
    expect(run('The Bank in Zurich said.', [['Bank in Zurich', 'ORG']])).toEqual(['Bank in Zurich/ORG']);
    expect(run('He drove a Ferrari 458 there.', [['Ferrari 458', 'ORG']])).toEqual(['Ferrari 458/ORG']);
  });
});
