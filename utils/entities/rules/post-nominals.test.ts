import { describe, expect, it } from 'vitest';
import { fold } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { tokenize } from '../tokenizer';
import { dropPostNominals } from './post-nominals';

function run(text: string, marks: Array<[string, string]>): string[] {
  const tokens = tokenize(text);
  const spans = dropPostNominals(markedSpans(text, tokens, marks), { tokens, folded: tokens.map((t) => fold(t.text)) });
  return spans.map((s) => `${spanSurface(text, tokens, s)}/${s.type}`);
}

describe('dropPostNominals', () => {
  it('drops degrees written after a person, dotted or not, one after another', () => {
    expect(
      run('The team was led by Michael Shadlen, Ph.D., of Columbia. “Astounding,” says Katie Allen, MD, PhD.', [
        ['Michael Shadlen', 'PER'],
        ['Ph', 'LOC'],
        ['D.', 'LOC'],
        ['Columbia', 'ORG'],
        ['Katie Allen', 'PER'],
        ['MD', 'LOC'],
        ['PhD', 'ORG'],
      ]),
    ).toEqual(['Michael Shadlen/PER', 'Columbia/ORG', 'Katie Allen/PER']);
  });

  it('keeps state codes after a place and a degree-like name that is no post-nominal', () => {
    expect(
      run('They moved to Baltimore, MD, and then Mansfield, MA. MD Anderson treated Allen.', [
        ['Baltimore', 'LOC'],
        ['MD', 'LOC'],
        ['Mansfield', 'LOC'],
        ['MA', 'LOC'],
        ['MD Anderson', 'ORG'],
        ['Allen', 'PER'],
      ]),
    ).toEqual(['Baltimore/LOC', 'MD/LOC', 'Mansfield/LOC', 'MA/LOC', 'MD Anderson/ORG', 'Allen/PER']);
  });

  it('drops an honorific left alone, never a name that opens with one', () => {
    expect(
      run('Dr. Shadlen and colleagues met Dr. Jane Roe.', [
        ['Dr.', 'ORG'],
        ['Dr. Jane Roe', 'PER'],
      ]),
    ).toEqual(['Dr. Jane Roe/PER']);
  });
});
