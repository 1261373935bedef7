import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { organizationNameRuns } from './org-name-runs';

const lists: Record<string, string[]> = {
  city: ['houston', 'st. louis', 'moscow'],
  country: ['russia'],
  region: [],
  first: ['john'],
  org: ['google'],
  common: ['medicine', 'security', 'intelligence', 'children', 'food', 'research', 'poverty', 'power', 'civilian'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return organizationNameRuns(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('organizationNameRuns', () => {
  it('goes on past "a" or "an" after "for", as past "the"', () => {
    expect(
      run('said the head of the Committee for a Responsible Federal Budget. He voted for a Republican.', [
        ['Responsible Federal Budget', 'ORG'],
        ['Republican', 'MISC'],
      ]),
    ).toEqual(['Committee for a Responsible Federal Budget/ORG', 'Republican/MISC']);
  });

  it('mends a name split after its head over "of", "for", "on", "to" and a closing field list', () => {
    expect(
      run('It is published in the New England Journal of Medicine this week.', [
        ['New England Journal', 'ORG'],
        ['Medicine', 'PER'],
      ]),
    ).toEqual(['New England Journal of Medicine/ORG']);
    expect(
      run('He spoke at the American Academy of Allergy, Asthma and Immunology in Houston.', [
        ['American Academy of Allergy', 'ORG'],
        ['Immunology', 'ORG'],
        ['Houston', 'LOC'],
      ]),
    ).toEqual(['American Academy of Allergy, Asthma and Immunology/ORG', 'Houston/LOC']);
    expect(
      run('As the Joint Committee on Intelligence and Security has said.', [
        ['Joint Committee', 'ORG'],
        ['Intelligence and Security', 'ORG'],
      ]),
    ).toEqual(['Joint Committee on Intelligence and Security/ORG']);
    expect(
      run('She was patron of the National Society for the Prevention of Cruelty to Children then.', [
        ['National Society', 'ORG'],
        ['Prevention of Cruelty', 'ORG'],
      ]),
    ).toEqual(['National Society for the Prevention of Cruelty to Children/ORG']);
  });

  it('finds a name the tagger left untagged, from the capitalized words before its head', () => {
    expect(run("A report by Stanford's Center on Poverty and Inequality says so.", [])).toEqual([
      'Center on Poverty and Inequality/ORG',
    ]);
    expect(run('She directs the Center for Food and Allergy Research at a hospital.', [])).toEqual([
      'Center for Food and Allergy Research/ORG',
    ]);
    expect(run('The Committee on Human Rights met.', [])).toEqual(['Committee on Human Rights/ORG']);
  });

  it('stops at days, titles, people, second names and lowercase words', () => {
    expect(run('The Committee on Monday said no.', [])).toEqual([]);
    expect(
      run('The Department of Justice Secretary John Smith spoke.', [
        ['Department of Justice', 'ORG'],
        ['John Smith', 'PER'],
      ]),
    ).toEqual(['Department of Justice/ORG', 'John Smith/PER']);
    expect(
      run('The Department of Justice and Google agreed.', [
        ['Department of Justice', 'ORG'],
        ['Google', 'ORG'],
      ]),
    ).toEqual(['Department of Justice/ORG', 'Google/ORG']);
    expect(
      run('He played in the National Hockey League for the St. Louis Eagles.', [
        ['National Hockey League', 'ORG'],
        ['St. Louis Eagles', 'ORG'],
      ]),
    ).toEqual(['National Hockey League/ORG', 'St. Louis Eagles/ORG']);
    expect(
      run('Both the Agrarian Party of Russia and Civilian Power ran.', [
        ['Agrarian Party of Russia', 'ORG'],
        ['Civilian Power', 'ORG'],
      ]),
    ).toEqual(['Agrarian Party of Russia/ORG', 'Civilian Power/ORG']);
    expect(run('The Board of Trustees of the Society for Research met.', [['Board of Trustees', 'ORG']])).toEqual([
      'Board of Trustees/ORG',
      'Society for Research/ORG',
    ]);
  });

  it('stops before a compound title and a second body after "on"', () => {
    expect(
      run('It said Awami League of Prime Minister Sheikh Hasina won.', [
        ['Awami League', 'ORG'],
        ['Sheikh Hasina', 'PER'],
      ]),
    ).toEqual(['Awami League/ORG', 'Sheikh Hasina/PER']);
    expect(
      run('He told Parliament on the House Economics Committee that.', [
        ['Parliament', 'ORG'],
        ['House Economics Committee', 'ORG'],
      ]),
    ).toEqual(['Parliament/ORG', 'House Economics Committee/ORG']);
  });

  it('leaves awards, events and people alone', () => {
    expect(run('She won the Academy Award for Best Picture.', [['Academy Award', 'ORG']])).toEqual([
      'Academy Award/ORG',
    ]);
    expect(run('The World Conference on Women opened.', [['World Conference', 'MISC']])).toEqual([
      'World Conference/MISC',
    ]);
    expect(run('Then Academy of Medicine agreed.', [['Academy', 'PER']])).toEqual(['Academy/PER']);
  });
});
