// The locator map's domain, on the shipped data: the bundled gazetteer (public/geo/places.tsv)
// and Natural Earth's 1:110m outlines (world-atlas).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import type { Facts } from '../knowledge/types';
import { distanceKm, latLonOf, validLatLon } from './coordinates';
import { countryAt, countryByCode, countryByName, findCountryShape, worldOf } from './outlines';
import { layoutLocator, placeLabel, relativePosition } from './locator-layout';
import { countriesNamedIn, lookupPlace, parsePlaces, PlacesFileError } from './place-gazetteer';
import { resolvePlace, splitTitle } from './resolve-place';

const gaz = parsePlaces(readFileSync(resolve(__dirname, '../../public/geo/places.tsv'), 'utf8'));
const world = worldOf(atlas as unknown as Topology);
const shapes = world.countries;

describe('coordinates', () => {
  it('accepts real points and refuses everything else', () => {
    expect(validLatLon(43.6, 39.7)).toEqual({ lat: 43.6, lon: 39.7 });
    expect(validLatLon(-90, 180)).toEqual({ lat: -90, lon: 180 });
    for (const [lat, lon] of [
      [91, 0],
      [0, -180.5],
      [Number.NaN, 1],
      [1, Number.POSITIVE_INFINITY],
      ['43', 39],
      [null, 1],
      [undefined, undefined],
    ])
      expect(validLatLon(lat, lon)).toBeUndefined();
    expect(latLonOf({ lat: 1, lon: 2 })).toEqual({ lat: 1, lon: 2 });
    expect(latLonOf('1,2')).toBeUndefined();
  });
  it('measures great-circle distances', () => {
    // Damascus to Aleppo is about 310 km.
    expect(distanceKm({ lat: 33.51, lon: 36.29 }, { lat: 36.2, lon: 37.16 })).toBeGreaterThan(290);
    expect(distanceKm({ lat: 33.51, lon: 36.29 }, { lat: 36.2, lon: 37.16 })).toBeLessThan(330);
  });
});

describe('place gazetteer', () => {
  it('finds places by name, the most prominent first, or in a hinted country', () => {
    expect(lookupPlace(gaz, ['Damascus'])).toMatchObject({ countryCode: 'SY', kind: 'capital' });
    expect(lookupPlace(gaz, ['Damascus'], ['US'])).toMatchObject({ countryCode: 'US', kind: 'city' });
    expect(lookupPlace(gaz, ['Sochi'])).toMatchObject({ countryCode: 'RU' });
    expect(lookupPlace(gaz, ['sochi'])?.point?.lat).toBeCloseTo(43.6, 0);
    expect(lookupPlace(gaz, ['Astana'])).toMatchObject({ countryCode: 'KZ', kind: 'capital' });
    expect(lookupPlace(gaz, ['Syria'])).toMatchObject({ countryCode: 'SY', kind: 'country' });
    expect(lookupPlace(gaz, ['Georgia'], ['US'])).toMatchObject({ countryCode: 'US', kind: 'region' });
    expect(lookupPlace(gaz, ['Nowhere-on-Earth'])).toBeUndefined();
  });
  it('reads country names only from capitalized words', () => {
    expect(countriesNamedIn(gaz, ['City in Krasnodar Krai, Russia'])).toEqual(['RU']);
    expect(countriesNamedIn(gaz, ['U.S. state'])).toEqual(['US']);
    expect(countriesNamedIn(gaz, ['tell us about it'])).toEqual([]);
    expect(countriesNamedIn(gaz, ['Syrian Arab Republic', 'Turkey'])).toEqual(['SY', 'TR']);
  });
  it('refuses a file that is not a places table', () => {
    expect(() => parsePlaces('<html>not found</html>')).toThrow(PlacesFileError);
    expect(() => parsePlaces('c\tSY\t95\t36\tBad latitude')).toThrow(PlacesFileError);
  });
});

const facts = (over: Partial<Facts> & { country?: [string, string]; at?: [number, number] }): Facts => ({
  wikidataId: over.wikidataId ?? 'Q1',
  type: 'LOC',
  instanceOf: over.instanceOf ?? [],
  facts: [
    ...(over.country
      ? [
          {
            kind: 'country' as const,
            property: 'P17',
            value: { kind: 'item' as const, id: over.country[0], label: over.country[1] },
          },
        ]
      : []),
    ...(over.at
      ? [
          {
            kind: 'coordinates' as const,
            property: 'P625',
            value: { kind: 'coordinates' as const, lat: over.at[0], lon: over.at[1] },
          },
        ]
      : []),
  ],
});

describe('resolvePlace', () => {
  it('takes the point from Wikidata and the country from P17 when online', () => {
    const p = resolvePlace(
      {
        mention: 'Sochi',
        title: 'Sochi',
        wikidataId: 'Q132',
        wikipediaPoint: { lat: 43, lon: 39 },
        facts: facts({ wikidataId: 'Q132', instanceOf: ['Q515'], country: ['Q159', 'Russia'], at: [43.585, 39.72] }),
      },
      gaz,
    );
    expect(p).toEqual({
      name: 'Sochi',
      kind: 'city',
      point: { lat: 43.585, lon: 39.72 },
      source: 'wikidata',
      countryCode: 'RU',
      countryName: 'Russia',
    });
  });
  it('knows a country by its class or by being its own country', () => {
    const bySelf = resolvePlace(
      {
        mention: 'Syria',
        title: 'Syria',
        wikidataId: 'Q858',
        facts: facts({ wikidataId: 'Q858', country: ['Q858', 'Syria'] }),
      },
      gaz,
    );
    expect(bySelf).toMatchObject({ kind: 'country', countryCode: 'SY', name: 'Syria' });
    const byClass = resolvePlace(
      { mention: 'Iceland', title: 'Iceland', facts: facts({ instanceOf: ['Q3624078'] }) },
      gaz,
    );
    expect(byClass).toMatchObject({ kind: 'country', countryCode: 'IS' });
  });
  it('falls back to the bundled gazetteer offline, with the page naming the country', () => {
    expect(resolvePlace({ mention: 'Damascus' }, gaz)).toMatchObject({
      kind: 'city',
      countryCode: 'SY',
      countryName: 'Syria',
      source: 'gazetteer',
    });
    expect(resolvePlace({ mention: 'Damascus', context: ['Oregon', 'United States'] }, gaz)).toMatchObject({
      countryCode: 'US',
    });
    expect(resolvePlace({ mention: 'Syria' }, gaz)).toMatchObject({ kind: 'country', countryCode: 'SY' });
  });
  it('uses the title qualifier to choose between namesakes', () => {
    expect(splitTitle('Georgia (U.S. state)')).toEqual({ base: 'Georgia', qualifier: 'U.S. state' });
    expect(splitTitle('Paris, Texas')).toEqual({ base: 'Paris', qualifier: 'Texas' });
    expect(resolvePlace({ mention: 'Georgia', title: 'Georgia (U.S. state)' }, gaz)).toMatchObject({
      kind: 'region',
      countryCode: 'US',
    });
  });
  it('does not take a namesake’s country for a point elsewhere', () => {
    // Wikipedia puts this Damascus in Maryland: the Syrian capital's country must not be used.
    const p = resolvePlace({ mention: 'Damascus', title: 'Damascus', wikipediaPoint: { lat: 39.29, lon: -77.2 } }, gaz);
    expect(p?.countryCode).not.toBe('SY');
  });
  it('gives nothing for an unknown place without coordinates', () => {
    expect(resolvePlace({ mention: 'Atlantis of the Deep' }, gaz)).toBeUndefined();
    expect(resolvePlace({ mention: 'Atlantis', title: 'Atlantis', facts: facts({}) }, gaz)).toBeUndefined();
    expect(resolvePlace({ mention: '   ' }, gaz)).toBeUndefined();
    expect(resolvePlace({ mention: 'Sochi' })).toBeUndefined();
  });
});

describe('outlines', () => {
  it('finds countries by ISO code, by name and by a point inside', () => {
    expect(shapes.length).toBeGreaterThan(170);
    expect(countryByCode(shapes, 'RU')?.id).toBe('643');
    expect(countryByCode(shapes, 'sy')?.name).toBe('Syria');
    expect(countryByName(shapes, 'syria')?.id).toBe('760');
    expect(countryAt(shapes, { lat: 33.51, lon: 36.29 })?.id).toBe('760');
    expect(countryAt(shapes, { lat: 0, lon: -30 })).toBeUndefined(); // the Atlantic
    expect(findCountryShape(shapes, { code: 'XX', names: ['Nowhere'], point: { lat: 51.18, lon: 71.45 } })?.id).toBe(
      '398',
    );
  });
});

describe('layoutLocator', () => {
  const size = { width: 160, height: 120 };
  it('draws a country filled among its neighbours, named in the text alternative', () => {
    const l = layoutLocator({ name: 'Syria', kind: 'country', countryCode: 'SY', source: 'wikidata' }, world, size)!;
    const focus = l.paths.filter((p) => p.focus);
    expect(focus.map((p) => p.id)).toEqual(['760']);
    expect(l.paths.length).toBeGreaterThan(3);
    expect(l.dot).toBeUndefined();
    expect(l.label).toBe('Map: Syria');
    expect(l.description).toMatch(/Turkey/);
    expect(l.description).toMatch(/Iraq/);
  });
  it('draws a city as a dot in its country, with a world inset and a label that fits', () => {
    const l = layoutLocator(
      {
        name: 'Sochi',
        kind: 'city',
        countryCode: 'RU',
        countryName: 'Russia',
        point: { lat: 43.585, lon: 39.72 },
        source: 'wikidata',
      },
      world,
      size,
    )!;
    expect(l.paths.find((p) => p.focus)?.id).toBe('643');
    expect(l.dot!.x).toBeGreaterThanOrEqual(0);
    expect(l.dot!.x).toBeLessThanOrEqual(size.width);
    expect(l.dot!.y).toBeGreaterThanOrEqual(0);
    expect(l.dot!.y).toBeLessThanOrEqual(size.height);
    expect(l.inset?.paths.find((p) => p.focus)?.id).toBe('643');
    expect(l.label).toBe('Map: Sochi, Russia');
    expect(l.description).toBe('Sochi is in the south-west of Russia, at 43.59° N, 39.72° E.');
    for (const lab of l.labels) {
      expect(lab.x).toBeGreaterThanOrEqual(0);
      expect(lab.x).toBeLessThanOrEqual(size.width);
    }
  });
  it('places a region’s dot in its country without an inset', () => {
    const l = layoutLocator(
      {
        name: 'Idlib Governorate',
        kind: 'region',
        countryCode: 'SY',
        point: { lat: 35.8, lon: 36.6 },
        source: 'wikidata',
      },
      world,
      size,
    )!;
    expect(l.paths.find((p) => p.focus)?.id).toBe('760');
    expect(l.inset).toBeUndefined();
    expect(l.dot).toBeDefined();
    expect(l.description).toMatch(/north-west of Syria/);
  });
  it('draws a point in a country too small for the outlines around the point alone', () => {
    const l = layoutLocator(
      {
        name: 'Andorra la Vella',
        kind: 'city',
        countryCode: 'AD',
        point: { lat: 42.5, lon: 1.52 },
        source: 'gazetteer',
      },
      world,
      size,
    )!;
    expect(l.paths.some((p) => p.focus)).toBe(false);
    expect(l.dot).toBeDefined();
    expect(l.paths.length).toBeGreaterThan(0);
  });
  it('draws nothing for a country it has no outline for, or a point-less city', () => {
    expect(layoutLocator({ name: 'Atlantis', kind: 'country', source: 'wikidata' }, world, size)).toBeUndefined();
    expect(layoutLocator({ name: 'Sochi', kind: 'city', source: 'wikidata' }, world, size)).toBeUndefined();
  });
  it('keeps labels clear of the edges and the inset', () => {
    expect(placeLabel('Sochi', { x: 150, y: 50 }, size)?.anchor).toBe('end');
    expect(placeLabel('Sochi', { x: 10, y: 50 }, size)?.anchor).toBe('start');
    expect(placeLabel('A very long place name indeed', { x: 80, y: 50 }, size)).toBeUndefined();
    expect(placeLabel('Sochi', { x: 80, y: 100 }, size, { x: 84, y: 72, width: 56, height: 30 })?.anchor).toBe('end');
    expect(placeLabel('Sochi', { x: 80, y: 5 }, size)).toBeUndefined();
  });
  it('says where in its country a point lies', () => {
    const ru = countryByCode(shapes, 'RU')!;
    expect(relativePosition({ lat: 43.6, lon: 39.7 }, ru)).toBe('south-west');
    const sy = countryByCode(shapes, 'SY')!;
    expect(relativePosition({ lat: 34.8, lon: 38.9 }, sy)).toBe('centre');
  });
});
