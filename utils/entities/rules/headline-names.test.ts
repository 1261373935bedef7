import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { checkHeadlines, headlineNames } from './headline-names';

const lists: Record<string, string[]> = {
  city: ['dallas'],
  country: [],
  region: [],
  first: ['tim'],
  org: [],
  common: [
    'man',
    'shot',
    'gas',
    'station',
    'dies',
    'hospital',
    'equates',
    'firing',
    'professional',
    'cook',
    'death',
    'sentence',
    'police',
    'said',
  ],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return headlineNames(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('headlineNames', () => {
  it('cuts the ordinary words a headline ran into a place and keeps the known place', () => {
    expect(
      run('Man Shot at Dallas Gas Station Dies at Hospital\n\nThe police said so.', [
        ['Dallas Gas Station', 'LOC'],
        ['Hospital', 'LOC'],
      ]),
    ).toEqual(['Dallas/LOC']);
  });

  it('drops a person run into ordinary words that the article never names in plain text', () => {
    expect(
      run("Fitzgerald Equates Firing to Professional 'Death Sentence'\n\nThe police said so.", [
        ['Fitzgerald Equates Firing', 'PER'],
      ]),
    ).toEqual([]);
  });

  it('keeps a headline name the plain text also has, a first name with a surname that is a word, and facilities', () => {
    expect(
      run(
        'Firing Shot Dies at Dallas Gas Station\n\nTim Cook Equates Firing to Death\n\nShot Dies at Gas Station Amphitheater Tonight\n\nThe police said Dallas Gas Station shut.',
        [
          ['Dallas Gas Station', 'LOC'],
          ['Tim Cook', 'PER'],
          ['Gas Station Amphitheater', 'LOC'],
          ['Dallas Gas Station', 'LOC'],
        ],
      ),
    ).toEqual(['Dallas Gas Station/LOC', 'Tim Cook/PER', 'Gas Station Amphitheater/LOC', 'Dallas Gas Station/LOC']);
  });

  it('leaves spans of plain sentences alone', () => {
    expect(
      run('A man was shot at the Dallas Gas Station, and the police said he died in hospital.', [
        ['Dallas Gas Station', 'LOC'],
      ]),
    ).toEqual(['Dallas Gas Station/LOC']);
  });

  it('checks the organizations, people and places of a headline in one pass', () => {
    const text = 'Man Shot at Dallas Gas Station Dies at Hospital\n\nThe police said so.';
    const ctx = spanContext(text, gazetteer);
    const marks: Array<[string, string]> = [
      ['Man Shot', 'ORG'],
      ['Dallas Gas Station', 'LOC'],
    ];
    expect(
      checkHeadlines(markedSpans(text, ctx.tokens, marks), ctx).map((s) => spanSurface(text, ctx.tokens, s)),
    ).toEqual(['Dallas']);
  });
});
