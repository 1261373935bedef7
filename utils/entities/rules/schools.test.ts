import { describe, expect, it } from 'vitest';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { educationCueBefore, schoolsByContext, stateSchools, universityCampuses } from './schools';
import { everyMarkedSpan } from '../marked-spans';
import { tokenize } from '../tokenizer';

const lists: Record<string, string[]> = {
  city: ['oxford', 'san diego', 'berkeley', 'austin', 'davis'],
  country: [],
  region: ['florida', 'washington'],
  first: [],
  org: [],
  common: [],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

type Pass = typeof schoolsByContext;

/** Every occurrence of each surface (not inside an earlier mark) tagged with its type; returns [surface, type] after the pass. */
function run(text: string, marks: Array<[string, string]>, pass: Pass): Array<[string, string]> {
  const tokens = tokenize(text);
  const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), gazetteer };
  return pass(everyMarkedSpan(text, tokens, marks), ctx).map((s) => [
    text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end),
    s.type,
  ]);
}

describe('educationCueBefore', () => {
  it('reads the cue with or without "the", and nothing else', () => {
    const folded = 'a recent graduate of the x and he studied at y'.split(' ');
    expect(educationCueBefore(folded, 5)).toBe(true);
    expect(educationCueBefore(folded, 10)).toBe(true);
    expect(educationCueBefore(folded, 7)).toBe(false);
  });
});

describe('schoolsByContext', () => {
  it('retypes the name after an education cue, and its other mentions', () => {
    expect(
      run(
        'She is a recent graduate of Mount Holyoke. At Mount Holyoke she ran.',
        [['Mount Holyoke', 'LOC']],
        schoolsByContext,
      ),
    ).toEqual([
      ['Mount Holyoke', 'ORG'],
      ['Mount Holyoke', 'ORG'],
    ]);
    expect(run('As an undergraduate at Yale she ran.', [['Yale', 'PER']], schoolsByContext)).toEqual([['Yale', 'ORG']]);
    expect(run('He dropped out of Yale in 1990. Yale said so.', [['Yale', 'PER']], schoolsByContext)).toEqual([
      ['Yale', 'ORG'],
      ['Yale', 'ORG'],
    ]);
  });

  it('retypes a known place at the cue only, and leaves names without a cue alone', () => {
    expect(run('He studied at Oxford. Oxford is rainy.', [['Oxford', 'LOC']], schoolsByContext)).toEqual([
      ['Oxford', 'ORG'],
      ['Oxford', 'LOC'],
    ]);
    expect(run('Students at Beijing protested.', [['Beijing', 'LOC']], schoolsByContext)).toEqual([['Beijing', 'LOC']]);
  });
});

describe('stateSchools', () => {
  it('reads "<state> State" as the university, not New York or Washington, not a longer name', () => {
    expect(run('Florida State beat Miami.', [['Florida State', 'LOC']], stateSchools)).toEqual([
      ['Florida State', 'ORG'],
    ]);
    expect(run('Penn State won.', [['Penn State', 'PER']], stateSchools)).toEqual([['Penn State', 'ORG']]);
    expect(run('Washington State voted.', [['Washington State', 'LOC']], stateSchools)).toEqual([
      ['Washington State', 'LOC'],
    ]);
    expect(run('Florida State Parks closed.', [['Florida State', 'LOC']], stateSchools)).toEqual([
      ['Florida State', 'LOC'],
    ]);
  });
});

describe('universityCampuses', () => {
  it('joins "University of X, City" and "University of X at City" into one organization', () => {
    expect(
      run(
        'She teaches at the University of California, San Diego.',
        [
          ['University of California', 'ORG'],
          ['San Diego', 'LOC'],
        ],
        universityCampuses,
      ),
    ).toEqual([['University of California, San Diego', 'ORG']]);
    expect(
      run(
        'the University of Texas at Austin said',
        [
          ['University of Texas', 'ORG'],
          ['Austin', 'LOC'],
        ],
        universityCampuses,
      ),
    ).toEqual([['University of Texas at Austin', 'ORG']]);
  });

  it('leaves a list of places after the comma alone', () => {
    expect(
      run(
        'campuses of the University of California, Berkeley, Davis and others',
        [
          ['University of California', 'ORG'],
          ['Berkeley', 'LOC'],
          ['Davis', 'LOC'],
        ],
        universityCampuses,
      ),
    ).toEqual([
      ['University of California', 'ORG'],
      ['Berkeley', 'LOC'],
      ['Davis', 'LOC'],
    ]);
  });
});
