// @vitest-environment happy-dom
// A place card's map section: the map module loads lazily, draws the place's country filled
// (by its ISO numeric id) with a dot for a city, has an accessible name and a text
// alternative, and shows the place's facts beside it; honest edges draw nothing.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Background, FactsResult } from '@/utils/knowledge/types';
import type { PlaceInfo } from '@/utils/model/place';
import { Card } from './Card';
import { loadLocatorMap } from './PlaceSection';

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const BG: Background = {
  title: 'Sochi',
  description: 'City in Krasnodar Krai, Russia',
  extract: 'Sochi is a city in Krasnodar Krai, Russia.',
  url: 'https://en.wikipedia.org/wiki/Sochi',
  wikidataId: 'Q132',
  lang: 'en',
  type: 'LOC',
  typeChecked: true,
};
const SOCHI: PlaceInfo = {
  name: 'Sochi',
  kind: 'city',
  countryCode: 'RU',
  countryName: 'Russia',
  point: { lat: 43.585, lon: 39.72 },
  source: 'wikidata',
};
const FACTS: FactsResult = {
  status: 'ok',
  fetchedAt: 0,
  value: {
    wikidataId: 'Q132',
    type: 'LOC',
    instanceOf: ['Q515'],
    facts: [
      { kind: 'country', property: 'P17', value: { kind: 'item', id: 'Q159', label: 'Russia' } },
      { kind: 'region', property: 'P131', value: { kind: 'item', id: 'Q3680', label: 'Krasnodar Krai' } },
      {
        kind: 'population',
        property: 'P1082',
        value: { kind: 'quantity', amount: 466078 },
        asOf: { year: 2021, precision: 9, iso: '2021' },
      },
      { kind: 'area', property: 'P2046', value: { kind: 'quantity', amount: 177, unit: 'km²' } },
      { kind: 'coordinates', property: 'P625', value: { kind: 'coordinates', lat: 43.585, lon: 39.72 } },
    ],
  },
};

async function show(place: PlaceInfo | undefined, facts?: FactsResult) {
  await loadLocatorMap();
  await act(async () => {
    render(
      <Card
        model={{
          mention: { name: place?.name ?? 'Sochi', type: 'LOC' },
          background: { status: 'ok', value: BG, fetchedAt: 0 },
          ...(facts ? { facts } : {}),
          ...(place ? { place } : {}),
          locale: 'en-GB',
        }}
      />,
      root,
    );
  });
  return root;
}

describe('PlaceSection', () => {
  it('draws a city: its country filled, a dot, a world inset, a name and a text alternative', async () => {
    await show(SOCHI, FACTS);
    const svg = root.querySelector('svg.gloss-map__svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Map: Sochi, Russia');
    const focus = [...svg.querySelectorAll(':scope > .gloss-map__land--focus')].map((p) =>
      p.getAttribute('data-country-id'),
    );
    expect(focus).toEqual(['643']);
    expect(svg.querySelectorAll(':scope > circle.gloss-map__dot')).toHaveLength(1);
    expect(svg.querySelector('.gloss-map__inset .gloss-map__land--focus')?.getAttribute('data-country-id')).toBe('643');
    const caption = root.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('Sochi is in the south-west of Russia, at 43.59° N, 39.72° E.');
    expect(caption).toContain('Outlines: Natural Earth · Position: Wikidata');
  });

  it('shows the facts beside the map with their as-of dates, not the coordinates again', async () => {
    await show(SOCHI, FACTS);
    const facts = root.querySelector('.gloss-place__facts')!.textContent!.replace(/\s+/g, ' ');
    expect(facts).toContain('CountryRussia');
    expect(facts).toContain('RegionKrasnodar Krai');
    expect(facts).toContain('Population466,078 (as of 2021)');
    expect(facts).toContain('Area177 km²');
    expect(facts).not.toContain('Coordinates');
    // The map replaces the "Key facts" section and its button for a place.
    expect(root.textContent).not.toContain('Key facts');
    expect(root.textContent).not.toContain('More facts');
  });

  it('fills a country without a dot', async () => {
    await show({ name: 'Syria', kind: 'country', countryCode: 'SY', countryName: 'Syria', source: 'gazetteer' });
    const svg = root.querySelector('svg.gloss-map__svg')!;
    expect(svg.getAttribute('aria-label')).toBe('Map: Syria');
    expect(svg.querySelector('.gloss-map__land--focus')?.getAttribute('data-country-id')).toBe('760');
    expect(svg.querySelector('circle')).toBeNull();
    expect(root.querySelector('figcaption')!.textContent).toContain('Position: GeoNames');
  });

  it('draws nothing, and says nothing went wrong, for a place it cannot draw', async () => {
    await show({ name: 'Atlantis', kind: 'country', source: 'wikidata' });
    expect(root.querySelector('svg')).toBeNull();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    await show({ name: 'Nowhere', kind: 'city', source: 'wikidata' });
    expect(root.querySelector('svg')).toBeNull();
  });

  it('has no map section without a place', async () => {
    await show(undefined);
    expect(root.querySelector('.gloss-place')).toBeNull();
  });
});
