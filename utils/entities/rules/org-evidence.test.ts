import { describe, expect, it } from 'vitest';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { organizationsByContext, partyPlurals } from './org-evidence';
import { everyMarkedSpan } from '../marked-spans';
import { tokenize } from '../tokenizer';

const lists: Record<string, string[]> = {
  city: ['paris', 'liberal'],
  country: ['france'],
  region: ['louisiana'],
  first: ['john', 'donald', 'miller', 'walt', 'matt'],
  org: [],
  common: ['liberal'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** Every occurrence of each surface (not inside an earlier mark) tagged with its type; returns [surface, type] after the pass. */
function run(
  text: string,
  marks: Array<[string, string]>,
  pass: typeof organizationsByContext = organizationsByContext,
): Array<[string, string]> {
  const tokens = tokenize(text);
  const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), gazetteer };
  return pass(everyMarkedSpan(text, tokens, marks), ctx).map((s) => [
    text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end),
    s.type,
  ]);
}

describe('organizationsByContext', () => {
  it('retypes a name opening on a first name only by a corporate suffix or a role at it', () => {
    expect(
      run('Matt Maley, equity strategist at Miller Tabak, spoke. Miller Tabak said no.', [
        ['Miller Tabak', 'PER'],
        ['Matt Maley', 'PER'],
      ]),
    ).toEqual([
      ['Matt Maley', 'PER'],
      ['Miller Tabak', 'ORG'],
      ['Miller Tabak', 'ORG'],
    ]);
    expect(run('Walt Disney Co. rose. Walt Disney said.', [['Walt Disney', 'PER']])).toEqual([
      ['Walt Disney', 'ORG'],
      ['Walt Disney', 'ORG'],
    ]);
    expect(run('The developer John Smith spoke. John Smith left.', [['John Smith', 'PER']])).toEqual([
      ['John Smith', 'PER'],
      ['John Smith', 'PER'],
    ]);
  });

  it('reads a lowercase kind of group after "the X" as an organization, not a capitalized one or without "the"', () => {
    expect(run('Ennahda stepped down. A government led by the Ennahda party fell.', [['Ennahda', 'PER']])).toEqual([
      ['Ennahda', 'ORG'],
      ['Ennahda', 'ORG'],
    ]);
    expect(run('Zorvex spoke. His Zorvex group met. The Zorvex Party met.', [['Zorvex', 'PER']])).toEqual([
      ['Zorvex', 'PER'],
      ['Zorvex', 'PER'],
      ['Zorvex', 'PER'],
    ]);
  });

  it('retypes every mention of a name that a company context names', () => {
    expect(run('Zorvex said no. A Zorvex spokesperson declined.', [['Zorvex', 'PER']])).toEqual([
      ['Zorvex', 'ORG'],
      ['Zorvex', 'ORG'],
    ]);
    expect(run("Quillo grew. Quillo's CEO left.", [['Quillo', 'LOC']])).toEqual([
      ['Quillo', 'ORG'],
      ['Quillo', 'ORG'],
    ]);
  });

  it('reads kinds before the name, roles at it, suffixes and appositions', () => {
    expect(run('the bug was reported to game developer Brimo. Brimo did not act.', [['Brimo', 'PER']])[1]).toEqual([
      'Brimo',
      'ORG',
    ]);
    expect(run('said Omar Lamrani, an analyst at Stratco. Stratco', [['Stratco', 'LOC']])[1]![1]).toBe('ORG');
    expect(run('Keltan Ltd. said Keltan would', [['Keltan', 'PER']])[1]![1]).toBe('ORG');
    expect(run('Stratco, the Texas-based intelligence organization, said', [['Stratco', 'LOC']])[0]![1]).toBe('ORG');
  });

  it('leaves people, places and plain contexts alone', () => {
    // a surname of a person named in full
    expect(
      run('Donald Trump spoke. A Trump spokesman said.', [
        ['Donald Trump', 'PER'],
        ['Trump', 'PER'],
      ]),
    ).toEqual([
      ['Donald Trump', 'PER'],
      ['Trump', 'PER'],
    ]);
    // a name starting with a first name, a known place, a person's apposition
    expect(run('app developer John Smith said', [['John Smith', 'PER']])[0]![1]).toBe('PER');
    expect(run('a professor at Paris said', [['Paris', 'LOC']])[0]![1]).toBe('LOC');
    expect(run('Lamrani, a company spokesman, said', [['Lamrani', 'PER']])[0]![1]).toBe('PER');
    expect(
      run('Lamrani met Zorvex in the city.', [
        ['Lamrani', 'PER'],
        ['Zorvex', 'PER'],
      ]).map((m) => m[1]),
    ).toEqual(['PER', 'PER']);
  });
});

describe('organizationsByContext: officials and lists of a kind', () => {
  it("reads a body's officials after a name, even one opening on a first name, as an organization", () => {
    expect(
      run('Con Edison, which maintains the cables, said. Con Edison officials said no.', [['Con Edison', 'PER']]),
    ).toEqual([
      ['Con Edison', 'ORG'],
      ['Con Edison', 'ORG'],
    ]);
    expect(run('Zorvex officials declined. Zorvex grew.', [['Zorvex', 'LOC']]).map((m) => m[1])).toEqual([
      'ORG',
      'ORG',
    ]);
  });

  it('reads a role in the plural at a name as an organization', () => {
    expect(run('said one of his editors at Torvo. Torvo published it.', [['Torvo', 'LOC']]).map((m) => m[1])).toEqual([
      'ORG',
      'ORG',
    ]);
  });

  it("reads a company's deal after 's as an organization, even a name that is a first name", () => {
    expect(run("Miller's buyout closed. Miller rose.", [['Miller', 'LOC']]).map((m) => m[1])).toEqual(['ORG', 'ORG']);
    expect(run("Douglas & Lomason's merger", [['Lomason', 'PER']])[0]![1]).toBe('PER');
    expect(run("Miller's earnings rose.", [['Miller', 'PER']])[0]![1]).toBe('PER');
  });

  it('leaves officials of a known place and of a person named in full alone', () => {
    expect(run('Paris officials said.', [['Paris', 'LOC']])[0]![1]).toBe('LOC');
    expect(
      run('Donald Trump left. Trump officials said.', [
        ['Donald Trump', 'PER'],
        ['Trump', 'PER'],
      ]).map((m) => m[1]),
    ).toEqual(['PER', 'PER']);
  });

  it('reads every member of a list brought in by a plural kind as an organization', () => {
    expect(
      run('competitors such as Wallo, Krogo and Costco. Krogo grew, said Wallo.', [
        ['Wallo', 'LOC'],
        ['Krogo', 'PER'],
        ['Costco', 'ORG'],
      ]),
    ).toEqual([
      ['Wallo', 'ORG'],
      ['Krogo', 'ORG'],
      ['Costco', 'ORG'],
      ['Krogo', 'ORG'],
      ['Wallo', 'ORG'],
    ]);
    expect(
      run('firms like Miller and Gannox', [
        ['Miller', 'PER'],
        ['Gannox', 'PER'],
      ]).map((m) => m[1]),
    ).toEqual(['ORG', 'ORG']);
  });

  it('leaves a full name opening on a first name, an owner, a place and a list of other kinds alone', () => {
    expect(run('rivals such as John Smith and Zorvex', [['John Smith', 'PER']])[0]![1]).toBe('PER');
    expect(run("charities such as Newmo's Camp", [['Newmo', 'PER']])[0]![1]).toBe('PER');
    expect(
      run('companies such as France and Paris', [
        ['France', 'LOC'],
        ['Paris', 'LOC'],
      ]).map((m) => m[1]),
    ).toEqual(['LOC', 'LOC']);
    expect(
      run('writers such as Lamrani and Zorvex', [
        ['Lamrani', 'PER'],
        ['Zorvex', 'PER'],
      ]).map((m) => m[1]),
    ).toEqual(['PER', 'PER']);
  });
});

describe('partyPlurals', () => {
  it('makes party plurals the party and splits a place off them', () => {
    const text = 'Louisiana Democrats re-elected him. Democrats won, and the Tories lost.';
    expect(
      run(
        text,
        [
          ['Louisiana Democrats', 'PER'],
          ['Democrats', 'MISC'],
          ['Tories', 'PER'],
        ],
        partyPlurals,
      ),
    ).toEqual([
      ['Louisiana', 'LOC'],
      ['Democrats', 'ORG'],
      ['Democrats', 'ORG'],
      ['Tories', 'ORG'],
    ]);
  });

  it('leaves other plurals and names alone', () => {
    expect(
      run(
        'The Smiths and House Democrats met.',
        [
          ['Smiths', 'PER'],
          ['House Democrats', 'ORG'],
        ],
        partyPlurals,
      ),
    ).toEqual([
      ['Smiths', 'PER'],
      ['House Democrats', 'ORG'],
    ]);
  });
});

describe('partyPlurals: a place that is an ordinary word', () => {
  it('is the party adjective, not a place split off', () => {
    expect(
      run(
        'The Liberal Democrats and the Louisiana Democrats met.',
        [
          ['Liberal Democrats', 'PER'],
          ['Louisiana Democrats', 'ORG'],
        ],
        partyPlurals,
      ),
    ).toEqual([
      ['Liberal Democrats', 'ORG'],
      ['Louisiana', 'LOC'],
      ['Democrats', 'ORG'],
    ]);
  });
});
