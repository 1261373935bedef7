import { describe, expect, it } from 'vitest';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { compassPlaces, placesOutOfOrganizations, ungluePlaces } from './place-glue';
import { tokenize } from '../tokenizer';

// "pollution", "gas" and "prices" are ordinary words (the model's common list here).
const lists: Record<string, string[]> = {
  city: ['delhi', 'dallas', 'sydney', 'mexico city', 'el paso', 'new york', 'manchester'],
  country: ['mexico'],
  region: [],
  first: ['sydney', 'grace'],
  org: [],
  common: ['pollution', 'gas', 'prices', 'grace', 'police', 'energy', 'post', 'united', 'also'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>, pass = ungluePlaces): string[] {
  const tokens = tokenize(text);
  const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), gazetteer };
  return pass(markedSpans(text, tokens, marks), ctx).map((s) => `${s.type} ${spanSurface(text, tokens, s)}`);
}

describe('ungluePlaces', () => {
  it('cuts a known place off the ordinary words glued after it', () => {
    expect(
      run('Delhi Pollution. Dallas Gas Prices rise.', [
        ['Delhi Pollution', 'PER'],
        ['Dallas Gas Prices', 'LOC'],
      ]),
    ).toEqual(['LOC Delhi', 'LOC Dallas']);
  });

  it('keeps names known whole, first names, kinds of place, head words, other words, organizations', () => {
    const text =
      'In Mexico City, Sydney Gas met Delhi Grace by Dallas Hospital, Delhi Smith, The Delhi Pollution and the Delhi Police.';
    const marks: Array<[string, string]> = [
      ['Mexico City', 'LOC'],
      ['Sydney Gas', 'PER'],
      ['Delhi Grace', 'PER'],
      ['Dallas Hospital', 'LOC'],
      ['Delhi Smith', 'PER'],
      ['Delhi Pollution', 'PER'],
      ['Delhi Police', 'ORG'],
    ];
    expect(run(text, marks)).toEqual(marks.map(([s, t]) => `${t} ${s}`));
  });
});

describe('compassPlaces', () => {
  it('retypes a person span of a compass word and a known place as a place', () => {
    const text = 'In North Mexico and Southern Dallas, North Smith met Eastern Delhi Pollution.';
    const tokens = tokenize(text);
    const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), gazetteer };
    const spans = markedSpans(text, tokens, [
      ['North Mexico', 'PER'],
      ['Southern Dallas', 'PER'],
      ['North Smith', 'PER'],
      ['Eastern Delhi Pollution', 'PER'],
    ]);
    expect(compassPlaces(spans, ctx).map((s) => s.type)).toEqual(['LOC', 'LOC', 'PER', 'PER']);
  });
});

describe('placesOutOfOrganizations', () => {
  it('gives back a known place after "in" at the end of an organization span', () => {
    const text = 'The Force Headquarters in Delhi, the Bank in Sydney, the Club in Ruritania and Delhi Gas in Mexico.';
    const tokens = tokenize(text);
    const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), gazetteer };
    const spans = markedSpans(text, tokens, [
      ['Force Headquarters in Delhi', 'ORG'],
      ['Bank in Sydney', 'ORG'],
      ['Club in Ruritania', 'ORG'],
      ['Delhi Gas in Mexico', 'LOC'],
    ]);
    expect(placesOutOfOrganizations(spans, ctx).map((s) => `${s.type} ${spanSurface(text, tokens, s)}`)).toEqual([
      'ORG Force Headquarters',
      'LOC Delhi',
      'ORG Bank in Sydney',
      'ORG Club in Ruritania',
      'LOC Delhi Gas in Mexico',
    ]);
  });
});

describe('placesOutOfOrganizations and acronyms', () => {
  it('keeps a name whole when the acronym after it spells every capitalized word, the place too', () => {
    const text =
      'The Organisation for Security in Mexico (OSM) met the Bank in Sydney (BIS) and the Force in Delhi (FO).';
    const marks: Array<[string, string]> = [
      ['Organisation for Security in Mexico', 'ORG'],
      ['Bank in Sydney', 'ORG'],
      ['Force in Delhi', 'ORG'],
    ];
    expect(run(text, marks, placesOutOfOrganizations)).toEqual([
      'ORG Organisation for Security in Mexico',
      'ORG Bank in Sydney',
      'ORG Force',
      'LOC Delhi',
    ]);
  });
});

describe('ungluePlaces and organizations named after their place', () => {
  it('keeps a company, newspaper or team head with the place before it, as the organization', () => {
    const text = 'He joined El Paso Energy. In 1968 New York Post Also ran it. MANCHESTER UNITED won.';
    const marks: Array<[string, string]> = [
      ['El Paso Energy', 'LOC'],
      ['New York Post Also', 'LOC'],
      ['MANCHESTER UNITED', 'PER'],
    ];
    expect(run(text, marks)).toEqual(['ORG El Paso Energy', 'ORG New York Post', 'ORG MANCHESTER UNITED']);
  });

  it('still cuts the place off ordinary words that are no such head', () => {
    expect(run('Dallas Gas Prices rise.', [['Dallas Gas Prices', 'LOC']])).toEqual(['LOC Dallas']);
  });
});

describe('ungluePlaces and plural kinds of place', () => {
  it('keeps "Counties" with the place it names', () => {
    expect(run('Delhi and Dallas Counties voted.', [['Dallas Counties', 'LOC']])).toEqual(['LOC Dallas Counties']);
  });
});
