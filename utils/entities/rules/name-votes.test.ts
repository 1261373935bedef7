import { describe, expect, it } from 'vitest';
import { buildGazetteer, fold } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { voteNameTypes } from './name-votes';
import { tokenize } from '../tokenizer';

// lists in GAZ_CATEGORIES order: city, country, region, first, org, common
const gazetteer = buildGazetteer([['obama', 'carter', 'kabul'], ['iran'], ['kurdistan'], [], [], []]);

function run(text: string, marks: Array<[string, string]>): string[] {
  const tokens = tokenize(text);
  const ctx = { folded: tokens.map((t) => fold(t.text)), tokens, gazetteer };
  const spans = voteNameTypes(markedSpans(text, tokens, marks), ctx);
  return spans.map((s) => `${spanSurface(text, tokens, s)}/${s.type}`);
}

describe('voteNameTypes', () => {
  it('lets a mention after a title decide a name typed otherwise elsewhere', () => {
    expect(
      run('The Obama administration said so. President Obama will sign it. Obama officials agreed.', [
        ['Obama', 'LOC'],
        ['Obama', 'PER'],
        ['Obama', 'LOC'],
      ]),
    ).toEqual(['Obama/PER', 'Obama/PER', 'Obama/PER']);
  });

  it('reads the title inside a person span as its cue and votes on the name without it', () => {
    expect(
      run('Gov. Kemp spoke. Kemp officials and Kemp staff left.', [
        ['Gov. Kemp', 'PER'],
        ['Kemp', 'LOC'],
        ['Kemp', 'LOC'],
      ]),
    ).toEqual(['Gov. Kemp/PER', 'Kemp/PER', 'Kemp/PER']);
  });

  it('without cues, follows a strict majority and leaves a tie alone', () => {
    expect(
      run('Saket mall. In Saket area. Saket tags.', [
        ['Saket', 'LOC'],
        ['Saket', 'LOC'],
        ['Saket', 'PER'],
      ]),
    ).toEqual(['Saket/LOC', 'Saket/LOC', 'Saket/LOC']);
    expect(
      run('Saket mall. Saket tags.', [
        ['Saket', 'LOC'],
        ['Saket', 'PER'],
      ]),
    ).toEqual(['Saket/LOC', 'Saket/PER']);
  });

  it('leaves a name that is both a place and an organization on the page as it was typed', () => {
    expect(
      run('In Baltimore, Ripken hit. Baltimore has won seven. Baltimore fans cheered.', [
        ['Baltimore', 'LOC'],
        ['Baltimore', 'ORG'],
        ['Baltimore', 'ORG'],
      ]),
    ).toEqual(['Baltimore/LOC', 'Baltimore/ORG', 'Baltimore/ORG']);
  });

  it('votes on a name that is a place and an organization when a title says it is a person', () => {
    expect(
      run('President Obama spoke. Leaders resist Obama. The Obama administration and Obama officials agreed.', [
        ['Obama', 'LOC'],
        ['Obama', 'LOC'],
        ['Obama', 'LOC'],
        ['Obama', 'ORG'],
      ]),
    ).toEqual(['Obama/PER', 'Obama/PER', 'Obama/PER', 'Obama/PER']);
  });

  it('types a lone mention by its own cue: a kin word in apposition, a capitalized title', () => {
    expect(
      run('He married in 1990 as his first wife, Sally, was dying. Her son Tom left. President Lincoln spoke.', [
        ['Sally', 'LOC'],
        ['Tom', 'LOC'],
        ['Lincoln', 'LOC'],
      ]),
    ).toEqual(['Sally/PER', 'Tom/PER', 'Lincoln/PER']);
  });

  it('reads no cue in a lowercase or shouted title word, nor a kin word nobody owns', () => {
    expect(
      run('He will miss England. DON’T MISS China. The son Kaitaia left.', [
        ['England', 'LOC'],
        ['China', 'LOC'],
        ['Kaitaia', 'LOC'],
      ]),
    ).toEqual(['England/LOC', 'China/LOC', 'Kaitaia/LOC']);
  });

  it('votes between person and organization, and an age in apposition is a person cue', () => {
    expect(
      run('Duran told Reuters. Duran still talks. Duran, whose record stands. The Duran camp.', [
        ['Duran', 'PER'],
        ['Duran', 'ORG'],
        ['Duran', 'PER'],
        ['Duran', 'PER'],
      ]),
    ).toEqual(['Duran/PER', 'Duran/PER', 'Duran/PER', 'Duran/PER']);
    expect(
      run('Braun runs it. Braun, 38, said no. Braun is a label. Braun shares fell.', [
        ['Braun', 'ORG'],
        ['Braun', 'ORG'],
        ['Braun', 'ORG'],
        ['Braun', 'ORG'],
      ]),
    ).toEqual(['Braun/PER', 'Braun/PER', 'Braun/PER', 'Braun/PER']);
  });

  it('reads no cue in a span that joins names with "and", nor in a number that is no age', () => {
    expect(
      run('Hope and Victor N. Burton, 45, were there. Ford, 2020, was fine.', [
        ['Hope and Victor N. Burton', 'ORG'],
        ['Ford', 'ORG'],
      ]),
    ).toEqual(['Hope and Victor N. Burton/ORG', 'Ford/ORG']);
  });

  it('leaves MISC mentions alone', () => {
    expect(
      run('President Edwards won. Edwards voters cheered.', [
        ['Edwards', 'PER'],
        ['Edwards', 'MISC'],
      ]),
    ).toEqual(['Edwards/PER', 'Edwards/MISC']);
  });
});

describe('voteNameTypes: titles in names of things', () => {
  it('reads no person cue in a title that opens the name of a building or a body', () => {
    expect(
      run('She sang at the Queen Elizabeth Hall and studied at the Prince Leopold Institute of Tropical Medicine.', [
        ['Elizabeth Hall', 'LOC'],
        ['Leopold Institute of Tropical Medicine', 'ORG'],
      ]),
    ).toEqual(['Elizabeth Hall/LOC', 'Leopold Institute of Tropical Medicine/ORG']);
  });
});

describe('voteNameTypes: a government named after its leader', () => {
  it('makes the name before "administration" a person, and the name elsewhere on the page', () => {
    expect(
      run(
        'He was silent during the Obama administration. When Obama declined, critics spoke. Carter administration officials agreed.',
        [
          ['Obama', 'LOC'],
          ['Obama', 'LOC'],
          ['Carter', 'LOC'],
        ],
      ),
    ).toEqual(['Obama/PER', 'Obama/PER', 'Carter/PER']);
  });

  it('leaves countries, regions, demonyms, capitals and longer names as typed', () => {
    expect(
      run(
        'The Iran administration, the Kurdistan administration, the Afghan administration, the U.S. administration and the Hong Kong administration met. The Obama Administration Building stands.',
        [
          ['Iran', 'LOC'],
          ['Kurdistan', 'LOC'],
          ['Afghan', 'LOC'],
          ['U.S.', 'LOC'],
          ['Hong Kong', 'LOC'],
          ['Obama', 'LOC'],
        ],
      ),
    ).toEqual(['Iran/LOC', 'Kurdistan/LOC', 'Afghan/LOC', 'U.S./LOC', 'Hong Kong/LOC', 'Obama/LOC']);
  });
});
