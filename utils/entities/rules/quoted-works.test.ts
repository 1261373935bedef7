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
  it('makes a quotation written as a title that holds names one MISC span', () => {
    expect(
      run('Race in big, beautiful ‘Forza Horizon 3’ and “Batman Arkham VR” ($20) with Sony.', [
        ['Forza Horizon', 'ORG'],
        ['Batman Arkham', 'ORG'],
        ['VR', 'ORG'],
        ['Sony', 'ORG'],
      ]),
    ).toEqual(['Forza Horizon 3/MISC', 'Batman Arkham VR/MISC', 'Sony/ORG']);
    expect(run('She starred in "Attack of the Clones" then.', [['Clones', 'PER']])).toEqual([
      'Attack of the Clones/MISC',
    ]);
  });

  it('leaves no word of a quoted title a name of its own', () => {
    expect(
      run('The choices were " A Beautiful Lie " and " The Kill . " by Leto.', [
        ['A Beautiful', 'MISC'],
        ['Lie', 'PER'],
        ['Kill', 'ORG'],
        ['Leto', 'PER'],
      ]),
    ).toEqual(['A Beautiful Lie/MISC', 'The Kill/MISC', 'Leto/PER']);
    // a name that crosses the quotation marks leaves the quotation alone
    expect(run('Hello "Big Apple" Inc said.', [['Apple" Inc', 'ORG']])).toEqual(['Apple" Inc/ORG']);
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
    ).toEqual(['Ryan Reynolds/PER', 'Lawrence of Arabia/MISC']);
  });
});
