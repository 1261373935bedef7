// Which place a card's map shows, from what the card knows: Wikidata's facts (P625
// coordinates, P17 country, P31 classes) when online, Wikipedia's coordinates, and the bundled
// gazetteer (offline/private mode, or what the network did not say), with country hints from
// the linked title's qualifier ("Georgia (U.S. state)"), its description and the page's other
// entity names. Anything not resolved gives no place, so no map: never a guess drawn as fact.
import type { Facts } from '../knowledge/types';
import type { LatLon, PlaceInfo, PlaceKind, PlaceSource } from '../model/place';
import { distanceKm } from './coordinates';
import {
  countriesNamedIn,
  findCountry,
  lookupPlace,
  type GazetteerPlace,
  type PlaceGazetteer,
} from './place-gazetteer';

/** What the card knows about a place mention. */
export interface PlaceEvidence {
  /** The name as written on the page. */
  mention: string;
  /** The linked Wikipedia title ("Georgia (U.S. state)"). */
  title?: string;
  description?: string;
  /** Wikipedia's coordinates (REST summary). */
  wikipediaPoint?: LatLon;
  wikidataId?: string;
  /** Wikidata facts, when they were loaded. */
  facts?: Facts;
  /** Other entity names on the page (country hints). */
  context?: readonly string[];
}

/** Wikidata classes that make an item a country: country, sovereign state. */
const COUNTRY_CLASSES = new Set(['Q6256', 'Q3624078']);

/**
 * Wikidata's generic classes of regions: first- and second-level administrative subdivision,
 * state of the US, province, federated state.
 */
const REGION_CLASSES = new Set(['Q10864048', 'Q13220204', 'Q35657', 'Q34876', 'Q107390']);

/** Words that name a kind of administrative region when they end a title ("Idlib Governorate"). */
const REGION_WORDS =
  /\b(governorate|province|oblast|krai|region|state|county|district|prefecture|canton|department|voivodeship|emirate|territory)$/i;

/** A gazetteer point this far from the network's point is another place of the same name. */
const SAME_PLACE_KM = 75;

/** Splits "Georgia (U.S. state)" / "Paris, Texas" into the name and its qualifier. */
export function splitTitle(title: string): { base: string; qualifier?: string } {
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(title);
  if (paren) return { base: paren[1]!.trim(), qualifier: paren[2]!.trim() };
  const comma = /^([^,]+),\s*(.+)$/.exec(title);
  if (comma) return { base: comma[1]!.trim(), qualifier: comma[2]!.trim() };
  return { base: title.trim() };
}

/** The place to map, or undefined when it cannot be resolved. */
export function resolvePlace(ev: PlaceEvidence, gaz?: PlaceGazetteer): PlaceInfo | undefined {
  const split = ev.title ? splitTitle(ev.title) : undefined;
  const names = [...new Set([split?.base, ev.mention].filter((n): n is string => !!n && n.trim().length > 0))];
  if (names.length === 0) return undefined;
  const facts = ev.facts;
  const countryFacts = facts?.facts.filter((f) => f.kind === 'country') ?? [];
  const countryItem = countryFacts[0]?.value.kind === 'item' ? countryFacts[0].value : undefined;
  const wikidataPoint = facts?.facts.find((f) => f.kind === 'coordinates')?.value;
  const p31 = facts?.instanceOf ?? [];

  // Country hints, most trusted first: Wikidata's P17, the title's qualifier, the
  // description, the page's other entity names.
  const hints: string[] = [];
  if (gaz) {
    const add = (codes: string[]) => {
      for (const c of codes) if (!hints.includes(c)) hints.push(c);
    };
    if (countryItem) add(countriesNamedIn(gaz, [countryItem.label]));
    if (split?.qualifier) add(countriesNamedIn(gaz, [split.qualifier]));
    if (ev.description) add(countriesNamedIn(gaz, [ev.description]));
    if (ev.context) add(countriesNamedIn(gaz, ev.context));
  }
  // Online, the network's own country evidence (P17, the title's qualifier, the description)
  // must agree before a gazetteer namesake stands in for what it did not say.
  const online = facts !== undefined || ev.title !== undefined;
  const onlineHints = gaz
    ? countriesNamedIn(gaz, [countryItem?.label ?? '', split?.qualifier ?? '', ev.description ?? ''])
    : [];
  const found = gaz ? lookupPlace(gaz, names, hints) : undefined;
  const row = found && (!online || onlineHints.includes(found.countryCode)) ? found : undefined;

  const isCountry =
    p31.some((c) => COUNTRY_CLASSES.has(c)) ||
    (countryItem !== undefined && ev.wikidataId !== undefined && countryItem.id === ev.wikidataId) ||
    (!facts &&
      (row?.kind === 'country' || (gaz !== undefined && ev.title !== undefined && !!findCountry(gaz, ev.title))));
  if (isCountry) {
    const own = gaz ? names.map((n) => findCountry(gaz, n)).find(Boolean) : undefined;
    const name = names[0]!;
    const place: PlaceInfo = { name, kind: 'country', countryName: name, source: sourceOf(ev, !!facts) };
    if (own) place.countryCode = own.countryCode;
    return place;
  }

  const kind: PlaceKind =
    p31.some((c) => REGION_CLASSES.has(c)) ||
    (split && REGION_WORDS.test(split.base)) ||
    (!facts && row?.kind === 'region')
      ? 'region'
      : 'city';
  let point: LatLon | undefined;
  let source: PlaceSource;
  if (wikidataPoint?.kind === 'coordinates') {
    point = { lat: wikidataPoint.lat, lon: wikidataPoint.lon };
    source = 'wikidata';
  } else if (ev.wikipediaPoint) {
    point = ev.wikipediaPoint;
    source = 'wikipedia';
  } else if (row?.point) {
    point = row.point;
    source = 'gazetteer';
  } else {
    return undefined;
  }
  // The gazetteer's country counts only for the same place (a Damascus near the point).
  const sameRow: GazetteerPlace | undefined =
    row?.point && (source === 'gazetteer' || distanceKm(row.point, point) <= SAME_PLACE_KM) ? row : undefined;
  const code = (countryItem && gaz ? countriesNamedIn(gaz, [countryItem.label])[0] : undefined) ?? sameRow?.countryCode;
  const place: PlaceInfo = { name: names[0]!, kind, point, source };
  if (code) place.countryCode = code;
  const countryName = countryItem?.label ?? (code && gaz ? gaz.countries.get(code)?.name : undefined);
  if (countryName) place.countryName = countryName;
  return place;
}

function sourceOf(ev: PlaceEvidence, hasFacts: boolean): PlaceSource {
  return hasFacts ? 'wikidata' : ev.title ? 'wikipedia' : 'gazetteer';
}
