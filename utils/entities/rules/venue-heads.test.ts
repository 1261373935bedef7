import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { venueHeadPlaces } from './venue-heads';

const gazetteer = buildGazetteer(GAZ_CATEGORIES.map(() => []));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return venueHeadPlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('venueHeadPlaces', () => {
  it('makes music, arts and convention venues places', () => {
    expect(run('The tour stops at Blossom Music Center on July 22.', [['Blossom Music Center', 'ORG']])).toEqual([
      'LOC Blossom Music Center',
    ]);
    expect(
      run('They sold out the Saratoga Performing Arts Center.', [['Saratoga Performing Arts Center', 'ORG']]),
    ).toEqual(['LOC Saratoga Performing Arts Center']);
    expect(
      run('A fair at Santa Clara Convention Center drew crowds.', [['Santa Clara Convention Center', 'PER']]),
    ).toEqual(['LOC Santa Clara Convention Center']);
  });

  it('makes concert halls places', () => {
    expect(run('Cheap restaurants close to Orchestra Hall in Chicago?', [['Orchestra Hall', 'ORG']])).toEqual([
      'LOC Orchestra Hall',
    ]);
  });

  it('makes parks and museums in a place slot places', () => {
    expect(run('They were strolling around Central Park at night.', [['Central Park', 'ORG']])).toEqual([
      'LOC Central Park',
    ]);
    expect(run('Gunmen stormed the Bardo National Museum on Wednesday.', [['Bardo National Museum', 'ORG']])).toEqual([
      'LOC Bardo National Museum',
    ]);
    expect(run('He was hauled out of the Ecuadorean Embassy in London.', [['Ecuadorean Embassy', 'ORG']])).toEqual([
      'LOC Ecuadorean Embassy',
    ]);
    expect(run('The Ecuadorean Embassy said he must leave.', [['Ecuadorean Embassy', 'ORG']])).toEqual([
      'ORG Ecuadorean Embassy',
    ]);
    expect(run('The Cornish Colony Museum opened in 1990.', [['Cornish Colony Museum', 'ORG']])).toEqual([
      'ORG Cornish Colony Museum',
    ]);
    expect(run('Shares of Menlo Park rose.', [['Menlo Park', 'ORG']])).toEqual(['ORG Menlo Park']);
  });

  it('makes arenas after "at" places in sports copy only', () => {
    const sports = 'The Thunder beat the Clippers 110-104 in overtime. Gallinari scored 25 points at Staples Center.';
    expect(run(sports, [['Staples Center', 'ORG']])).toContain('LOC Staples Center');
    expect(run('She spoke at Carter Center about the election.', [['Carter Center', 'ORG']])).toEqual([
      'ORG Carter Center',
    ]);
  });

  it('leaves bodies named for what they do, and other centres, alone', () => {
    expect(run('A fellow at the Arts Center for Policy Studies said so.', [['Arts Center', 'ORG']])).toEqual([
      'ORG Arts Center',
    ]);
    expect(run('The Goddard Space Flight Center launched it.', [['Goddard Space Flight Center', 'ORG']])).toEqual([
      'ORG Goddard Space Flight Center',
    ]);
    expect(run('The Music Center said.', [['Music Center', 'LOC']])).toEqual(['LOC Music Center']);
    // a word that only begins like a month or a day is no date ("Marketing", "Sunshine")
    expect(run('A fellow at the Arts Center for Marketing said so.', [['Arts Center', 'ORG']])).toEqual([
      'ORG Arts Center',
    ]);
  });
});
