// The background's copy of the bundled place gazetteer (public/geo/places.tsv): read from the
// extension's own files on the first place card and parsed once per background lifetime. A
// missing or broken file gives no gazetteer (place cards then map only what the network
// says) and is tried again on the next place card. Nothing leaves the device.
import { parsePlaces, type PlaceGazetteer } from '@/utils/geo/place-gazetteer';

/** A loader of the gazetteer: resolves undefined when it cannot be read. */
export type PlacesLoader = () => Promise<PlaceGazetteer | undefined>;

/** Loads the gazetteer text with `read` (the extension file in the background) and caches it. */
export function createPlacesLoader(read: () => Promise<string>): PlacesLoader {
  let loading: Promise<PlaceGazetteer | undefined> | null = null;
  return () =>
    (loading ??= read()
      .then(parsePlaces)
      .catch((err: unknown) => {
        console.warn('[Gloss] place gazetteer unavailable:', err instanceof Error ? err.message : err);
        loading = null;
        return undefined;
      }));
}
