import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { dropPostalCodeWords } from './postal-code-words';

const gazetteer = buildGazetteer(GAZ_CATEGORIES.map(() => []));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return dropPostalCodeWords(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('dropPostalCodeWords', () => {
  it('drops codes that read as words', () => {
    expect(run('You are going to be OK, an officer said.', [['OK', 'LOC']])).toEqual([]);
    expect(run('It is IN the bag.', [['IN', 'LOC']])).toEqual([]);
  });

  it('keeps codes where addresses, listings and tables write states', () => {
    expect(run('The show is in Tulsa, OK, this year.', [['OK', 'LOC']])).toEqual(['LOC OK']);
    expect(
      run('Portland OR 5.60 up', [
        ['Portland', 'LOC'],
        ['OR', 'LOC'],
      ]),
    ).toEqual(['LOC Portland', 'LOC OR']);
    expect(run('Issuer: Akron / State: OH / Rating: A', [['OH', 'LOC']])).toEqual(['LOC OH']);
    expect(run('She moved to Salem, OR, in May.', [['OR', 'LOC']])).toEqual(['LOC OR']);
    expect(
      run('Offices in MD and VA.', [
        ['MD', 'LOC'],
        ['VA', 'LOC'],
      ]),
    ).toEqual(['LOC MD', 'LOC VA']);
  });
});
