import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { placePrefixes } from './place-prefixes';

const gazetteer = buildGazetteer(GAZ_CATEGORIES.map(() => []));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return placePrefixes(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('placePrefixes', () => {
  it('opens a place on the capitalized place word the tagger left out', () => {
    expect(run('He coached abroad since his Old Trafford exit.', [['Trafford', 'LOC']])).toEqual(['LOC Old Trafford']);
    expect(run('The plant near Little Rock closed.', [['Rock', 'LOC']])).toEqual(['LOC Little Rock']);
  });

  it('leaves sentence starts, lowercase words, other spans and other types alone', () => {
    expect(run('Old Trafford was full.', [['Trafford', 'LOC']])).toEqual(['LOC Trafford']);
    expect(run('He flew to old Delhi.', [['Delhi', 'LOC']])).toEqual(['LOC Delhi']);
    expect(
      run('Fans of the New York Knicks saw Old Trafford.', [
        ['New', 'ORG'],
        ['York', 'LOC'],
        ['Trafford', 'LOC'],
      ]),
    ).toEqual(['ORG New', 'LOC York', 'LOC Old Trafford']);
    expect(run('His Great Gatsby copy sold.', [['Gatsby', 'PER']])).toEqual(['PER Gatsby']);
  });
});
