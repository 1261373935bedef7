import { describe, expect, it } from 'vitest';
import { buildContext } from '../features';
import { joinPersonGaps } from './person-gaps';
import { markedSpans, spanSurface } from '../marked-spans';
import { buildGazetteer, fold, GAZ_CATEGORIES } from '../gazetteer';
import { splitSentences, tokenize } from '../tokenizer';

/** Tags each [surface, type] at its first occurrence after the previous one; returns [surface, type] after the pass. */
function run(text: string, marks: Array<[string, string]>): Array<[string, string]> {
  const tokens = tokenize(text);
  const ctx = {
    tokens,
    folded: tokens.map((t) => fold(t.text)),
    sentenceOf: buildContext(tokens, splitSentences(text, tokens)).sentenceOf,
  };
  const spans = markedSpans(text, tokens, marks);
  return joinPersonGaps(spans, ctx).map((s) => [spanSurface(text, tokens, s), s.type]);
}

/** The pass's context for `text`, with a gazetteer holding `words` in one category. */
function withGazetteer(text: string, category: (typeof GAZ_CATEGORIES)[number], words: string[]) {
  const tokens = tokenize(text);
  const ctx = {
    tokens,
    folded: tokens.map((t) => fold(t.text)),
    sentenceOf: buildContext(tokens, splitSentences(text, tokens)).sentenceOf,
    gazetteer: buildGazetteer(GAZ_CATEGORIES.map((c) => (c === category ? words : []))),
  };
  return { tokens, ctx };
}

describe('joinPersonGaps', () => {
  it('joins a person split at a middle initial', () => {
    expect(
      run('Officers arrested Christopher D. Battin, 33.', [
        ['Christopher', 'PER'],
        ['Battin', 'PER'],
      ]),
    ).toEqual([['Christopher D. Battin', 'PER']]);
  });

  it('joins a person split at a particle, whatever type the first part got', () => {
    expect(
      run('In 1996 Osama bin Laden lived in Khartoum.', [
        ['Osama', 'LOC'],
        ['Laden', 'PER'],
        ['Khartoum', 'LOC'],
      ]),
    ).toEqual([
      ['Osama bin Laden', 'PER'],
      ['Khartoum', 'LOC'],
    ]);
  });

  it('leaves apart what is not one name', () => {
    // an initial after a place, a line break, an organization, two places
    expect(
      run('Paris J. Smith said', [
        ['Paris', 'LOC'],
        ['Smith', 'PER'],
      ]),
    ).toHaveLength(2);
    expect(
      run('Christopher D.\nBattin', [
        ['Christopher', 'PER'],
        ['Battin', 'PER'],
      ]),
    ).toHaveLength(2);
    expect(
      run('Banco de Chile and Ana', [
        ['Banco', 'ORG'],
        ['Chile', 'PER'],
      ]),
    ).toHaveLength(2);
    expect(
      run('Rio de Janeiro', [
        ['Rio', 'LOC'],
        ['Janeiro', 'LOC'],
      ]),
    ).toHaveLength(2);
    expect(
      run('Smith and Jones', [
        ['Smith', 'PER'],
        ['Jones', 'PER'],
      ]),
    ).toHaveLength(2);
  });

  it('joins a place and an organization span at "bin", never at "van"', () => {
    expect(
      run('In 1996 Osama bin Laden met Paris van Texas.', [
        ['Osama', 'LOC'],
        ['Laden', 'ORG'],
        ['Paris', 'LOC'],
        ['Texas', 'LOC'],
      ]),
    ).toEqual([
      ['Osama bin Laden', 'PER'],
      ['Paris', 'LOC'],
      ['Texas', 'LOC'],
    ]);
  });

  it('ends a person on a glued "al-" word after it', () => {
    expect(run('Sudan’s president, Omar Hassan al-Bashir, spoke.', [['Omar Hassan', 'PER']])).toEqual([
      ['Omar Hassan al-Bashir', 'PER'],
    ]);
  });

  it('takes the name word after a person span that ends on a particle, or the span that starts there', () => {
    expect(run('James Van Der Beek left.', [['James Van Der', 'PER']])).toEqual([['James Van Der Beek', 'PER']]);
    expect(
      run('James Van Der Beek left.', [
        ['James Van Der', 'PER'],
        ['Beek', 'ORG'],
      ]),
    ).toEqual([['James Van Der Beek', 'PER']]);
    // a one-word span, a lowercase word or a line break after the particle: no name to take
    expect(
      run('Van Der said. Anna de\nSilva. Maria van the Third.', [
        ['Van', 'PER'],
        ['Anna de', 'PER'],
        ['Maria van', 'PER'],
      ]),
    ).toEqual([
      ['Van', 'PER'],
      ['Anna de', 'PER'],
      ['Maria van', 'PER'],
    ]);
  });

  it('joins two person spans at a capitalized word that is no ordinary word, given the gazetteer', () => {
    const text = 'Governor John Bel Edwards won. Mary Tuesday Jones lost.';
    const { tokens, ctx } = withGazetteer(text, 'common', ['tuesday']);
    const spans = markedSpans(text, tokens, [
      ['Governor John', 'PER'],
      ['Edwards', 'PER'],
      ['Mary', 'PER'],
      ['Jones', 'PER'],
    ]);
    expect(joinPersonGaps(spans, ctx).map((s) => spanSurface(text, tokens, s))).toEqual([
      'Governor John Bel Edwards',
      'Mary',
      'Jones',
    ]);
    // without the gazetteer the gap word is not joined
    expect(joinPersonGaps(spans, { ...ctx, gazetteer: undefined })).toHaveLength(4);
  });

  it('joins a known first name, a particle and a surname whatever their types, given the gazetteer', () => {
    const text = 'The philosopher Luis de Miranda and Vincent van Gogh met at Paris de Gaulle.';
    const { tokens, ctx } = withGazetteer(text, 'first', ['luis', 'vincent']);
    const spans = markedSpans(text, tokens, [
      ['Luis', 'MISC'],
      ['Miranda', 'PER'],
      ['Vincent', 'LOC'],
      ['Gogh', 'LOC'],
      ['Paris', 'LOC'],
      ['Gaulle', 'LOC'],
    ]);
    expect(joinPersonGaps(spans, ctx).map((s) => `${spanSurface(text, tokens, s)}/${s.type}`)).toEqual([
      'Luis de Miranda/PER',
      'Vincent van Gogh/PER',
      'Paris/LOC',
      'Gaulle/LOC',
    ]);
  });
});

describe('joinPersonGaps and organizations read as people', () => {
  it('joins spans that hold an organization head as one organization, never a person', () => {
    const text = 'At the Marine Corps Recruit Depot San Diego and the John Simon Guggenheim Memorial Foundation.';
    const tokens = tokenize(text);
    const ctx = {
      tokens,
      folded: tokens.map((t) => fold(t.text)),
      sentenceOf: buildContext(tokens, splitSentences(text, tokens)).sentenceOf,
      gazetteer: buildGazetteer(GAZ_CATEGORIES.map(() => [])),
    };
    const spans = markedSpans(text, tokens, [
      ['Marine Corps Recruit', 'PER'],
      ['San Diego', 'PER'],
      ['John Simon Guggenheim', 'PER'],
      ['Foundation', 'PER'],
    ]);
    expect(joinPersonGaps(spans, ctx).map((s) => `${spanSurface(text, tokens, s)}/${s.type}`)).toEqual([
      'Marine Corps Recruit Depot San Diego/ORG',
      'John Simon Guggenheim Memorial Foundation/ORG',
    ]);
  });
});
