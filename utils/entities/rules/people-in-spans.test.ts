import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { peopleInSpans } from './people-in-spans';

// lists in GAZ_CATEGORIES order: city, country, region, first, org, common
const gazetteer = buildGazetteer([
  ['jackson', 'san diego', 'taylor'],
  ['ukraine'],
  [],
  ['john', 'gordon', 'marie', 'emily', 'bill', 'buddy', 'walt', 'jackson', 'taylor', 'ford', 'red', 'diego', 'ben'],
  ['ford'],
  ['bill', 'rich', 'red', 'star', 'hole', 'swift', 'focus', 'trader'],
]);

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return peopleInSpans(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('peopleInSpans: a person at the end of an organization or place span', () => {
  it('cuts the name after an office title, dropping the title and the words that qualify it', () => {
    expect(
      run('He was told by National Security Adviser John Bolton to go.', [
        ['National Security Adviser John Bolton', 'ORG'],
      ]),
    ).toEqual(['John Bolton/PER']);
    // an ordinary first name counts after a title
    expect(run('Opposition Leader Bill Shorten said so.', [['Opposition Leader Bill Shorten', 'ORG']])).toEqual([
      'Bill Shorten/PER',
    ]);
  });

  it('keeps an organization before the title', () => {
    expect(run('Labour Party Leader John Smith spoke.', [['Labour Party Leader John Smith', 'ORG']])).toEqual([
      'Labour Party/ORG',
      'John Smith/PER',
    ]);
  });

  it('cuts at a possessive, an organization head or a known place', () => {
    expect(run("The BBC's Emily Maitlis asked.", [["BBC's Emily Maitlis", 'ORG']])).toEqual([
      'BBC/ORG',
      'Emily Maitlis/PER',
    ]);
    expect(
      run('Ambassador to the European Union Gordon Sondland spoke.', [['European Union Gordon Sondland', 'ORG']]),
    ).toEqual(['European Union/ORG', 'Gordon Sondland/PER']);
    expect(
      run('The ambassador to the Ukraine Marie Yovanovitch testified.', [['Ukraine Marie Yovanovitch', 'ORG']]),
    ).toEqual(['Ukraine/LOC', 'Marie Yovanovitch/PER']);
  });

  it('does not cut a place that goes on over the first name, nor a team', () => {
    expect(run('The San Diego Padres won.', [['San Diego Padres', 'ORG']])).toEqual(['San Diego Padres/ORG']);
    expect(run('The Boston Red Star won.', [['Boston Red Star', 'ORG']])).toEqual(['Boston Red Star/ORG']);
  });
});

describe('peopleInSpans: full names typed as organizations or places', () => {
  it('types a name opening on a first name as a person', () => {
    expect(run('Carter was mesmerized by Buddy Rich on stage.', [['Buddy Rich', 'ORG']])).toEqual(['Buddy Rich/PER']);
    expect(run('Ben Player left.', [['Ben Player', 'LOC']])).toEqual(['Ben Player/PER']);
  });

  it('leaves a name the page gives an organization cue, or one ending on a head', () => {
    expect(
      run('Walt Disney said. Walt Disney Co. rose.', [
        ['Walt Disney', 'ORG'],
        ['Walt Disney Co.', 'ORG'],
      ]),
    ).toEqual(['Walt Disney/ORG', 'Walt Disney Co./ORG']);
    expect(run('They met at Buddy Rich Park.', [['Buddy Rich Park', 'LOC']])).toEqual(['Buddy Rich Park/LOC']);
  });

  it('leaves first names that are ordinary words, brands or places before an ordinary word, and plurals', () => {
    expect(
      run('Red Star won. A used Ford Focus. At Jackson Hole. Taylor Swift sang. The Buddy Traders met.', [
        ['Red Star', 'ORG'],
        ['Ford Focus', 'ORG'],
        ['Jackson Hole', 'ORG'],
        ['Taylor Swift', 'ORG'],
        ['Buddy Traders', 'ORG'],
      ]),
    ).toEqual(['Red Star/ORG', 'Ford Focus/ORG', 'Jackson Hole/ORG', 'Taylor Swift/ORG', 'Buddy Traders/ORG']);
  });

  it('types a name after a lowercase office title as a person', () => {
    expect(run('Chinese vice-premier Liu He met Trump.', [['Liu He', 'ORG']])).toEqual(['Liu He/PER']);
    expect(run('Chinese vice-premier Liu Bank met Trump.', [['Liu Bank', 'ORG']])).toEqual(['Liu Bank/ORG']);
  });
});

describe('peopleInSpans: one MISC word', () => {
  it('is a person before a speech verb or after a capitalized title', () => {
    expect(run('"So?" Schiff asked.', [['Schiff', 'MISC']])).toEqual(['Schiff/PER']);
    expect(run('Vice President Pence on Monday.', [['Pence', 'MISC']])).toEqual(['Pence/PER']);
  });

  it('is left when a nationality, a plural, a hyphenated word or lowercase title', () => {
    expect(
      run('Russian said. Democrats said. St. Louis-based firms. the president Pence.', [
        ['Russian', 'MISC'],
        ['Democrats', 'MISC'],
        ['Louis-based', 'MISC'],
        ['Pence', 'MISC'],
      ]),
    ).toEqual(['Russian/MISC', 'Democrats/MISC', 'Louis-based/MISC', 'Pence/MISC']);
  });
});
