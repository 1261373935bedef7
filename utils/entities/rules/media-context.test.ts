import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { mediaByContext } from './media-context';

const lists: Record<string, string[]> = {
  city: ['paris'],
  country: ['france'],
  region: [],
  first: ['taylor', 'john'],
  org: [],
  common: [],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return mediaByContext(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('mediaByContext', () => {
  it('retypes a name cited as a source, and its other mentions', () => {
    expect(
      run('The label said in a statement to Rolling Stone that it agreed. Rolling Stone asked again.', [
        ['Rolling Stone', 'PER'],
        ['Rolling Stone', 'PER'],
      ]),
    ).toEqual(['Rolling Stone/ORG', 'Rolling Stone/ORG']);
    expect(run('The letter, obtained by Daily Beacon, was short.', [['Daily Beacon', 'LOC']])).toEqual([
      'Daily Beacon/ORG',
    ]);
    expect(run('According to the Harbor Ledger, sales fell.', [['Harbor Ledger', 'PER']])).toEqual([
      'Harbor Ledger/ORG',
    ]);
    expect(run('Stonewick reported on Sunday that the talks failed.', [['Stonewick', 'PER']])).toEqual([
      'Stonewick/ORG',
    ]);
  });

  it("reads a syndicated story's source line and a site's story as citing the source, not a bare appearance", () => {
    expect(run('This article originally appeared on The Harbor Ledger.', [['The Harbor Ledger', 'LOC']])).toEqual([
      'The Harbor Ledger/ORG',
    ]);
    expect(
      run('in a story published at MAKEzine. MAKEzine said', [
        ['MAKEzine', 'LOC'],
        ['MAKEzine', 'LOC'],
      ]),
    ).toEqual(['MAKEzine/ORG', 'MAKEzine/ORG']);
    expect(run('He appeared in Stonewick in 1990.', [['Stonewick', 'PER']])).toEqual(['Stonewick/PER']);
    expect(run('It originally appeared in Paris.', [['Paris', 'LOC']])).toEqual(['Paris/LOC']);
  });

  it('leaves people, known places and names in other places alone', () => {
    expect(
      run('Taylor Swift spoke. According to Swift, it was over.', [
        ['Taylor Swift', 'PER'],
        ['Swift', 'PER'],
      ]),
    ).toEqual(['Taylor Swift/PER', 'Swift/PER']);
    expect(run('In an interview with John Harbor, he smiled.', [['John Harbor', 'PER']])).toEqual(['John Harbor/PER']);
    expect(run('According to France, the deal holds.', [['France', 'LOC']])).toEqual(['France/LOC']);
    expect(run('Ramos told Stonewick in a meeting.', [['Stonewick', 'PER']])).toEqual(['Stonewick/PER']);
  });
});
