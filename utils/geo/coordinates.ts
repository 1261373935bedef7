// Coordinate validation: a position from the network or a file is drawn only when it is a
// real point on Earth. Anything else (missing, NaN, out of range, strings) gives no point,
// so the card shows no map rather than a dot in the wrong place.
import type { LatLon } from '../model/place';

/** `{lat, lon}` when both are finite numbers in range (|lat| ≤ 90, |lon| ≤ 180), else undefined. */
export function validLatLon(lat: unknown, lon: unknown): LatLon | undefined {
  if (typeof lat !== 'number' || typeof lon !== 'number') return undefined;
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

/** A point read from an unknown object with `lat`/`lon` fields (Wikipedia's summary shape). */
export function latLonOf(value: unknown): LatLon | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { lat?: unknown; lon?: unknown };
  return validLatLon(v.lat, v.lon);
}

/** "43.59° N, 39.72° E". */
export function formatLatLon(p: LatLon): string {
  const ns = p.lat >= 0 ? 'N' : 'S';
  const ew = p.lon >= 0 ? 'E' : 'W';
  return `${Math.abs(p.lat).toFixed(2)}° ${ns}, ${Math.abs(p.lon).toFixed(2)}° ${ew}`;
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
