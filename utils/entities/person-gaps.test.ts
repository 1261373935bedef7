import { describe, expect, it } from 'vitest';
import { buildContext } from './features';
import { joinPersonGaps } from './person-gaps';
import type { TokenSpan } from './spans';
import { fold } from './gazetteer';
import { splitSentences, tokenize } from './tokenizer';

/** Tags each [surface, type] at its first occurrence after the previous one; returns [surface, type] after the pass. */
function run(text: string, marks: Array<[string, string]>): Array<[string, string]> {
  const tokens = tokenize(text);
  const ctx = {
    tokens,
    folded: tokens.map((t) => fold(t.text)),
    sentenceOf: buildContext(tokens, splitSentences(text, tokens)).sentenceOf,
  };
  let from = 0;
  const spans: TokenSpan[] = marks.map(([s, type]) => {
    const c = text.indexOf(s, from);
    from = c + s.length;
    const start = tokens.findIndex((t) => t.start === c);
    const end = tokens.findIndex((t) => t.end === c + s.length) + 1;
    expect(start >= 0 && end > start).toBe(true);
    return { start, end, type };
  });
  return joinPersonGaps(spans, ctx).map((s) => [text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end), s.type]);
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
});
