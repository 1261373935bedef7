import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { placeParticles } from './place-particles';

const gazetteer = buildGazetteer(GAZ_CATEGORIES.map(() => []));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return placeParticles(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('placeParticles', () => {
  it('joins a place, its particle and the name after it', () => {
    expect(
      run('The house in Braunau am Inn, a town.', [
        ['Braunau', 'LOC'],
        ['Inn', 'LOC'],
      ]),
    ).toEqual(['LOC Braunau am Inn']);
    expect(run('He flew to Frankfurt am Main.', [['Frankfurt', 'LOC']])).toEqual(['LOC Frankfurt am Main']);
    expect(run('She lives in Mülheim an der Ruhr now.', [['Mülheim', 'LOC']])).toEqual(['LOC Mülheim an der Ruhr']);
    expect(run('Fans in Newcastle upon Tyne cheered.', [['Newcastle', 'LOC']])).toEqual(['LOC Newcastle upon Tyne']);
  });

  it('leaves people, organizations, lowercase words and other sentences apart', () => {
    expect(
      run('Troops descended upon Paris upon Macron’s order.', [
        ['Paris', 'LOC'],
        ['Macron', 'PER'],
      ]),
    ).toEqual(['LOC Paris', 'PER Macron']);
    expect(
      run('He called on London upon Smith arriving.', [
        ['London', 'LOC'],
        ['Smith', 'PER'],
      ]),
    ).toEqual(['LOC London', 'PER Smith']);
    expect(run('It was in Berlin am morning.', [['Berlin', 'LOC']])).toEqual(['LOC Berlin']);
    expect(run('He was in Berlin am\nMain street.', [['Berlin', 'LOC']])).toEqual(['LOC Berlin']);
  });
});
