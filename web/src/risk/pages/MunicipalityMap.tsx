import { useQuery } from '@tanstack/react-query';
import { geoArea, geoPath, geoTransverseMercator, type GeoPermissibleObjects } from 'd3-geo';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COLOURS, useWidth } from '../charts/scale.ts';

/** Municipalities outside the office shown: plain background, not a data colour. */
const OUTSIDE = '#e6e9ed';

export interface Shape {
  number: string;
  name: string;
  geometry: GeoPermissibleObjects;
}

/** Municipality boundaries (Kartverket, CC BY 4.0), fetched once and kept for the session. */
export function useShapes() {
  return useQuery({
    queryKey: ['municipality-map'],
    staleTime: Infinity,
    queryFn: async () => {
      const response = await fetch('/api/reference/municipality-map');
      if (!response.ok) throw new Error(`municipality map: ${response.status}`);
      const topology = (await response.json()) as Topology<{
        Kommuner: GeometryCollection<{ kommunenummer: string; name: string }>;
      }>;
      const collection = feature(topology, topology.objects.Kommuner);
      return collection.features.map((f): Shape => ({
        number: f.properties?.kommunenummer ?? '',
        name: f.properties?.name ?? '',
        geometry: spherical(f as GeoJSON.Feature),
      }));
    },
  });
}

/**
 * d3-geo reads polygons on the sphere, exterior rings clockwise; the file follows GeoJSON's planar rule
 * (counter-clockwise), which d3 takes for "the whole globe except this municipality". Reverse such rings.
 */
function spherical(f: GeoJSON.Feature): GeoPermissibleObjects {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const g = f.geometry;
  const flip = (rings: GeoJSON.Position[][]) => rings.map((r) => [...r].reverse());
  if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: flip(g.coordinates) } };
  if (g.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(flip) } };
  return f;
}

/**
 * The municipality choropleth, drawn in SVG with a transverse Mercator projection centred on Norway (UTM 33,
 * as Kartverket's own maps). `focus` zooms to a set of municipalities (an office's area). Mouse users click a
 * municipality; keyboard and screen-reader users pick it from the list or the table beside the map.
 */
export function MunicipalityMap(p: {
  shapes: Shape[];
  fill: (number: string) => string;
  focus: Set<string> | null;
  selected: string | null;
  onSelect: (number: string) => void;
  label: string;
}) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const height = Math.round(Math.min(640, Math.max(360, width * 1.1)));
  const paths = useMemo(() => {
    const shown = p.focus ? p.shapes.filter((s) => p.focus!.has(s.number)) : p.shapes;
    const projection = geoTransverseMercator()
      .rotate([-15, 0])
      .fitExtent(
        [
          [8, 8],
          [width - 8, height - 8],
        ],
        { type: 'FeatureCollection', features: shown.map((s) => s.geometry) } as GeoPermissibleObjects,
      );
    const draw = geoPath(projection);
    return p.shapes.map((s) => ({ ...s, d: draw(s.geometry) ?? '' }));
  }, [p.shapes, p.focus, width, height]);
  return (
    <div ref={ref} className="map-wrap">
      <svg width={width} height={height} role="img" aria-label={p.label} className="chart map">
        <rect width={width} height={height} fill="#f4f7fa" />
        {paths.map((s) => (
          <path
            key={s.number}
            d={s.d}
            fill={p.focus && !p.focus.has(s.number) ? OUTSIDE : p.fill(s.number)}
            stroke={s.number === p.selected ? COLOURS.text : '#ffffff'}
            strokeWidth={s.number === p.selected ? 2 : 0.4}
            onClick={() => p.onSelect(s.number)}
            className="clickable"
          >
            <title>{s.name}</title>
          </path>
        ))}
      </svg>
    </div>
  );
}
