// The place a card's locator map shows: resolved in the background (Wikidata, Wikipedia's
// coordinates, or the bundled gazetteer) and drawn in the card frame. Pure data: it crosses
// the background → card-frame Port as JSON.

/** A point on the globe in degrees (WGS 84, as Wikidata and GeoNames give it). */
export interface LatLon {
  lat: number;
  lon: number;
}

/** What the map draws: a country filled, or a point (city, town, landmark, region) in its country. */
export type PlaceKind = 'country' | 'region' | 'city';

/** Where the place's position came from (the map's text alternative says so). */
export type PlaceSource = 'wikidata' | 'wikipedia' | 'gazetteer';

/** A place resolved for the locator map. */
export interface PlaceInfo {
  /** The place's name as the card shows it ("Sochi"). */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place is (in), when known ("RU"). */
  countryCode?: string;
  /** The country's name for the map's accessible name ("Russia"). */
  countryName?: string;
  /** The place's point; absent for a country (its outline is the map). */
  point?: LatLon;
  source: PlaceSource;
}
