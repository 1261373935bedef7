import { describe, expect, it } from 'vitest';
import { placesInCompounds } from './compound-places';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from './gazetteer';
import type { Entity, Mention } from './mention';
import { tokenize } from './tokenizer';

const lists: Record<string, string[]> = {
  city: ['london', 'cupertino', 'san francisco', 'new york', 'york', 'beijing'],
  country: ['pakistan', 'us', 'china'],
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
    const r = placesInCompounds(text, tokenize(text), mentions, entities, gazetteer);
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
    const r = placesInCompounds(text, tokenize(text), mentions, entities, gazetteer);
    expect(r.mentions).toEqual(mentions);
    expect(r.entities).toEqual(entities);
  });

  it('reads a place of two words before the suffix, in place of the part the tagger read', () => {
    const text = 'A San Francisco-based startup and a New York-born fund.';
    const mentions = [mention(text, 'San Francisco-based', 'MISC', 'e1'), mention(text, 'York', 'LOC', 'e2')];
    const entities: Entity[] = [
      { id: 'e1', name: 'San Francisco-based', type: 'MISC', mentions: 1, aliases: [], hints: [] },
      { id: 'e2', name: 'York', type: 'LOC', mentions: 1, aliases: [], hints: [] },
    ];
    const r = placesInCompounds(text, tokenize(text), mentions, entities, gazetteer);
    expect(r.mentions.map((m) => `${m.type} ${m.text} ${text.slice(m.start, m.end)}`)).toEqual([
      'LOC San Francisco San Francisco',
      'LOC New York New York',
    ]);
    expect(r.entities.map((e) => `${e.name} ${e.mentions}`)).toEqual(['San Francisco 1', 'New York 1']);
  });

  it('names both places of a pair of known places, and one region closed by an ocean', () => {
    const text = 'The US-China talks, Beijing-Ruritania flights, Asia-Pacific shares and China-US ties.';
    const mentions = [mention(text, 'US-China', 'MISC', 'e1')];
    const entities: Entity[] = [{ id: 'e1', name: 'US-China', type: 'MISC', mentions: 1, aliases: [], hints: [] }];
    const r = placesInCompounds(text, tokenize(text), mentions, entities, gazetteer);
    expect(r.mentions.map((m) => `${m.text}/${text.slice(m.start, m.end)}/${m.entityId}`)).toEqual([
      'US/US/e2',
      'China/China/e3',
      'Asia-Pacific/Asia-Pacific/e4',
      'China/China/e3',
      'US/US/e2',
    ]);
  });

  it('leaves a compound inside a person or organization mention alone', () => {
    const text = 'The US-China Business Council met.';
    const mentions = [mention(text, 'US-China Business Council', 'ORG', 'e1')];
    const entities: Entity[] = [
      { id: 'e1', name: 'US-China Business Council', type: 'ORG', mentions: 1, aliases: [], hints: [] },
    ];
    const r = placesInCompounds(text, tokenize(text), mentions, entities, gazetteer);
    expect(r.mentions).toEqual(mentions);
  });
});
