import { describe, expect, it } from 'vitest';
import { fold } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { quotedWorks } from './quoted-works';
import { tokenize } from '../tokenizer';

function run(text: string, marks: Array<[string, string]>): string[] {
  const tokens = tokenize(text);
  const spans = quotedWorks(markedSpans(text, tokens, marks), { tokens, folded: tokens.map((t) => fold(t.text)) });
  return spans.map((s) => `${spanSurface(text, tokens, s)}/${s.type}`);
}

describe('quotedWorks', () => {
  it('retypes the names inside a quotation written as a title as MISC', () => {
    expect(
      run('Race in big, beautiful ‘Forza Horizon 3’ and “Batman Arkham VR” ($20) with Sony.', [
        ['Forza Horizon', 'ORG'],
        ['Batman Arkham', 'ORG'],
        ['VR', 'ORG'],
        ['Sony', 'ORG'],
      ]),
    ).toEqual(['Forza Horizon/MISC', 'Batman Arkham/MISC', 'VR/MISC', 'Sony/ORG']);
    expect(run('She starred in "Attack of the Clones" then.', [['Clones', 'PER']])).toEqual(['Clones/MISC']);
  });

  it('leaves names in quoted speech, in unclosed quotations and outside quotations alone', () => {
    expect(
      run('“Trump is wrong,” Pelosi said.', [
        ['Trump', 'PER'],
        ['Pelosi', 'PER'],
      ]),
    ).toEqual(['Trump/PER', 'Pelosi/PER']);
    expect(run('He said “Google will pay. Then more.', [['Google', 'ORG']])).toEqual(['Google/ORG']);
    expect(
      run('Sony’s PlayStation sold well.', [
        ['Sony', 'ORG'],
        ['PlayStation', 'ORG'],
      ]),
    ).toEqual(['Sony/ORG', 'PlayStation/ORG']);
  });
});

describe('quotedWorks and e-mail senders', () => {
  it('leaves a quoted display name before an address a name', () => {
    expect(
      run('From: "Ryan Reynolds" <rreynolds@example.com> wrote about "Lawrence of Arabia" today.', [
        ['Ryan Reynolds', 'PER'],
        ['Lawrence', 'PER'],
      ]),
    ).toEqual(['Ryan Reynolds/PER', 'Lawrence/MISC']);
  });
});
