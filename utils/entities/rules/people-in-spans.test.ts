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
  ['bill', 'rich', 'red', 'star', 'hole', 'swift', 'focus', 'trader', 'brother', 'pence', 'meeting', 'clean'],
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

describe('peopleInSpans: names after a lowercase office title', () => {
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

  it('is a person before "administration"', () => {
    expect(run('Biden administration officials said so.', [['Biden', 'MISC']])).toEqual(['Biden/PER']);
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

describe('peopleInSpans: organizations typed as people', () => {
  it('types "the X Brothers" as an organization, not a surname ending in s without "the"', () => {
    expect(
      run('The Doobie Brothers are still touring. Bobby Traders spoke.', [
        ['Doobie Brothers', 'PER'],
        ['Bobby Traders', 'PER'],
      ]),
    ).toEqual(['Doobie Brothers/ORG', 'Bobby Traders/PER']);
  });

  it('grows a person followed by a capitalized ensemble word into the band', () => {
    expect(
      run('Dave Matthews Band takes over. Dave Matthews band members.', [
        ['Dave Matthews', 'PER'],
        ['Dave Matthews', 'PER'],
      ]),
    ).toEqual(['Dave Matthews Band/ORG', 'Dave Matthews/PER']);
  });

  it('types a one-word name that opens a page organization as that organization', () => {
    expect(
      run("NASA's Goddard Space Flight Center led it, Goddard scientist Avi Mandell said.", [
        ['NASA', 'ORG'],
        ['Goddard Space Flight Center', 'ORG'],
        ['Goddard', 'PER'],
        ['Avi Mandell', 'PER'],
      ]),
    ).toEqual(['NASA/ORG', 'Goddard Space Flight Center/ORG', 'Goddard/ORG', 'Avi Mandell/PER']);
  });

  it('leaves the surname of a page person, and a name after a title', () => {
    expect(
      run(
        'John Kennedy spoke at the Kennedy Center. Kennedy left. Miss Universe Pageant Committee met. Miss Universe won.',
        [
          ['John Kennedy', 'PER'],
          ['Kennedy Center', 'ORG'],
          ['Kennedy', 'PER'],
          ['Universe Pageant Committee', 'ORG'],
          ['Universe', 'PER'],
        ],
      ),
    ).toEqual([
      'John Kennedy/PER',
      'Kennedy Center/ORG',
      'Kennedy/PER',
      'Universe Pageant Committee/ORG',
      'Universe/PER',
    ]);
  });
});

describe('peopleInSpans: untagged names after a title', () => {
  it('marks one capitalized word after a capitalized title, an ordinary one only after an office', () => {
    expect(run('An aide to Vice President Pence on Monday left.', [])).toEqual(['Pence/PER']);
    expect(run('The Extraordinary General Meeting on Monday. A Mr Clean image.', [])).toEqual([]);
  });

  it('leaves a day, a name going on, a tagged word and a lowercase title', () => {
    expect(run('The Argus Leader Monday afternoon. President Joe Smith spoke. the president Zork spoke.', [])).toEqual(
      [],
    );
    expect(run('Senator Zork spoke.', [['Zork', 'ORG']])).toEqual(['Zork/ORG']);
  });
});

describe('peopleInSpans: players after their position in game notes', () => {
  it('drops the position after a colon and types the rest a person', () => {
    expect(run('Thunder: F Hamidou Diallo missed his third game.', [['F Hamidou Diallo', 'ORG']])).toEqual([
      'Hamidou Diallo/PER',
    ]);
  });

  it('leaves a span with no colon before, a lowercase position or a head word', () => {
    expect(
      run('Grade F Hamidou Diallo. Thunder: C Street Bank rose.', [
        ['F Hamidou Diallo', 'ORG'],
        ['C Street Bank', 'ORG'],
      ]),
    ).toEqual(['F Hamidou Diallo/ORG', 'C Street Bank/ORG']);
  });
});
