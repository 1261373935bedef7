import { describe, expect, it } from 'vitest';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { personNameParts } from './person-parts';
import { buildGazetteer } from '../gazetteer';

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, buildGazetteer([]));
  const spans = personNameParts(markedSpans(text, ctx.tokens, marks), ctx);
  return spans.map((s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`);
}

describe('personNameParts', () => {
  it('grows a surname over the particle its full name writes before it', () => {
    expect(
      run('Osama bin Laden lived in Khartoum. In 1998, Bin Laden agents struck. Later bin Laden left.', [
        ['Osama bin Laden', 'PER'],
        ['Khartoum', 'LOC'],
        ['Laden', 'PER'],
        ['Laden', 'PER'],
      ]),
    ).toEqual(['Osama bin Laden/PER', 'Khartoum/LOC', 'Bin Laden/PER', 'bin Laden/PER']);
  });

  it('reads a one-word place after its full name’s particle as that person’s surname', () => {
    expect(
      run('Luis de Miranda wrote it. Even de Miranda’s sign is drawn. In Miranda the sun shone.', [
        ['Luis de Miranda', 'PER'],
        ['Miranda', 'LOC'],
        ['Miranda', 'LOC'],
      ]),
    ).toEqual(['Luis de Miranda/PER', 'de Miranda/PER', 'Miranda/LOC']);
  });

  it('cuts a word after a full name before a lowercase word, unless the page writes it again', () => {
    expect(
      run('Margaret Hamilton coded. Hamilton won a Margaret Hamilton Lego minifigure.', [
        ['Margaret Hamilton', 'PER'],
        ['Hamilton', 'LOC'],
        ['Margaret Hamilton Lego', 'PER'],
      ]),
    ).toEqual(['Margaret Hamilton/PER', 'Hamilton/LOC', 'Margaret Hamilton/PER']);
    expect(
      run('Mary Ann spoke. Mary Ann Smith won and Mary Ann Smith left.', [
        ['Mary Ann', 'PER'],
        ['Mary Ann Smith', 'PER'],
        ['Mary Ann Smith', 'PER'],
      ]),
    ).toEqual(['Mary Ann/PER', 'Mary Ann Smith/PER', 'Mary Ann Smith/PER']);
    expect(
      run('Ann Smith spoke. Smith met Jones. Then Ann Smith Jones won.', [
        ['Ann Smith', 'PER'],
        ['Smith', 'PER'],
        ['Jones', 'PER'],
        ['Ann Smith Jones', 'PER'],
      ]).at(-1),
    ).toBe('Ann Smith Jones/PER');
  });

  it('does not grow leftwards over a first name, nor across sentences', () => {
    expect(
      run('Hori Parata spoke. Then Hori Parata left.', [
        ['Hori Parata', 'PER'],
        ['Parata', 'PER'],
      ]),
    ).toEqual(['Hori Parata/PER', 'Parata/PER']);
    expect(
      run('Mary Ann Smith won. They thanked Mary Ann\n\nSmith Street was closed.', [
        ['Mary Ann Smith', 'PER'],
        ['Mary Ann', 'PER'],
      ]),
    ).toEqual(['Mary Ann Smith/PER', 'Mary Ann/PER']);
  });

  it('grows rightwards over the words the full name continues with', () => {
    expect(
      run('Mary Ann Smith won. Later Mary Ann Smith lost.', [
        ['Mary Ann Smith', 'PER'],
        ['Mary Ann', 'PER'],
      ]),
    ).toEqual(['Mary Ann Smith/PER', 'Mary Ann Smith/PER']);
  });

  it('retypes a name with the middle name left out as that person, not one with an organization word', () => {
    expect(
      run('His son, Te Kaurinui Robert Parata, helped. Te Kaurinui Parata carved. Te Kaurinui Parata Trust paid.', [
        ['Te Kaurinui Robert Parata', 'PER'],
        ['Te Kaurinui Parata', 'ORG'],
        ['Te Kaurinui Parata Trust', 'ORG'],
      ]),
    ).toEqual(['Te Kaurinui Robert Parata/PER', 'Te Kaurinui Parata/PER', 'Te Kaurinui Parata Trust/ORG']);
  });

  it('leaves names that only share a first or last word', () => {
    expect(
      run('John Robert Smith spoke. John Lewis Smith Bank paid. Robert Smith left.', [
        ['John Robert Smith', 'PER'],
        ['John Lewis Smith', 'ORG'],
        ['Robert Smith', 'LOC'],
      ]),
    ).toEqual(['John Robert Smith/PER', 'John Lewis Smith/ORG', 'Robert Smith/LOC']);
  });
});
