import { describe, expect, it } from 'vitest';
import { fold } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { seatsOfPower } from './seats-of-power';
import { tokenize } from '../tokenizer';

function run(text: string, marks: Array<[string, string]>): string[] {
  const tokens = tokenize(text);
  const ctx = { tokens, folded: tokens.map((t) => fold(t.text)) };
  return seatsOfPower(markedSpans(text, tokens, marks), ctx).map((s) => `${s.type} ${spanSurface(text, tokens, s)}`);
}

describe('seatsOfPower', () => {
  it('retypes a seat of power standing for its government as an organization', () => {
    expect(
      run('The White House said no. A Kremlin spokesman and Downing Street denied it; the Élysée agreed.', [
        ['White House', 'LOC'],
        ['Kremlin', 'LOC'],
        ['Downing Street', 'LOC'],
        ['Élysée', 'PER'],
      ]),
    ).toEqual(['ORG White House', 'ORG Kremlin', 'ORG Downing Street', 'ORG Élysée']);
  });

  it('keeps the building a place: a building word after it, a place word before it', () => {
    expect(
      run('Crowds on the White House lawn marched outside the Kremlin to Mugabe’s “Blue House” compound.', [
        ['White House', 'LOC'],
        ['Kremlin', 'LOC'],
        ['Blue House', 'LOC'],
      ]),
    ).toEqual(['LOC White House', 'LOC Kremlin', 'LOC Blue House']);
  });

  it('leaves cities standing for governments, longer names and organizations alone', () => {
    expect(
      run('Washington said the White House Correspondents Association and the Pentagon met.', [
        ['Washington', 'LOC'],
        ['White House Correspondents Association', 'ORG'],
        ['Pentagon', 'ORG'],
      ]),
    ).toEqual(['LOC Washington', 'ORG White House Correspondents Association', 'ORG Pentagon']);
  });
});
