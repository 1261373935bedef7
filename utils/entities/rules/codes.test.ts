import { describe, expect, it } from 'vitest';
import { dropCodes } from './codes';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { tokenize } from '../tokenizer';

const lists: Record<string, string[]> = {
  city: [],
  country: [],
  region: [],
  first: [],
  org: ['nba', 'aseans', 'pga'],
  common: [],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** Runs dropCodes over `text` with the given surfaces tagged; returns the surviving [surface, type] pairs. */
function run(text: string, marks: Array<[string, string]>): Array<[string, string]> {
  const tokens = tokenize(text);
  const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), gazetteer };
  const spans = markedSpans(text, tokens, marks);
  return dropCodes(spans, ctx).map((s) => [spanSurface(text, tokens, s), s.type]);
}

describe('dropCodes', () => {
  it('drops a one-word span of an acronym Wikipedia uses as a common noun, not a name or a longer span', () => {
    const text = 'The CEO said GDP grew and LCD prices fell, NATO and the PGA said; the LCD Soundsystem played.';
    expect(
      run(text, [
        ['CEO', 'ORG'],
        ['GDP', 'LOC'],
        ['LCD', 'ORG'],
        ['NATO', 'ORG'],
        ['PGA', 'ORG'],
        ['LCD Soundsystem', 'ORG'],
      ]),
    ).toEqual([
      ['NATO', 'ORG'],
      ['PGA', 'ORG'],
      ['LCD Soundsystem', 'ORG'],
    ]);
  });

  it('keeps a common acronym that a longer span on the page spells by its initials', () => {
    const text = 'Lawmakers from the Pakistan Peoples Party walked out. The PPP said GDP fell.';
    expect(
      run(text, [
        ['Pakistan Peoples Party', 'ORG'],
        ['PPP', 'ORG'],
        ['GDP', 'ORG'],
      ]),
    ).toEqual([
      ['Pakistan Peoples Party', 'ORG'],
      ['PPP', 'ORG'],
    ]);
  });

  it('drops an acronym the page writes in the plural or as "a X" ending its noun phrase', () => {
    const text =
      'The SSD was swapped after two SSDs failed. He bought a VCR and the VCR broke. An FBI agent said the FBI knew.';
    expect(
      run(text, [
        ['SSD', 'ORG'],
        ['VCR', 'ORG'],
        ['FBI', 'ORG'],
        ['FBI', 'ORG'],
      ]),
    ).toEqual([
      ['FBI', 'ORG'],
      ['FBI', 'ORG'],
    ]);
  });

  it('drops instrument codes glued to a dot or an equals sign', () => {
    const text = 'the Dow Jones Industrial Average .DJI fell, the euro EUR= rose and notes US10YT=RR slipped.';
    expect(
      run(text, [
        ['Dow Jones Industrial Average', 'ORG'],
        ['DJI', 'ORG'],
        ['EUR', 'ORG'],
        ['RR', 'ORG'],
      ]),
    ).toEqual([['Dow Jones Industrial Average', 'ORG']]);
  });

  it('drops a ticker after an exchange and types the name before it an organization', () => {
    const text = 'Shares of WeWork (NYSE: WE) fell.';
    expect(
      run(text, [
        ['WeWork', 'PER'],
        ['WE', 'ORG'],
      ]),
    ).toEqual([['WeWork', 'ORG']]);
  });

  it('drops units and stats after a number, but not a known name', () => {
    const text = 'capacity of 8.69 GW in 2017. He had 2 QH and won 3 NBA titles in Chicago.';
    expect(
      run(text, [
        ['GW', 'ORG'],
        ['QH', 'ORG'],
        ['NBA', 'ORG'],
        ['Chicago', 'LOC'],
      ]),
    ).toEqual([
      ['NBA', 'ORG'],
      ['Chicago', 'LOC'],
    ]);
  });

  it('drops plurals of capitals, common nouns, unless the gazetteer knows the word', () => {
    expect(
      run('Those CEOs should say so; he avoids PDAs. The ASEANs and the NBA agreed with HSBC.', [
        ['CEOs', 'PER'],
        ['PDAs', 'ORG'],
        ['ASEANs', 'ORG'],
        ['NBA', 'ORG'],
        ['HSBC', 'ORG'],
      ]),
    ).toEqual([
      ['ASEANs', 'ORG'],
      ['NBA', 'ORG'],
      ['HSBC', 'ORG'],
    ]);
  });

  it('keeps capitals that stand as names', () => {
    const text = 'The UN said IBM and NASA would help.';
    expect(
      run(text, [
        ['UN', 'ORG'],
        ['IBM', 'ORG'],
        ['NASA', 'ORG'],
      ]),
    ).toHaveLength(3);
  });
});
