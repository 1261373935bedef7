import { describe, expect, it } from 'vitest';
import { featurePlaces } from './feature-places';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';

// "lincoln" is a town and a first name, as in the shipped gazetteer.
const lists: Record<string, string[]> = {
  city: ['lincoln'],
  country: [],
  region: [],
  first: ['shirley', 'edward', 'lincoln', 'matthew', 'albert'],
  org: [],
  common: [],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return featurePlaces(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('featurePlaces', () => {
  it('makes names ending on a head that names only places places, whatever the tagger read', () => {
    expect(
      run('Water from Lincoln Reservoir reached the Deccan Plateau.', [
        ['Lincoln Reservoir', 'PER'],
        ['Deccan Plateau', 'ORG'],
      ]),
    ).toEqual(['LOC Lincoln Reservoir', 'LOC Deccan Plateau']);
    expect(run('They played at Subiaco Oval.', [['Subiaco Oval', 'PER']])).toEqual(['LOC Subiaco Oval']);
  });

  it('reads a head that is also a surname as a place unless a first name opens the span', () => {
    expect(
      run('Hancock Pond feeds Willett Brook.', [
        ['Hancock Pond', 'ORG'],
        ['Willett Brook', 'PER'],
      ]),
    ).toEqual(['LOC Hancock Pond', 'LOC Willett Brook']);
    expect(
      run('Shirley Temple met Edward Heath.', [
        ['Shirley Temple', 'PER'],
        ['Edward Heath', 'PER'],
      ]),
    ).toEqual(['PER Shirley Temple', 'PER Edward Heath']);
  });

  it('keeps a person of a first name that is no place and the head, unless the head names a memorial', () => {
    expect(
      run('Matthew S. Quay met Albert Memorial staff at Lincoln Reservoir and Matthew Smith Playfield.', [
        ['Matthew S. Quay', 'PER'],
        ['Albert Memorial', 'PER'],
        ['Lincoln Reservoir', 'PER'],
        ['Matthew Smith Playfield', 'PER'],
      ]),
    ).toEqual(['PER Matthew S. Quay', 'LOC Albert Memorial', 'LOC Lincoln Reservoir', 'LOC Matthew Smith Playfield']);
    expect(run('They sailed from Matthew Quay.', [['Matthew Quay', 'ORG']])).toEqual(['LOC Matthew Quay']);
  });

  it('leaves one-word spans, places and other heads alone', () => {
    expect(run('Temple said so.', [['Temple', 'PER']])).toEqual(['PER Temple']);
    expect(run('Linkin Park played.', [['Linkin Park', 'ORG']])).toEqual(['ORG Linkin Park']);
    expect(run('They met at Abbey Road.', [['Abbey Road', 'LOC']])).toEqual(['LOC Abbey Road']);
  });

  it('makes the Locks and Passage heads places', () => {
    expect(
      run('Boats queued at Ballard Locks for the Inside Passage.', [
        ['Ballard Locks', 'ORG'],
        ['Inside Passage', 'ORG'],
      ]),
    ).toEqual(['LOC Ballard Locks', 'LOC Inside Passage']);
  });

  it("makes an owner, 's and a head of a place kind one place", () => {
    expect(
      run("They summer on Martha's Vineyard.", [
        ['Martha', 'ORG'],
        ['Vineyard', 'LOC'],
      ]),
    ).toEqual(["LOC Martha's Vineyard"]);
    expect(run("Boats dock at Fisherman's Terminal.", [['Terminal', 'ORG']])).toEqual(["LOC Fisherman's Terminal"]);
  });

  it("leaves a place's possession, a longer owner and a name that runs on alone", () => {
    expect(run("Seattle's Island is small.", [['Seattle', 'LOC']])).toEqual(['LOC Seattle']);
    expect(
      run("Heathrow's Terminal 5 opened.", [
        ['Heathrow', 'ORG'],
        ['Terminal', 'ORG'],
      ]),
    ).toEqual(['ORG Heathrow', 'ORG Terminal']);
    expect(run("John Smith's Mill burned.", [['John Smith', 'PER']])).toEqual(['PER John Smith']);
    expect(run("Martha's vineyard is small.", [['Martha', 'PER']])).toEqual(['PER Martha']);
  });
});
