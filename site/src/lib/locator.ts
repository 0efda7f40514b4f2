/**
 * The locator map of department pages, drawn once per build: every department page shows the same two regions'
 * outline with one department filled, so the geometry (topology, simplification) and the path strings are
 * computed on first use and shared by all of them, in both languages.
 */
import { buildMapGeometry } from '../charts/geometry.ts';
import { departments, get } from './data.ts';

export interface Locator {
  viewBox: string;
  /** One path per region: its outline. */
  regions: string[];
  /** Department code → its path. */
  departments: Map<string, string>;
}

let locator: Locator | undefined;

export function locatorMap(): Locator {
  locator ??= draw();
  return locator;
}

function draw(): Locator {
  const geometry = buildMapGeometry(departments.map((d) => ({ code: d.code, region: get('territories', d.parent!).code })));
  const rings = (shape: GeoJSON.MultiPolygon) => shape.coordinates.flatMap((polygon) => polygon);
  const d = (shape: GeoJSON.MultiPolygon) =>
    rings(shape).map((ring) => 'M' + ring.map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`).join('L') + 'Z').join('');
  const all = geometry.departments.flatMap((dep) => rings(dep.geometry));
  const xs = all.flat().map((p) => p[0]);
  const ys = all.flat().map((p) => p[1]);
  const [x0, y0] = [Math.floor(Math.min(...xs)) - 2, Math.floor(Math.min(...ys)) - 2];
  const [w, h] = [Math.ceil(Math.max(...xs)) - x0 + 4, Math.ceil(Math.max(...ys)) - y0 + 4];
  return {
    viewBox: `${x0} ${y0} ${w} ${h}`,
    regions: geometry.regions.map((r) => d(r.geometry)),
    departments: new Map(geometry.departments.map((dep) => [dep.code, d(dep.geometry)])),
  };
}
