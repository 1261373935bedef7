import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES } from '../gazetteer';
import { everyMarkedSpan, spanContext, spanSurface } from '../marked-spans';
import { versionedProducts } from './versioned-products';

const gazetteer = buildGazetteer(GAZ_CATEGORIES.map(() => []));

/** Runs the pass on every occurrence of each marked surface; returns "TYPE surface" in text order. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = { ...spanContext(text, gazetteer), sentences: [] };
  const { tokens } = ctx;
  return versionedProducts(everyMarkedSpan(text, tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, tokens, s)}`,
  );
}

describe('versionedProducts', () => {
  it('takes a name with a version before its noun phrase out of the organizations, everywhere on the page', () => {
    const text =
      'It renders more scenes than the PlayStation 4 does, and the PlayStation 4 titles look sharp. ' +
      'Sony said the PlayStation sold well. Three Thunderbolt 3 ports sit beside a Destiny 2’s map.';
    expect(
      run(text, [
        ['PlayStation', 'ORG'],
        ['Sony', 'ORG'],
        ['Thunderbolt', 'ORG'],
        ['Destiny', 'ORG'],
      ]),
    ).toEqual(['ORG Sony']);
  });

  it('reads model codes and line words after the version, and keeps a listed brand before the product', () => {
    const text = 'The rig has an Intel Core i7 4790k chip and a Radeon Pro 5500M card; the PlayStation 4 Pro waits.';
    expect(
      run(text, [
        ['Intel Core', 'ORG'],
        ['Radeon Pro', 'ORG'],
        ['PlayStation', 'ORG'],
      ]),
    ).toEqual(['ORG Intel']);
  });

  it('keeps amounts, years, quarters, ordinals, instrument codes and tables', () => {
    const text =
      'Acme 2 years ago said so. Acme 2019 sales rose. Gateway Q2 net rises. Doobie Brothers 50th tour began. ' +
      'Aluminum on the London Exchange CMAL3 lost 0.06%. Standings: Haitai 64 2 43 .596.';
    const marks: Array<[string, string]> = [
      ['Acme', 'ORG'],
      ['Gateway', 'ORG'],
      ['Doobie Brothers', 'ORG'],
      ['London Exchange', 'ORG'],
      ['Haitai', 'ORG'],
    ];
    expect(run(text, marks)).toEqual([
      'ORG Acme',
      'ORG Acme',
      'ORG Gateway',
      'ORG Doobie Brothers',
      'ORG London Exchange',
      'ORG Haitai',
    ]);
  });

  it('never acts in sports copy, where a team and its score read alike', () => {
    const text =
      'The league leaders won the match. Lotte 6 runs ahead, Hyundai 2 behind. The striker scored twice. ' +
      'The coach praised the team after the game. Lotte 5 points clear of the club below.';
    expect(
      run(text, [
        ['Lotte', 'ORG'],
        ['Hyundai', 'ORG'],
      ]),
    ).toEqual(['ORG Lotte', 'ORG Hyundai', 'ORG Lotte']);
  });

  it('does not touch people and places with numbers after them', () => {
    const text = 'Hollman 31 lives in Area 51 now.';
    expect(
      run(text, [
        ['Hollman', 'PER'],
        ['Area', 'LOC'],
      ]),
    ).toEqual(['PER Hollman', 'LOC Area']);
  });
});
