import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { headlineOrganizations } from './org-headlines';

const lists: Record<string, string[]> = {
  city: [],
  country: [],
  region: [],
  first: [],
  org: ['nasa'],
  common: [
    'strange',
    'signs',
    'you',
    'having',
    'detailed',
    'simulation',
    'history',
    'just',
    'created',
    'case',
    'reports',
    'medical',
    'universe',
    'our',
    'galaxies',
    'published',
    'journal',
    'labs',
  ],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return headlineOrganizations(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('headlineOrganizations', () => {
  it('drops an organization of ordinary words in a title-case line with lowercase small words', () => {
    expect(
      run('Physicists Just Created the Most Detailed Simulation of the Universe in History\n\nIt ran for a year.', [
        ['Most Detailed Simulation of the Universe in History', 'ORG'],
      ]),
    ).toEqual([]);
    expect(run("Related: 7 Strange Signs You're Having an Allergic Reaction", [['Strange Signs You', 'ORG']])).toEqual(
      [],
    );
  });

  it('keeps a headline organization that is a name on its own', () => {
    const text =
      'The findings were published in the journal BMJ Case Reports.\n\nThe 27 Oddest Medical Case Reports From NASA Labs';
    // the whole span is tagged in plain text, or the gazetteer knows it, or it holds a head word
    expect(
      run(text, [
        ['BMJ Case Reports', 'ORG'],
        ['Case Reports', 'ORG'],
        ['NASA', 'ORG'],
      ]),
    ).toEqual(['BMJ Case Reports/ORG', 'NASA/ORG']);
    expect(run('The 27 Oddest Medical Case Reports From Acme Labs', [['Acme Labs', 'ORG']])).toEqual(['Acme Labs/ORG']);
    // no ordinary word in it: a name the rule cannot judge
    expect(run('Just Created Strange Signs With IllustrisTNG Today', [['IllustrisTNG', 'ORG']])).toEqual([
      'IllustrisTNG/ORG',
    ]);
  });

  it('drops a one-word headline organization the article writes in lowercase', () => {
    expect(
      run('Related: The 15 Weirdest Galaxies in Our Universe\n\nHow did the universe begin?', [['Universe', 'ORG']]),
    ).toEqual([]);
  });

  it('reads a short line that is no sentence as a headline, unless it holds a number', () => {
    expect(run('Strange Signs History\n\nIt ran for a year.', [['Strange Signs History', 'ORG']])).toEqual([]);
    expect(run('Strange Signs History 3 1\n\nIt ran for a year.', [['Strange Signs History', 'ORG']])).toEqual([
      'Strange Signs History/ORG',
    ]);
    expect(run('He joined Strange Signs History.', [['Strange Signs History', 'ORG']])).toEqual([
      'Strange Signs History/ORG',
    ]);
  });

  it('leaves plain sentences, short sentences around a long name, and other types alone', () => {
    expect(run('The signs were strange, said Case Reports.', [['Case Reports', 'ORG']])).toEqual(['Case Reports/ORG']);
    expect(run('It is part of the Detailed Simulation Universe.', [['Detailed Simulation Universe', 'ORG']])).toEqual([
      'Detailed Simulation Universe/ORG',
    ]);
    expect(run('Physicists Just Created Strange Signs in History', [['Strange Signs', 'PER']])).toEqual([
      'Strange Signs/PER',
    ]);
  });
});
