// Lays out a locator map as SVG path data: which projection, fitted to what, where the dot
// and the labels go, and the sentence that says the same in words. Pure (d3-geo does the
// geometry); the card's LocatorMap component only turns this into elements.
//
// - country: an azimuthal equal-area view centred on the country (its largest polygon), wide
//   enough to show its neighbours (a continent view for a small country, a hemisphere at most);
//   the country filled.
// - city/town: its country fitted to the frame, a dot at the place, and a small globe inset
//   (orthographic, centred on the place) with the country filled, for where in the world.
// - region: its country fitted to the frame with a dot at the region's centre; no inset.
// Equal-area azimuthal projections centred on the country keep shapes honest at every
// latitude (no Mercator Greenland) and never cut a country at the antimeridian (Russia).
import {
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoCircle,
  geoDistance,
  geoOrthographic,
  geoPath,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LatLon, PlaceInfo } from '../model/place';
import { formatLatLon } from './coordinates';
import { findCountryShape, type CountryShape } from './outlines';

/** One country path in a view. */
export interface MapPath {
  /** ISO numeric code, when Natural Earth gives one. */
  id?: string;
  name: string;
  d: string;
  /** The place's country (filled). */
  focus: boolean;
}

/** A text label at an anchor point. */
export interface MapLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

/** The small world globe in a corner. */
export interface MapInset {
  x: number;
  y: number;
  size: number;
  sphere: string;
  paths: MapPath[];
  dot?: { x: number; y: number };
}

/** Everything the map draws. */
export interface LocatorLayout {
  width: number;
  height: number;
  /** The outline of the visible globe part (sea). */
  sphere: string;
  paths: MapPath[];
  dot?: { x: number; y: number };
  labels: MapLabel[];
  inset?: MapInset;
  /** The place's country outline, when found. */
  country?: CountryShape;
  /** "Map: Sochi, Russia". */
  label: string;
  /** The text alternative: where the place is, in words. */
  description: string;
}

/** Frame and drawing sizes (CSS pixels). */
export interface LayoutSize {
  width: number;
  height: number;
}

const MARGIN = 6;
const INSET = 46;
/** Average glyph width of the 11px label font (for fitting labels without measuring). */
const CHAR_PX = 6.2;
const DOT_GAP = 5;

/** Lays out the map for `place`; undefined when there is nothing honest to draw. */
export function layoutLocator(
  place: PlaceInfo,
  shapes: readonly CountryShape[],
  size: LayoutSize,
): LocatorLayout | undefined {
  const country = findCountryShape(shapes, {
    code: place.countryCode,
    names: place.kind === 'country' ? [place.name, place.countryName ?? ''] : [place.countryName ?? ''],
    point: place.point,
  });
  if (place.kind === 'country') return country ? countryView(place, country, shapes, size) : undefined;
  if (!place.point) return undefined;
  return pointView(place, place.point, country, shapes, size);
}

function countryView(place: PlaceInfo, country: CountryShape, shapes: readonly CountryShape[], size: LayoutSize) {
  const centre = geoCentroid(country.main);
  const reach = angularReach(country.main, centre);
  // Enough around the country to show its neighbours; never more than a hemisphere.
  const radius = Math.min(85, Math.max(12, reach * 2.6));
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .clipAngle(Math.min(150, radius * 1.6))
    .precision(0.5);
  fit(projection, geoCircle().center(centre).radius(radius)(), size, 2);
  const path = geoPath(projection);
  const paths = drawShapes(path, shapes, country, projection, centre, radius * 1.6);
  const labels: MapLabel[] = [];
  const [[x0, y0], [x1, y1]] = path.bounds(country.main);
  const [cx, cy] = path.centroid(country.main);
  const name = place.name;
  if (x1 - x0 >= name.length * CHAR_PX + 6 && y1 - y0 >= 14 && Number.isFinite(cx) && Number.isFinite(cy)) {
    labels.push({ text: name, x: cx, y: cy + 4, anchor: 'middle' });
  }
  const around = country.neighbors.map((i) => shapes[i]?.name).filter((n): n is string => !!n);
  return {
    ...size,
    sphere: path({ type: 'Sphere' }) ?? '',
    paths,
    labels,
    country,
    label: `Map: ${name}`,
    description:
      around.length > 0
        ? `${name}, filled, with its neighbours: ${listText(around.slice(0, 6))}${around.length > 6 ? ' and others' : ''}.`
        : `${name}, filled, with the seas and lands around it.`,
  } satisfies LocatorLayout;
}

function pointView(
  place: PlaceInfo,
  point: LatLon,
  country: CountryShape | undefined,
  shapes: readonly CountryShape[],
  size: LayoutSize,
): LocatorLayout {
  const p: [number, number] = [point.lon, point.lat];
  const centre = country ? geoCentroid(country.main) : p;
  const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).clipAngle(120).precision(0.5);
  // The country (its main polygon and the point, in case the place is on an outlying
  // island); without a country outline (too small for 1:110m), 4° around the point.
  const target: Feature<Geometry> | FeatureCollection = country
    ? {
        type: 'FeatureCollection',
        features: [country.main, { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }],
      }
    : { type: 'Feature', properties: {}, geometry: geoCircle().center(p).radius(4)() };
  const withInset = place.kind === 'city';
  fit(projection, target, size, MARGIN + 4);
  const path = geoPath(projection);
  const reach = country ? angularReach(country.main, centre) * 2.5 + 10 : 20;
  const paths = drawShapes(path, shapes, country, projection, centre, Math.min(120, reach));
  const xy = projection(p);
  const dot = xy ? { x: round(xy[0]), y: round(xy[1]) } : undefined;
  const inset = withInset ? globeInset(point, country, shapes, size, dot) : undefined;
  const labels: MapLabel[] = [];
  if (dot) {
    const label = placeLabel(place.name, dot, size, inset);
    if (label) labels.push(label);
  }
  const countryName = place.countryName ?? country?.name;
  const where = country ? relativePosition(point, country) : undefined;
  const coords = formatLatLon(point);
  return {
    ...size,
    sphere: path({ type: 'Sphere' }) ?? '',
    paths,
    ...(dot ? { dot } : {}),
    labels,
    ...(inset ? { inset } : {}),
    ...(country ? { country } : {}),
    label: countryName ? `Map: ${place.name}, ${countryName}` : `Map: ${place.name}`,
    description: countryName
      ? `${place.name} is ${where ? `in the ${where} of` : 'in'} ${countryName}, at ${coords}.`
      : `${place.name} is at ${coords}.`,
  };
}

function globeInset(
  point: LatLon,
  country: CountryShape | undefined,
  shapes: readonly CountryShape[],
  size: LayoutSize,
  dot: { x: number; y: number } | undefined,
): MapInset {
  const s = INSET;
  // The corner farthest from the dot, so the inset never hides the place.
  const corners = [
    { x: size.width - s - 2, y: size.height - s - 2 },
    { x: 2, y: size.height - s - 2 },
    { x: size.width - s - 2, y: 2 },
    { x: 2, y: 2 },
  ];
  const at = dot
    ? corners.map((c) => ({ c, d: Math.hypot(c.x + s / 2 - dot.x, c.y + s / 2 - dot.y) })).sort((a, b) => b.d - a.d)[0]!
        .c
    : corners[0]!;
  const projection = geoOrthographic()
    .rotate([-point.lon, -Math.max(-60, Math.min(60, point.lat))])
    .clipAngle(90)
    .precision(1)
    .translate([at.x + s / 2, at.y + s / 2])
    .scale(s / 2 - 1);
  const path = geoPath(projection);
  const centre: [number, number] = [point.lon, point.lat];
  const paths = drawShapes(path, shapes, country, projection, centre, 90);
  const xy = projection(centre);
  return {
    x: at.x,
    y: at.y,
    size: s,
    sphere: path({ type: 'Sphere' }) ?? '',
    paths,
    ...(xy ? { dot: { x: round(xy[0]), y: round(xy[1]) } } : {}),
  };
}

/** The place's name beside its dot where it fits (right, else left), clear of the inset. */
export function placeLabel(
  text: string,
  dot: { x: number; y: number },
  size: LayoutSize,
  inset?: { x: number; y: number; size: number },
): MapLabel | undefined {
  const w = text.length * CHAR_PX;
  const y = dot.y + 4;
  if (y - 11 < 0 || y > size.height) return undefined;
  const clear = (x0: number, x1: number) =>
    !inset || x1 < inset.x || x0 > inset.x + inset.size || y < inset.y || y - 11 > inset.y + inset.size;
  const right = dot.x + DOT_GAP;
  if (right + w <= size.width - 2 && clear(right, right + w)) return { text, x: right, y, anchor: 'start' };
  const left = dot.x - DOT_GAP;
  if (left - w >= 2 && clear(left - w, left)) return { text, x: left, y, anchor: 'end' };
  return undefined;
}

/**
 * Where `point` lies in its country, in words: "north", "south-west", "centre"… from the
 * country's bounding box (thirds on each axis).
 */
export function relativePosition(point: LatLon, country: CountryShape): string {
  const [[west, south], [east, north]] = geoBounds(country.main);
  const span = east >= west ? east - west : east + 360 - west;
  let dx = point.lon - west;
  if (dx < 0) dx += 360;
  const fx = span > 0 ? dx / span : 0.5;
  const fy = north > south ? (point.lat - south) / (north - south) : 0.5;
  const ns = fy > 2 / 3 ? 'north' : fy < 1 / 3 ? 'south' : '';
  const ew = fx > 2 / 3 ? 'east' : fx < 1 / 3 ? 'west' : '';
  return ns && ew ? `${ns}-${ew}` : ns || ew || 'centre';
}

/** Largest angular distance (degrees) from `centre` to the polygon's outer ring. */
function angularReach(main: Feature<import('geojson').Polygon>, centre: [number, number]): number {
  let max = 0;
  for (const c of main.geometry.coordinates[0] ?? []) {
    const d = geoDistance(centre, c as [number, number]);
    if (d > max) max = d;
  }
  return (max * 180) / Math.PI;
}

function fit(projection: GeoProjection, target: unknown, size: LayoutSize, margin: number) {
  projection.fitExtent(
    [
      [margin, margin],
      [size.width - margin, size.height - margin],
    ],
    target as never,
  );
}

/** Paths of the countries that can be visible (within `reach` degrees of `centre`). */
function drawShapes(
  path: ReturnType<typeof geoPath>,
  shapes: readonly CountryShape[],
  focus: CountryShape | undefined,
  _projection: GeoProjection,
  centre: [number, number],
  reach: number,
): MapPath[] {
  const out: MapPath[] = [];
  const limit = ((reach + 1) * Math.PI) / 180;
  for (const s of shapes) {
    if (s !== focus && !nearby(s, centre, limit)) continue;
    const d = path(s.feature);
    if (!d) continue;
    out.push({ ...(s.id ? { id: s.id } : {}), name: s.name, d, focus: s === focus });
  }
  // The focus country last, so its outline draws over its neighbours' shared borders.
  out.sort((a, b) => Number(a.focus) - Number(b.focus));
  return out;
}

const reachCache = new WeakMap<CountryShape, { c: [number, number]; r: number }>();

/** Whether any part of the country may be within `limit` radians of `centre`. */
function nearby(s: CountryShape, centre: [number, number], limit: number): boolean {
  let b = reachCache.get(s);
  if (!b) {
    const c = geoCentroid(s.feature);
    let r = 0;
    const geom = s.feature.geometry;
    const rings = geom.type === 'Polygon' ? geom.coordinates : geom.coordinates.flat();
    for (const ring of rings) for (const pt of ring) r = Math.max(r, geoDistance(c, pt as [number, number]));
    b = { c, r };
    reachCache.set(s, b);
  }
  return geoDistance(centre, b.c) - b.r <= limit;
}

function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
