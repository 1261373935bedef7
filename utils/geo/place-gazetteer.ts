// The bundled place gazetteer (public/geo/places.tsv, built by scripts/build-geo.ts from the
// GeoNames-based packages the entity engine's gazetteer comes from): countries, capitals,
// cities of 15,000 people or more, first-level regions. Parsed once; looked up by a name's
// folded phrase key (the entity engine's own key, so "Khan Shaykhūn" and "Khan Shaykhun"
// meet), with country hints deciding between places that share a name.
import { fold, phraseKey } from '../entities/gazetteer';
import { tokenize } from '../entities/tokenizer';
import type { LatLon } from '../model/place';
import { validLatLon } from './coordinates';

/** What a gazetteer row is. */
export type GazetteerKind = 'country' | 'capital' | 'city' | 'region';

/** One place of the gazetteer. */
export interface GazetteerPlace {
  kind: GazetteerKind;
  /** ISO 3166-1 alpha-2 code of its country. */
  countryCode: string;
  /** First name listed (the display name). */
  name: string;
  /** Absent for countries (their outline is the map). */
  point?: LatLon;
}

/** The parsed gazetteer. */
export interface PlaceGazetteer {
  /** Phrase key → places with that name, most prominent first (file order). */
  byKey: Map<string, GazetteerPlace[]>;
  /** Country rows by alpha-2 code. */
  countries: Map<string, GazetteerPlace>;
}

/** The file is not a places table (a truncated download, the wrong file). */
export class PlacesFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlacesFileError';
  }
}

const KINDS: Record<string, GazetteerKind> = { n: 'country', C: 'capital', c: 'city', r: 'region' };

/**
 * Parses places.tsv. Rows with an unknown kind, a bad country code or (for non-countries)
 * no valid point are skipped; a file with no valid row at all is a {@link PlacesFileError}.
 */
export function parsePlaces(text: string): PlaceGazetteer {
  const byKey = new Map<string, GazetteerPlace[]>();
  const countries = new Map<string, GazetteerPlace>();
  let rows = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [k, cc, lat, lon, names] = line.split('\t');
    const kind = KINDS[k ?? ''];
    if (!kind || !cc || !/^[A-Z]{2}$/.test(cc) || !names) continue;
    const list = names.split('|').filter(Boolean);
    if (list.length === 0) continue;
    const place: GazetteerPlace = { kind, countryCode: cc, name: list[0]! };
    if (kind !== 'country') {
      const point = lat && lon ? validLatLon(Number(lat), Number(lon)) : undefined;
      if (!point) continue;
      place.point = point;
    } else if (!countries.has(cc)) {
      countries.set(cc, place);
    }
    rows++;
    for (const n of list) {
      const key = phraseKey(n);
      if (!key) continue;
      const at = byKey.get(key);
      if (!at) byKey.set(key, [place]);
      else if (!at.includes(place)) at.push(place);
    }
  }
  if (rows === 0) throw new PlacesFileError('places file: no valid row');
  return { byKey, countries };
}

/** Places named `name` (any case or accents), most prominent first. */
export function findPlaces(gaz: PlaceGazetteer, name: string): GazetteerPlace[] {
  const key = phraseKey(name.trim());
  return key ? (gaz.byKey.get(key) ?? []) : [];
}

/** The country named `name`, if any. */
export function findCountry(gaz: PlaceGazetteer, name: string): GazetteerPlace | undefined {
  return findPlaces(gaz, name).find((p) => p.kind === 'country');
}

/**
 * The place for the first of `names` the gazetteer knows. Among places sharing a name the
 * first in a hinted country wins (hints in order of trust), else the most prominent.
 */
export function lookupPlace(
  gaz: PlaceGazetteer,
  names: readonly string[],
  countryHints: readonly string[] = [],
): GazetteerPlace | undefined {
  for (const name of names) {
    const found = findPlaces(gaz, name);
    if (found.length === 0) continue;
    for (const cc of countryHints) {
      const inHinted = found.find((p) => p.countryCode === cc);
      if (inHinted) return inHinted;
    }
    return found[0];
  }
  return undefined;
}

/**
 * Codes of the countries named in `texts` (a title's qualifier, a description, other
 * entity names of the page), in order of first mention. Scans word n-grams up to 4 long
 * that start with a capital letter, so running words ("us", "in") never name a country.
 */
export function countriesNamedIn(gaz: PlaceGazetteer, texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const tokens = tokenize(text);
    const words = tokens.map((t) => fold(t.text));
    for (let i = 0; i < words.length; i++) {
      const first = tokens[i]!.text.charAt(0);
      if (first === first.toLowerCase()) continue;
      for (let n = Math.min(4, words.length - i); n >= 1; n--) {
        const country = gaz.byKey.get(words.slice(i, i + n).join(' '))?.find((p) => p.kind === 'country');
        if (country) {
          if (!out.includes(country.countryCode)) out.push(country.countryCode);
          i += n - 1;
          break;
        }
      }
    }
  }
  return out;
}
