// Country outlines for the locator map: Natural Earth's admin-0 countries at 1:110m
// (world-atlas), turned from TopoJSON into GeoJSON features once, each with its numeric ISO
// code, its name, its neighbours, and its largest polygon (France's mainland rather than
// France with French Guiana), which is what a map centres on. Country lookup by ISO code,
// by name, or by the point it contains.
import { geoArea, geoCentroid, geoContains, geoDistance } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fold } from '../entities/gazetteer';
import type { LatLon } from '../model/place';
import { ISO_NUMERIC } from './iso-numeric';

/** One country outline. */
export interface CountryShape {
  /** ISO 3166-1 numeric code ("643"); Natural Earth gives none for a few (Kosovo, N. Cyprus). */
  id?: string;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
  /** The polygon with the largest area. */
  main: Feature<Polygon>;
  /** Indexes of bordering countries in the same list. */
  neighbors: number[];
  /** A circle that holds the whole country: centre [lon, lat] and radius in radians (culling). */
  bound: { centre: [number, number]; radius: number };
}

/** The outlines a map draws from: countries, and all land as one shape (the globe inset). */
export interface World {
  countries: CountryShape[];
  land?: Feature | FeatureCollection;
}

/** Builds the world from a world-atlas topology (objects `countries` and `land`). */
export function worldOf(topology: Topology): World {
  const land = topology.objects.land ? (feature(topology, topology.objects.land as never) as unknown) : undefined;
  return { countries: countryShapes(topology), ...(land ? { land: land as Feature | FeatureCollection } : {}) };
}

/** Builds the country list from a world-atlas topology (object `countries`). */
export function countryShapes(topology: Topology): CountryShape[] {
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const geoms = object.geometries;
  const adjacency = neighbors(geoms as never);
  const out: CountryShape[] = [];
  geoms.forEach((g, i) => {
    const f = feature(topology, g as never) as unknown as Feature<Polygon | MultiPolygon, { name: string }>;
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) return;
    const polys: Polygon[] =
      f.geometry.type === 'Polygon'
        ? [f.geometry]
        : f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    let main = polys[0]!;
    let best = -1;
    for (const p of polys) {
      const a = geoArea(p);
      if (a > best) {
        best = a;
        main = p;
      }
    }
    const id = typeof g.id === 'string' || typeof g.id === 'number' ? String(g.id) : undefined;
    const centre = geoCentroid(f) as [number, number];
    let radius = 0;
    for (const p of polys)
      for (const ring of p.coordinates)
        for (const pt of ring) radius = Math.max(radius, geoDistance(centre, pt as [number, number]));
    out.push({
      ...(id ? { id } : {}),
      name: f.properties?.name ?? '',
      feature: f,
      main: { type: 'Feature', properties: {}, geometry: main },
      neighbors: adjacency[i] ?? [],
      bound: { centre, radius },
    });
  });
  return out;
}

/** The outline of the country with alpha-2 `code`, if Natural Earth draws it at this scale. */
export function countryByCode(shapes: readonly CountryShape[], code: string): CountryShape | undefined {
  const numeric = ISO_NUMERIC[code.toUpperCase()];
  return numeric ? shapes.find((s) => s.id === numeric) : undefined;
}

/** The outline whose name is `name` (case and accents ignored). */
export function countryByName(shapes: readonly CountryShape[], name: string): CountryShape | undefined {
  const key = fold(name.trim());
  return key ? shapes.find((s) => fold(s.name) === key) : undefined;
}

/** The outline containing `point`. */
export function countryAt(shapes: readonly CountryShape[], point: LatLon): CountryShape | undefined {
  const p: [number, number] = [point.lon, point.lat];
  return shapes.find((s) => geoContains(s.feature, p));
}

/** The place's country: by its code when known, else by name, then by the point it contains. */
export function findCountryShape(
  shapes: readonly CountryShape[],
  q: { code?: string; names?: readonly string[]; point?: LatLon },
): CountryShape | undefined {
  if (q.code) {
    // A known country too small for 1:110m has no outline: a neighbour containing the point
    // at this coarse scale would be the wrong country.
    if (ISO_NUMERIC[q.code.toUpperCase()]) return countryByCode(shapes, q.code);
  }
  for (const n of q.names ?? []) {
    const byName = countryByName(shapes, n);
    if (byName) return byName;
  }
  return q.point ? countryAt(shapes, q.point) : undefined;
}
