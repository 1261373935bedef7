// Lays out a locator map as SVG path data: which projection, fitted to what, where the dot
// and the labels go, and the sentence that says the same in words. Pure (d3-geo does the
// geometry); the card's LocatorMap component only turns this into elements.
//
// - country: an azimuthal equal-area view centred on the country (its largest polygon), wide
//   enough to show its neighbours (a continent view for a small country, a hemisphere at most);
//   the country filled.
// - city/town: its country fitted to the frame, a dot at the place, and a small world inset
//   (Natural Earth projection) with the country filled and the dot, for where in the world.
// - region: its country fitted to the frame with a dot at the region's centre; no inset.
// Equal-area azimuthal projections centred on the country keep shapes honest at every
// latitude (no Mercator Greenland) and never cut a country at the antimeridian (Russia).
import {
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoCircle,
  geoDistance,
  geoNaturalEarth1,
  geoPath,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LatLon, PlaceInfo } from '../model/place';
import { formatLatLon } from './coordinates';
import { findCountryShape, type CountryShape, type World } from './outlines';

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

/** The small world map in a corner: paths in its own box, placed at (x, y). */
export interface MapInset {
  x: number;
  y: number;
  width: number;
  height: number;
  sphere: string;
  paths: MapPath[];
  /** In the inset's own coordinates. */
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
/** Average glyph width of the 11px label font (for fitting labels without measuring). */
const CHAR_PX = 6.2;
const DOT_GAP = 5;

/** Lays out the map for `place`; undefined when there is nothing honest to draw. */
export function layoutLocator(place: PlaceInfo, world: World, size: LayoutSize): LocatorLayout | undefined {
  const shapes = world.countries;
  const country = findCountryShape(shapes, {
    code: place.countryCode,
    names: place.kind === 'country' ? [place.name, place.countryName ?? ''] : [place.countryName ?? ''],
    point: place.point,
  });
  if (place.kind === 'country') return country ? countryView(place, country, shapes, size) : undefined;
  if (!place.point) return undefined;
  return pointView(place, place.point, country, world, size);
}

function countryView(place: PlaceInfo, country: CountryShape, shapes: readonly CountryShape[], size: LayoutSize) {
  const centre = geoCentroid(country.main);
  const reach = angularReach(country.main, centre);
  // Enough around the country to show its neighbours; never more than a hemisphere.
  const radius = Math.min(85, Math.max(12, reach * 2.6));
  const projection = geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .clipAngle(Math.min(150, radius * 1.6))
    .precision(0);
  fitTo(projection, geoCircle().center(centre).radius(radius)(), size, 2);
  const path = geoPath(projection).digits(1);
  const paths = drawShapes(path, shapes, country, projection, centre, Math.min(150, radius * 1.6));
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
  world: World,
  size: LayoutSize,
): LocatorLayout {
  const shapes = world.countries;
  const p: [number, number] = [point.lon, point.lat];
  const centre = country ? geoCentroid(country.main) : p;
  const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).clipAngle(120).precision(0);
  // The country (its main polygon and the point, in case the place is on an outlying
  // island); without a country outline (too small for 1:110m), 4° around the point.
  const target: Feature<Geometry> | FeatureCollection = country
    ? {
        type: 'FeatureCollection',
        features: [country.main, { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }],
      }
    : { type: 'Feature', properties: {}, geometry: geoCircle().center(p).radius(4)() };
  const withInset = place.kind === 'city';
  fitTo(projection, target, size, MARGIN + 4);
  const path = geoPath(projection).digits(1);
  const paths = drawShapes(path, shapes, country, projection, centre, 120);
  const xy = projection(p);
  const dot = xy ? { x: round(xy[0]), y: round(xy[1]) } : undefined;
  const inset = withInset ? worldInset(point, country, world, size, dot) : undefined;
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

/** Inset size: a small flat world (Natural Earth projection), 2:1. */
const INSET_W = 56;
const INSET_H = 30;

interface InsetFrame {
  projection: GeoProjection;
  path: ReturnType<typeof geoPath>;
  sphere: string;
  land: string | null;
  countries: WeakMap<CountryShape, string | null>;
}

const insetFrames = new WeakMap<World, InsetFrame>();

/**
 * The world inset's projection and the paths that do not depend on the place (the sphere,
 * all land, each country once drawn), computed once per world: an inset then costs one
 * projected point.
 */
function insetFrame(world: World): InsetFrame {
  let f = insetFrames.get(world);
  if (!f) {
    const projection = geoNaturalEarth1().precision(0);
    projection.fitExtent(
      [
        [0.5, 0.5],
        [INSET_W - 0.5, INSET_H - 0.5],
      ],
      { type: 'Sphere' },
    );
    const path = geoPath(projection).digits(1);
    f = {
      projection,
      path,
      sphere: path({ type: 'Sphere' }) ?? '',
      land: world.land ? path(world.land) : null,
      countries: new WeakMap(),
    };
    insetFrames.set(world, f);
  }
  return f;
}

function worldInset(
  point: LatLon,
  country: CountryShape | undefined,
  world: World,
  size: LayoutSize,
  dot: { x: number; y: number } | undefined,
): MapInset {
  const f = insetFrame(world);
  // The corner farthest from the dot, so the inset never hides the place.
  const corners = [
    { x: size.width - INSET_W - 2, y: size.height - INSET_H - 2 },
    { x: 2, y: size.height - INSET_H - 2 },
    { x: size.width - INSET_W - 2, y: 2 },
    { x: 2, y: 2 },
  ];
  const at = dot
    ? corners
        .map((c) => ({ c, d: Math.hypot(c.x + INSET_W / 2 - dot.x, c.y + INSET_H / 2 - dot.y) }))
        .sort((a, b) => b.d - a.d)[0]!.c
    : corners[0]!;
  let focus: string | null | undefined;
  if (country) {
    focus = f.countries.get(country);
    if (focus === undefined) {
      focus = f.path(country.feature);
      f.countries.set(country, focus);
    }
  }
  const paths: MapPath[] = [
    ...(f.land ? [{ name: 'land', d: f.land, focus: false }] : []),
    ...(country && focus
      ? [{ ...(country.id ? { id: country.id } : {}), name: country.name, d: focus, focus: true }]
      : []),
  ];
  const xy = f.projection([point.lon, point.lat]);
  return {
    x: at.x,
    y: at.y,
    width: INSET_W,
    height: INSET_H,
    sphere: f.sphere,
    paths,
    ...(xy ? { dot: { x: round(xy[0]), y: round(xy[1]) } } : {}),
  };
}

/** The place's name beside its dot where it fits (right, else left), clear of the inset. */
export function placeLabel(
  text: string,
  dot: { x: number; y: number },
  size: LayoutSize,
  inset?: { x: number; y: number; width: number; height: number },
): MapLabel | undefined {
  const w = text.length * CHAR_PX;
  const y = dot.y + 4;
  if (y - 11 < 0 || y > size.height) return undefined;
  const clear = (x0: number, x1: number) =>
    !inset || x1 < inset.x || x0 > inset.x + inset.width || y < inset.y || y - 11 > inset.y + inset.height;
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

function fitTo(projection: GeoProjection, target: unknown, size: LayoutSize, margin: number) {
  frames.set(projection, [
    [0, 0],
    [size.width, size.height],
  ]);
  projection.fitExtent(
    [
      [margin, margin],
      [size.width - margin, size.height - margin],
    ],
    target as never,
  );
  // Cut paths at the frame: a third of the path data for a large country's neighbourhood.
  projection.clipExtent([
    [-1, -1],
    [size.width + 1, size.height + 1],
  ]);
}

/**
 * Paths of the countries that can show in the frame: those whose bounding circle reaches
 * within the view's angular radius around `centre` (the farthest frame corner or edge point,
 * read back through the projection), plus the focus country.
 */
function drawShapes(
  path: ReturnType<typeof geoPath>,
  shapes: readonly CountryShape[],
  focus: CountryShape | undefined,
  projection: GeoProjection,
  centre: [number, number],
  maxDegrees: number,
): MapPath[] {
  const out: MapPath[] = [];
  const view = viewRadius(projection, centre, maxDegrees);
  for (const s of shapes) {
    if (s !== focus && geoDistance(centre, s.bound.centre) - s.bound.radius > view) continue;
    const d = path(s.feature);
    if (!d) continue;
    out.push({ ...(s.id ? { id: s.id } : {}), name: s.name, d, focus: s === focus });
  }
  // The focus country last, so its outline draws over its neighbours' shared borders.
  out.sort((a, b) => Number(a.focus) - Number(b.focus));
  return out;
}

/** Angular radius (radians) of what the projection shows in its clip extent or frame. */
function viewRadius(projection: GeoProjection, centre: [number, number], maxDegrees: number): number {
  const max = (maxDegrees * Math.PI) / 180;
  const [tx, ty] = projection.translate();
  const extent = projection.clipExtent() ?? frameOf(projection);
  if (!extent) return max;
  const [[x0, y0], [x1, y1]] = extent;
  let r = 0;
  for (const [x, y] of [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
    [tx, y0],
    [tx, y1],
    [x0, ty],
    [x1, ty],
  ] as [number, number][]) {
    const ll = projection.invert?.([x, y]);
    if (!ll || !Number.isFinite(ll[0]) || !Number.isFinite(ll[1])) return max;
    r = Math.max(r, geoDistance(centre, ll));
  }
  return Math.min(max, r + 0.01);
}

const frames = new WeakMap<GeoProjection, [[number, number], [number, number]]>();

function frameOf(projection: GeoProjection) {
  return frames.get(projection);
}

function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
