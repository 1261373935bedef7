// The locator map (lazy chunk: the card loads this module, d3-geo, topojson-client and the
// Natural Earth outlines only when a place card opens). An SVG drawn from the layout in
// utils/geo: sea, countries, the place's country filled, a dot for a point, a small globe
// inset for a city, labels only where they fit. role="img" with the accessible name
// "Map: Sochi, Russia"; the caption under it is the text alternative and the credits.
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { layoutLocator, type MapPath } from '@/utils/geo/locator-layout';
import { worldOf, type World } from '@/utils/geo/outlines';
import type { PlaceInfo } from '@/utils/model/place';

/** The map's drawing size in CSS pixels (the card reserves it while the module loads). */
export const MAP_SIZE = Object.freeze({ width: 168, height: 126 });

let world: World | undefined;

/** The outlines, converted from TopoJSON once per card frame. */
export function worldOutlines(): World {
  world ??= worldOf(atlas as unknown as Topology);
  return world;
}

const CREDIT: Record<PlaceInfo['source'], string> = {
  wikidata: 'Position: Wikidata',
  wikipedia: 'Position: Wikipedia',
  gazetteer: 'Position: GeoNames',
};

export interface LocatorMapProps {
  place: PlaceInfo;
  /** Called once the map is in the DOM with its layout computed (timing). */
  onPaint?(): void;
}

/** The map for `place`, or nothing when the place cannot be drawn honestly. */
export function LocatorMap({ place, onPaint }: LocatorMapProps) {
  const key = JSON.stringify(place);
  // Keyed by the place's content: a model re-sent with the same place keeps its layout.
  const layout = useMemo(() => layoutLocator(place, worldOutlines(), MAP_SIZE), [key]);
  const svg = useRef<SVGSVGElement>(null);
  // The card frame is often hidden when a map arrives (it shows at the reader's hover delay),
  // and hidden frames get no animation frames: the map counts as drawn once it is in the DOM
  // with its box computed (style and layout forced here).
  useLayoutEffect(() => {
    if (!layout || !onPaint || !svg.current) return;
    svg.current.getBoundingClientRect();
    onPaint();
  }, [layout, onPaint]);
  if (!layout) return null;
  const { width, height } = layout;
  return (
    <figure class="gloss-map">
      <svg
        ref={svg}
        class="gloss-map__svg"
        role="img"
        aria-label={layout.label}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        data-kind={place.kind}
      >
        <path class="gloss-map__sea" d={layout.sphere} />
        <Countries paths={layout.paths} />
        {layout.dot && <circle class="gloss-map__dot" cx={layout.dot.x} cy={layout.dot.y} r={3.5} />}
        {layout.labels.map((l) => (
          <text key={l.text} class="gloss-map__label" x={l.x} y={l.y} text-anchor={l.anchor}>
            {l.text}
          </text>
        ))}
        {layout.inset && (
          <g class="gloss-map__inset" transform={`translate(${layout.inset.x} ${layout.inset.y})`}>
            <path class="gloss-map__globe" d={layout.inset.sphere} />
            <Countries paths={layout.inset.paths} />
            {layout.inset.dot && (
              <circle
                class="gloss-map__dot gloss-map__dot--small"
                cx={layout.inset.dot.x}
                cy={layout.inset.dot.y}
                r={2}
              />
            )}
          </g>
        )}
      </svg>
      <figcaption class="gloss-map__caption">
        {layout.description} <span class="gloss-map__credit">Outlines: Natural Earth · {CREDIT[place.source]}</span>
      </figcaption>
    </figure>
  );
}

function Countries({ paths }: { paths: readonly MapPath[] }) {
  return (
    <>
      {paths.map((p, i) => (
        <path
          key={`${p.id ?? p.name}-${i}`}
          class={p.focus ? 'gloss-map__land gloss-map__land--focus' : 'gloss-map__land'}
          d={p.d}
          data-country-id={p.id}
        />
      ))}
    </>
  );
}
