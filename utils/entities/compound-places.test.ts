import { describe, expect, it } from 'vitest';
import { placesInCompounds } from './compound-places';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from './gazetteer';
import type { Entity, Mention } from './mention';
import { tokenize } from './tokenizer';

const lists: Record<string, string[]> = {
  city: ['london', 'cupertino'],
  country: ['pakistan'],
  region: [],
  first: [],
  org: [],
  common: [],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

function mention(text: string, surface: string, type: Mention['type'], entityId: string): Mention {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, type, entityId, text: surface };
}

describe('placesInCompounds', () => {
  it('marks a known place inside an "X-based" compound, in place of its MISC mention, joined to the place', () => {
    const text = 'A Pakistan-based developer moved from Pakistan. A London-born actor.';
    const mentions = [
      mention(text, 'Pakistan-based', 'MISC', 'e1'),
      mention(text, 'Pakistan.', 'LOC', 'e2'),
      mention(text, 'London-born', 'MISC', 'e3'),
    ];
    mentions[1] = { ...mentions[1]!, end: mentions[1]!.end - 1, text: 'Pakistan' };
    const entities: Entity[] = [
      { id: 'e1', name: 'Pakistan-based', type: 'MISC', mentions: 1, aliases: [], hints: [] },
      { id: 'e2', name: 'Pakistan', type: 'LOC', mentions: 1, aliases: [], hints: [] },
      { id: 'e3', name: 'London-born', type: 'MISC', mentions: 1, aliases: [], hints: [] },
    ];
    const r = placesInCompounds(tokenize(text), mentions, entities, gazetteer);
    expect(r.mentions.map((m) => `${m.type} ${m.text} ${m.entityId} ${text.slice(m.start, m.end)}`)).toEqual([
      'LOC Pakistan e2 Pakistan',
      'LOC Pakistan e2 Pakistan',
      'LOC London e4 London',
    ]);
    expect(r.entities.map((e) => `${e.id} ${e.name} ${e.mentions}`)).toEqual(['e2 Pakistan 2', 'e4 London 1']);
  });

  it('leaves unknown places, other suffixes and compounds inside a name alone', () => {
    const text = 'An oil-based paint, a Ruritania-based firm, a London-made car, the Cupertino-based Apple Inc.';
    const mentions = [mention(text, 'Cupertino-based Apple Inc.', 'ORG', 'e1')];
    const entities: Entity[] = [
      { id: 'e1', name: 'Cupertino-based Apple Inc.', type: 'ORG', mentions: 1, aliases: [], hints: [] },
    ];
    const r = placesInCompounds(tokenize(text), mentions, entities, gazetteer);
    expect(r.mentions).toEqual(mentions);
    expect(r.entities).toEqual(entities);
  });
});
