// A place card's map and facts side by side: the locator map (loaded lazily, so the card
// frame fetches the map module and the outlines only when a place card opens) and the
// place's facts from Wikidata (country, region, population, area, each with its as-of date).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FactsResult } from '@/utils/knowledge/types';
import type { PlaceInfo } from '@/utils/model/place';
import { FactList } from './FactList';
import { Skeleton } from './Skeleton';

type MapModule = typeof import('./LocatorMap');

/** Reserved for the map while its module loads, so the card does not jump (LocatorMap's MAP_SIZE). */
const RESERVED = { width: 168, height: 126 };

let mapModule: MapModule | undefined;
let mapLoading: Promise<MapModule> | undefined;

/** Loads the map module once per card frame (a separate chunk); its load time is measured. */
export function loadLocatorMap(): Promise<MapModule> {
  if (!mapLoading) {
    const start = performance.now();
    mapLoading = import('./LocatorMap').then(
      (m) => {
        mapModule = m;
        measure('gloss-map-load', start);
        return m;
      },
      (err: unknown) => {
        mapLoading = undefined;
        throw err;
      },
    );
  }
  return mapLoading;
}

const SHOWN = new Set(['country', 'region', 'population', 'area']);

export interface PlaceSectionProps {
  place: PlaceInfo;
  facts?: FactsResult | { status: 'loading' };
  locale?: string;
}

/** "Map" section (heading level 2). */
export function PlaceSection({ place, facts, locale }: PlaceSectionProps) {
  const [mod, setMod] = useState<MapModule | undefined>(mapModule);
  const [failed, setFailed] = useState(false);
  // First paint of this place's map, from the moment the section had the place.
  const opened = useRef(performance.now());
  const key = JSON.stringify(place);
  // A new place restarts the paint clock.
  useEffect(() => {
    opened.current = performance.now();
  }, [key]);
  useEffect(() => {
    if (mod) return;
    let live = true;
    loadLocatorMap().then(
      (m) => live && setMod(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [mod]);
  const onPaint = useCallback(() => measure('gloss-map-paint', opened.current), []);
  const list = facts?.status === 'ok' ? facts.value.facts.filter((f) => SHOWN.has(f.kind)) : [];
  return (
    <section class="gloss-card__section gloss-place" aria-labelledby="gloss-place-heading">
      <h2 id="gloss-place-heading">Map</h2>
      <div class="gloss-place__row">
        {failed ? (
          <p class="gloss-card__message">Gloss couldn't load its map.</p>
        ) : mod ? (
          <mod.LocatorMap place={place} onPaint={onPaint} />
        ) : (
          <div
            class="gloss-map gloss-map--loading"
            style={{ width: `${RESERVED.width}px`, height: `${RESERVED.height}px` }}
          />
        )}
        {facts?.status === 'loading' && <Skeleton label={`Loading facts about ${place.name}…`} lines={3} />}
        {list.length > 0 && <FactList facts={list} locale={locale} className="gloss-place__facts" />}
      </div>
    </section>
  );
}

function measure(name: string, start: number) {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // User Timing missing (an old test DOM): the figure is lost, the map is not.
  }
}
