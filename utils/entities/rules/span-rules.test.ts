import { describe, expect, it } from 'vitest';
import { buildContext } from '../features';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import type { TokenSpan } from '../spans';
import {
  cutAtLowercase,
  datelinePlaces,
  facilityPlaces,
  knownPlacesNotPeople,
  titlesOutOfNames,
  joinKnownPlaces,
  joinOrganizations,
  repairSpans,
  trimEdges,
} from './span-rules';
import { splitSentences, tokenize } from '../tokenizer';

// A small gazetteer: the rules read its place and common-word lists.
const lists: Record<string, string[]> = {
  city: ['khan younis', 'jackson'],
  country: ['united arab emirates', 'united states', 'gaza'],
  region: [],
  first: ['nadia'],
  org: [],
  common: ['gas', 'electric', 'arts', 'sciences', 'bar', 'key', 'escape', 'touch', 'apple'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function setup(text: string) {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const ctx = buildContext(tokens, sentences);
  return { tokens, folded: tokens.map((t) => fold(t.text)), sentences, sentenceOf: ctx.sentenceOf, gazetteer };
}
/** Spans given as [surface, type]: each surface's first occurrence, as token indices. */
function at(ctx: ReturnType<typeof setup>, text: string, marks: Array<[string, string]>): TokenSpan[] {
  return marks.map(([s, type]) => {
    const c = text.indexOf(s);
    const start = ctx.tokens.findIndex((t) => t.start === c);
    const end = ctx.tokens.findIndex((t) => t.end === c + s.length) + 1;
    expect(start >= 0 && end > start).toBe(true);
    return { start, end, type };
  });
}
const show = (ctx: ReturnType<typeof setup>, text: string, spans: TokenSpan[]) =>
  spans.map((s) => `${text.slice(ctx.tokens[s.start]!.start, ctx.tokens[s.end - 1]!.end)}/${s.type}`);

describe('span edges', () => {
  it('no span starts or ends on punctuation or quotes', () => {
    const text = 'The Dreamliner, he said, reached “Cherry Creek” on Monday.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['Dreamliner,', 'ORG'],
      ['“Cherry Creek”', 'LOC'],
    ]);
    expect(show(ctx, text, trimEdges(spans, ctx))).toEqual(['Dreamliner/ORG', 'Cherry Creek/LOC']);
  });

  it('an organization sheds lowercase and connector edges; a person keeps a leading particle', () => {
    const text = 'He won at the American Music Awards and The judge Bill de Blasio agreed.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['at the American Music Awards and The', 'ORG'],
      ['de Blasio', 'PER'],
    ]);
    expect(show(ctx, text, trimEdges(spans, ctx))).toEqual(['American Music Awards/ORG', 'de Blasio/PER']);
  });

  it('a person or place never opens on a joining particle ("of", "on", "upon")', () => {
    const text = 'She is the CEO of Hotelied and lives on Skye upon Avon.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['of Hotelied', 'PER'],
      ['on Skye', 'LOC'],
      ['upon Avon', 'LOC'],
    ]);
    expect(show(ctx, text, trimEdges(spans, ctx))).toEqual(['Hotelied/PER', 'Skye/LOC', 'Avon/LOC']);
  });

  it('a person or place never opens on a word that opens a clause; an organization or a work may', () => {
    const text = 'A Washington icon spoke. Like Walmart, it cut prices. A Better Chance and A Tale of Two Cities.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['A Washington', 'LOC'],
      ['Like Walmart', 'PER'],
      ['A Better Chance', 'ORG'],
      ['A Tale of Two Cities', 'MISC'],
    ]);
    expect(show(ctx, text, trimEdges(spans, ctx))).toEqual([
      'Washington/LOC',
      'Walmart/PER',
      'A Better Chance/ORG',
      'A Tale of Two Cities/MISC',
    ]);
  });
});

describe('lowercase words inside spans', () => {
  it('cuts a person at an ordinary lowercase word, keeps organization connectors', () => {
    const text = 'Louisiana Democrats re-elected Governor John Bel Edwards at the Bank of America.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['Louisiana Democrats re-elected Governor John', 'PER'],
      ['Bank of America', 'ORG'],
    ]);
    expect(show(ctx, text, cutAtLowercase(spans, ctx))).toEqual([
      'Louisiana Democrats/PER',
      'Governor John/PER',
      'Bank of America/ORG',
    ]);
  });
});

describe('organizations over and, &, of, for', () => {
  it('joins the rest of a name written in ordinary words after "and"', () => {
    const text = 'Pacific Gas and Electric cut power.';
    const ctx = setup(text);
    const out = joinOrganizations(at(ctx, text, [['Pacific Gas', 'ORG']]), ctx);
    expect(show(ctx, text, out)).toEqual(['Pacific Gas and Electric/ORG']);
  });

  it('never joins two names over "and", nor a span typed otherwise', () => {
    const text = 'Pacific Gas and Apple Computer met. The Touch Bar and Escape Key stay.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['Pacific Gas', 'ORG'],
      ['Touch Bar', 'ORG'],
      ['Escape Key', 'LOC'],
    ]);
    expect(show(ctx, text, joinOrganizations(spans, ctx))).toEqual([
      'Pacific Gas/ORG',
      'Touch Bar/ORG',
      'Escape Key/LOC',
    ]);
  });

  it('continues a head word over "of"/"for" and over "&", stopping at a title or a person', () => {
    const text = 'The Department of Justice and Procter & Gamble met the Bank of England Governor Mark Carney.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['Department', 'ORG'],
      ['Procter', 'ORG'],
      ['Bank', 'ORG'],
      ['Mark Carney', 'PER'],
    ]);
    expect(show(ctx, text, joinOrganizations(spans, ctx))).toEqual([
      'Department of Justice/ORG',
      'Procter & Gamble/ORG',
      'Bank of England/ORG',
      'Mark Carney/PER',
    ]);
  });
});

describe('known places of several words', () => {
  it('a three-word country split by the tagger is one place', () => {
    const text = 'Flights to the United Arab Emirates resumed.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['United Arab', 'ORG'],
      ['Emirates', 'LOC'],
    ]);
    expect(show(ctx, text, joinKnownPlaces(spans, ctx))).toEqual(['United Arab Emirates/LOC']);
  });
});

describe('datelines', () => {
  it('the all-caps place opening a wire story is a place, the agency stays as it was', () => {
    const text = 'KHAN YOUNIS, Gaza Strip (AP) — Rescuers searched the rubble.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['KHAN YOUNIS', 'PER'],
      ['AP', 'ORG'],
    ]);
    expect(show(ctx, text, datelinePlaces(spans, ctx))).toEqual(['KHAN YOUNIS/LOC', 'AP/ORG']);
  });

  it('leaves the paper titles of a press digest as tagged, but keeps its known places', () => {
    const text = 'AN-NAHAR - Talks stalled.\n\nJERUSALEM POST - Ministers met.\n\nGAZA - Rescuers searched.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['AN-NAHAR', 'ORG'],
      ['JERUSALEM POST', 'ORG'],
      ['GAZA', 'PER'],
    ]);
    expect(show(ctx, text, datelinePlaces(spans, ctx))).toEqual(['AN-NAHAR/ORG', 'JERUSALEM POST/ORG', 'GAZA/LOC']);
    // one such line alone is a dateline, known place or not
    const one = 'AN-NAHAR - Talks stalled.';
    const ctx1 = setup(one);
    expect(show(ctx1, one, datelinePlaces(at(ctx1, one, [['AN-NAHAR', 'ORG']]), ctx1))).toEqual(['AN-NAHAR/LOC']);
  });

  it('reads a headline topic ending on an organization head as no dateline', () => {
    const text = 'RUGBY UNION - All Blacks relive triumph.';
    const ctx = setup(text);
    expect(show(ctx, text, datelinePlaces(at(ctx, text, [['RUGBY UNION', 'ORG']]), ctx))).toEqual(['RUGBY UNION/ORG']);
  });

  it('leaves a sentence without the dateline shape alone', () => {
    const text = 'SEAN SPICER said the show was over.';
    const ctx = setup(text);
    const spans = at(ctx, text, [['SEAN SPICER', 'PER']]);
    expect(show(ctx, text, repairSpans(spans, ctx))).toEqual(['SEAN SPICER/PER']);
  });
});

describe('known places at the end of an organization', () => {
  it('an organization cut inside a place after "of" takes the rest of the place', () => {
    const text = 'The Federal Reserve Bank of New York said so.';
    const ctx = {
      ...setup(text),
      gazetteer: buildGazetteer(GAZ_CATEGORIES.map((c) => (c === 'city' ? ['new york'] : []))),
    };
    const spans = at(ctx, text, [
      ['Federal Reserve Bank of New', 'ORG'],
      ['York', 'PER'],
    ]);
    expect(show(ctx, text, joinKnownPlaces(spans, ctx))).toEqual(['Federal Reserve Bank of New York/ORG']);
  });
});

describe('facility and road names', () => {
  it('a person or organization span ending on a road, venue or building word is a place', () => {
    const text = 'Police closed Gladstone Avenue near the Coral Sky Amphitheatre and the Pepsi Center.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['Gladstone Avenue', 'PER'],
      ['Coral Sky Amphitheatre', 'ORG'],
      ['Pepsi Center', 'ORG'],
    ]);
    expect(show(ctx, text, facilityPlaces(spans, ctx))).toEqual([
      'Gladstone Avenue/LOC',
      'Coral Sky Amphitheatre/LOC',
      'Pepsi Center/ORG',
    ]);
  });
});

describe('titles out of organization names', () => {
  it('cuts office titles out of organizations; the name after one is a person; honorifics make persons; clock words go', () => {
    const text =
      'The Interior Minister met House of Representatives Speaker and Interim BART Police Chief Ed Alvarez, Mr Mugabe, General Motors and PM EST staff.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['Interior Minister', 'ORG'],
      ['House of Representatives Speaker', 'ORG'],
      ['Interim BART Police Chief Ed Alvarez', 'ORG'],
      ['Mr Mugabe', 'ORG'],
      ['General Motors', 'ORG'],
      ['PM EST', 'ORG'],
    ]);
    expect(show(ctx, text, titlesOutOfNames(spans, ctx))).toEqual([
      'House of Representatives/ORG',
      'Interim BART Police/ORG',
      'Ed Alvarez/PER',
      'Mr Mugabe/PER',
      'General Motors/ORG',
    ]);
  });
});

describe('known places tagged as people', () => {
  it('a country, or a city of several words, is a place; a one-word city may be a surname', () => {
    const text = 'United States and Khan Younis, said Jackson.';
    const ctx = setup(text);
    const spans = at(ctx, text, [
      ['United States', 'PER'],
      ['Khan Younis', 'PER'],
      ['Jackson', 'PER'],
    ]);
    expect(show(ctx, text, knownPlacesNotPeople(spans, ctx))).toEqual([
      'United States/LOC',
      'Khan Younis/LOC',
      'Jackson/PER',
    ]);
  });
});
