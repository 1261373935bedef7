import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { sportsTeams } from './sports-teams';

// bits as the model stores them: city 1, country 2, region 4, first name 8
const gazetteer: Gazetteer = {
  phrases: new Map([
    ['chelsea', 1 | 8],
    ['newcastle', 1],
    ['belgium', 2],
    ['seattle', 1],
  ]),
  maxLen: 1,
  prefixes: new Set(),
  clusters: new Map(),
};

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return sportsTeams(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('sportsTeams', () => {
  it('retypes a name in a team slot of a sports sentence', () => {
    expect(run('Spurs drew with West Ham 2-2 on Saturday.', [['West Ham', 'LOC']])).toEqual(['West Ham/ORG']);
    expect(run('The striker joined Newcastle for a record fee.', [['Newcastle', 'LOC']])).toEqual(['Newcastle/ORG']);
    expect(
      run('Fans cheered as Leeds beat Burnley in the league.', [
        ['Leeds', 'LOC'],
        ['Burnley', 'LOC'],
      ]),
    ).toEqual(['Leeds/LOC', 'Burnley/ORG']);
  });

  it('reads where a player plays and a fixture with its article', () => {
    expect(run('He played 26 games for Lausanne before his transfer.', [['Lausanne', 'LOC']])).toEqual([
      'Lausanne/ORG',
    ]);
    expect(
      run('The Cardinals beat the Colorado 7-4.', [
        ['Cardinals', 'ORG'],
        ['Colorado', 'LOC'],
      ]),
    ).toEqual(['Cardinals/ORG', 'Colorado/ORG']);
  });

  it('reads a kind of side before a team and the table around it', () => {
    expect(run('First division team Deportivo Coruna lost the match.', [['Deportivo Coruna', 'PER']])).toEqual([
      'Deportivo Coruna/ORG',
    ]);
    expect(
      run('Rotor lie three points behind Alania in the league.', [
        ['Rotor', 'ORG'],
        ['Alania', 'LOC'],
      ]),
    ).toEqual(['Rotor/ORG', 'Alania/ORG']);
    expect(run('He thanked the fans of Philadelphia after the game.', [['Philadelphia', 'LOC']])).toEqual([
      'Philadelphia/ORG',
    ]);
  });

  it('fills a slot with the names joined to its name by "and"', () => {
    expect(
      run('The coach saw the former Blackburn and Southampton skipper as captain.', [
        ['Blackburn', 'LOC'],
        ['Southampton', 'LOC'],
      ]),
    ).toEqual(['Blackburn/ORG', 'Southampton/ORG']);
    expect(
      run('Leeds beat Wigan and Burnley in the league.', [
        ['Leeds', 'LOC'],
        ['Wigan', 'LOC'],
        ['Burnley', 'LOC'],
      ]),
    ).toEqual(['Leeds/LOC', 'Wigan/ORG', 'Burnley/ORG']);
  });

  it('leaves the same slot words alone outside sports copy', () => {
    expect(run('The senator lost to Smith in the primary.', [['Smith', 'PER']])).toEqual(['Smith/PER']);
    expect(run('She joined Newcastle council in May.', [['Newcastle', 'LOC']])).toEqual(['Newcastle/LOC']);
  });

  it('carries a team to the same name in other sports sentences, never to a place in other copy', () => {
    expect(
      run(
        'He managed Porto, Inter and Chelsea. He won two league titles in charge of Chelsea. He lives in Chelsea, London.',
        [
          ['Porto', 'ORG'],
          ['Inter', 'ORG'],
          ['Chelsea', 'ORG'],
          ['Chelsea', 'PER'],
          ['Chelsea', 'LOC'],
          ['London', 'LOC'],
        ],
      ),
    ).toEqual(['Porto/ORG', 'Inter/ORG', 'Chelsea/ORG', 'Chelsea/ORG', 'Chelsea/LOC', 'London/LOC']);
  });

  it('in an article of sports copy, a slot needs no sports word of its own', () => {
    const text =
      'The manager was sacked after a poor season. The club said the coach leaves. The squad scored twice in the league. His first game in charge will be away to West Ham.';
    expect(run(text, [['West Ham', 'LOC']])).toEqual(['West Ham/ORG']);
  });

  it('keeps people, countries and places after "in"', () => {
    expect(
      run('Andre Agassi beat Pete Sampras 6-3 6-4. Agassi beat Sampras again in the final.', [
        ['Andre Agassi', 'PER'],
        ['Pete Sampras', 'PER'],
        ['Agassi', 'PER'],
        ['Sampras', 'PER'],
      ]),
    ).toEqual(['Andre Agassi/PER', 'Pete Sampras/PER', 'Agassi/PER', 'Sampras/PER']);
    expect(run('Eyles defeated Jansher in the semifinals.', [['Jansher', 'PER']])).toEqual(['Jansher/PER']);
    expect(
      run('Belgium beat Turkey 2-1 in a World Cup qualifier.', [
        ['Belgium', 'LOC'],
        ['Turkey', 'LOC'],
      ]),
    ).toEqual(['Belgium/LOC', 'Turkey/LOC']);
    expect(
      run('Seattle beat Boston 5-2. In Seattle, the Mariners won 5-2.', [
        ['Seattle', 'ORG'],
        ['Boston', 'LOC'],
        ['Seattle', 'LOC'],
        ['Mariners', 'ORG'],
      ]),
    ).toEqual(['Seattle/ORG', 'Boston/ORG', 'Seattle/LOC', 'Mariners/ORG']);
  });

  it('retypes a club read as a person named in full, but not a player named so', () => {
    const people: Gazetteer = {
      ...gazetteer,
      phrases: new Map([
        ['west', 8 | 32],
        ['andre', 8],
      ]),
    };
    const run2 = (text: string, marks: Array<[string, string]>) => {
      const ctx = spanContext(text, people);
      return sportsTeams(markedSpans(text, ctx.tokens, marks), ctx).map(
        (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
      );
    };
    expect(
      run2('Manchester City beat West Ham 2-0.', [
        ['Manchester City', 'ORG'],
        ['West Ham', 'PER'],
      ]),
    ).toEqual(['Manchester City/ORG', 'West Ham/ORG']);
    expect(
      run2('Graf beat Andre Agassi 6-3.', [
        ['Graf', 'PER'],
        ['Andre Agassi', 'PER'],
      ]),
    ).toEqual(['Graf/PER', 'Andre Agassi/PER']);
    expect(
      run2('Paulus won 6-2 6-1 in a victory over Yi Jing-Qian of China.', [
        ['Yi Jing-Qian', 'PER'],
        ['China', 'LOC'],
      ]),
    ).toEqual(['Yi Jing-Qian/PER', 'China/LOC']);
    expect(
      run2('Martina Hingis beat Naoko Kijimuta ( Japan ) 6-2.', [
        ['Martina Hingis', 'PER'],
        ['Naoko Kijimuta', 'PER'],
        ['Japan', 'LOC'],
      ]),
    ).toEqual(['Martina Hingis/PER', 'Naoko Kijimuta/PER', 'Japan/LOC']);
  });

  it("reads a team's people after its name", () => {
    expect(
      run("The Chelsea manager and Everton's striker scored.", [
        ['Chelsea', 'PER'],
        ['Everton', 'LOC'],
      ]),
    ).toEqual(['Chelsea/PER', 'Everton/ORG']);
  });
});
