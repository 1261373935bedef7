import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { mistypedPlaces } from './mistyped-places';

// bits as the model stores them: city 1, country 2, region 4, first name 8, org 16, common 32
const gazetteer: Gazetteer = {
  phrases: new Map([
    ['perth', 1],
    ['lincolnshire', 4],
    ['wigan', 1],
    ['barnsley', 1],
    ['birmingham', 1],
    ['new york', 1],
    ['magna', 1],
    ['mercedes', 1 | 8],
    ['liberal', 1 | 32],
    ['philippines', 2],
    ['texas', 4],
    ['scotland', 2],
    ['north', 8],
  ]),
  maxLen: 2,
  prefixes: new Set(['new']),
  clusters: new Map(),
};

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return mistypedPlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('mistypedPlaces', () => {
  it('gives a known place typed as an organization back to places in plain prose', () => {
    expect(run('Police said the fire started in the suburbs of Perth on Monday.', [['Perth', 'ORG']])).toEqual([
      'Perth/LOC',
    ]);
    expect(
      run('Aisby is a village in the English county of Lincolnshire, near Grantham.', [
        ['Aisby', 'LOC'],
        ['Lincolnshire', 'ORG'],
      ]),
    ).toEqual(['Aisby/LOC', 'Lincolnshire/LOC']);
  });

  it('gives back a compass word and a known place, a part of the place, outside sports copy', () => {
    expect(
      run('Heavy rain fell across North Texas and in Southern Scotland overnight.', [
        ['North Texas', 'ORG'],
        ['Southern Scotland', 'ORG'],
      ]),
    ).toEqual(['North Texas/LOC', 'Southern Scotland/LOC']);
    expect(run('North Perth beat the visitors with a late goal in the league.', [['North Perth', 'ORG']])).toEqual([
      'North Perth/ORG',
    ]);
  });

  it('leaves names in sports copy alone, by sentence and by article', () => {
    expect(run('Wigan beat the visitors with a late goal in the league.', [['Wigan', 'ORG']])).toEqual(['Wigan/ORG']);
    const article =
      'The striker scored twice. The coach praised the fans after the match. ' +
      'Their league rivals lost again. The team flew home from Perth on Sunday.';
    expect(run(article, [['Perth', 'ORG']])).toEqual(['Perth/ORG']);
  });

  it('leaves tables, results rows, fixture lists and pieces of longer names alone', () => {
    expect(run('Wigan 42 Bradford 36', [['Wigan', 'ORG']])).toEqual(['Wigan/ORG']);
    expect(
      run('Postponed: Birmingham v Barnsley, it was said.', [
        ['Birmingham', 'ORG'],
        ['Barnsley', 'ORG'],
      ]),
    ).toEqual(['Birmingham/ORG', 'Barnsley/ORG']);
    expect(run('KANSAS CITY AT PERTH', [['PERTH', 'ORG']])).toEqual(['PERTH/ORG']);
    expect(run('The goals came from Anto Drobnjak ( Perth ) and others.', [['Perth', 'ORG']])).toEqual(['Perth/ORG']);
    expect(run('Call the New York Energy Desk for prices.', [['New York', 'ORG']])).toEqual(['New York/ORG']);
  });

  it('leaves a name the page makes an organization: its context, a company named after it, an "of" tail', () => {
    expect(
      run('A Perth spokesman declined to comment, and shares of Perth fell.', [
        ['Perth', 'ORG'],
        ['Perth', 'ORG'],
      ]),
    ).toEqual(['Perth/ORG', 'Perth/ORG']);
    expect(
      run('Magna International Inc agreed to buy it, and Magna was up in trading.', [
        ['Magna International Inc', 'ORG'],
        ['Magna', 'ORG'],
      ]),
    ).toEqual(['Magna International Inc/ORG', 'Magna/ORG']);
    expect(
      run('It was reported by the United Coconut Associations of the Philippines on Monday.', [
        ['United Coconut Associations', 'ORG'],
        ['Philippines', 'ORG'],
      ]),
    ).toEqual(['United Coconut Associations/ORG', 'Philippines/ORG']);
  });

  it("leaves people's names and ordinary words alone; other types are untouched", () => {
    expect(run('We thank Mercedes for her work on the case.', [['Mercedes', 'ORG']])).toEqual(['Mercedes/ORG']);
    expect(
      run('Gov. Rick Perth spoke, and later Perth said the plan was fine.', [
        ['Rick Perth', 'PER'],
        ['Perth', 'ORG'],
      ]),
    ).toEqual(['Rick Perth/PER', 'Perth/ORG']);
    expect(run('He sat with the Liberal caucus for years.', [['Liberal', 'ORG']])).toEqual(['Liberal/ORG']);
    expect(run('Car kills two trying to avoid Texas drag race.', [['Texas', 'PER']])).toEqual(['Texas/PER']);
  });

  it('gives back a name the gazetteer does not know when it stands in a place slot', () => {
    expect(
      run('Trains ran until 1926, when the town of Bridgton began to save the line.', [['Bridgton', 'ORG']]),
    ).toEqual(['Bridgton/LOC']);
    expect(
      run('The store opened in Tilst, a suburb of Aarhus, in 1970.', [
        ['Tilst', 'LOC'],
        ['Aarhus', 'ORG'],
      ]),
    ).toEqual(['Tilst/LOC', 'Aarhus/LOC']);
    expect(
      run('The crash over Lockerbie, Scotland, killed everyone.', [
        ['Lockerbie', 'ORG'],
        ['Scotland', 'LOC'],
      ]),
    ).toEqual(['Lockerbie/LOC', 'Scotland/LOC']);
    expect(run('Heydour is a small village with a church.', [['Heydour', 'ORG']])).toEqual(['Heydour/LOC']);
    expect(run('The office is near Bexton and the river.', [['Bexton', 'ORG']])).toEqual(['Bexton/LOC']);
  });

  it('keeps an organization in a place slot: an organization head, no slot, an organization context', () => {
    expect(
      run('She studied at the University of Bexton, Lincolnshire, for years.', [
        ['University of Bexton', 'ORG'],
        ['Lincolnshire', 'LOC'],
      ]),
    ).toEqual(['University of Bexton/ORG', 'Lincolnshire/LOC']);
    expect(run('He said Bexton would appeal the ruling.', [['Bexton', 'ORG']])).toEqual(['Bexton/ORG']);
    expect(
      run('The startup Bexton is a company based near Bexton Hall.', [
        ['Bexton', 'ORG'],
        ['Bexton Hall', 'LOC'],
      ]),
    ).toEqual(['Bexton/ORG', 'Bexton Hall/LOC']);
  });

  it("gives back a person span in a place slot, never a first name, a full name's surname or a line-up", () => {
    expect(run('Boultham is a village near the river.', [['Boultham', 'PER']])).toEqual(['Boultham/LOC']);
    expect(
      run('They were based at Debden, Scotland, in 1943.', [
        ['Debden', 'PER'],
        ['Scotland', 'LOC'],
      ]),
    ).toEqual(['Debden/LOC', 'Scotland/LOC']);
    expect(
      run('The side: Bellamy, Perth.', [
        ['Bellamy', 'PER'],
        ['Perth', 'PER'],
      ]),
    ).toEqual(['Bellamy/PER', 'Perth/PER']);
    expect(run('Mercedes is a nurse in the town.', [['Mercedes', 'PER']])).toEqual(['Mercedes/PER']);
    expect(
      run('Anna Boultham spoke, and Boultham is a town councillor.', [
        ['Anna Boultham', 'PER'],
        ['Boultham', 'PER'],
      ]),
    ).toEqual(['Anna Boultham/PER', 'Boultham/PER']);
  });
});
