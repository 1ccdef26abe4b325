/**
 * The municipality boundaries for the web map (Kartverket, CC BY 4.0; reference/kommuner-2024.topojson),
 * quantised once per process with topojson-client: integer, delta-encoded arcs at 10⁵ steps per side of the
 * bounding box (about 10 m in Norway, far below what a screen shows), a fraction of the original's size.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { quantize } from 'topojson-client';
import type { Topology } from 'topojson-specification';

const source = fileURLToPath(new URL('../../reference/kommuner-2024.topojson', import.meta.url));
export const MAP_ATTRIBUTION = 'Inneholder data under CC BY 4.0 fra Kartverket';

let cached: string | undefined;

/** The quantised topology as JSON text, with its attribution. */
export function municipalityMapJson(): string {
  if (!cached) {
    const topology = JSON.parse(readFileSync(source, 'utf8')) as Topology;
    const quantised = topology.transform
      ? topology
      : quantize(topology as Parameters<typeof quantize>[0], 1e5);
    cached = JSON.stringify({ ...quantised, attribution: MAP_ATTRIBUTION });
  }
  return cached;
}
