// The locator map of a department page (components/LocatorMap.astro): the regions' outlines and one SVG path per
// department, rounded to whole units. It is the same drawing on every department page but the department filled,
// so it is made once per build.
import { departmentsGeometry, type MapGeometry } from './geometry.ts';

export interface LocatorDrawing {
  /** "x y width height", the departments' bounds with a 2-unit margin. */
  viewBox: string;
  /** One path per region outline. */
  regions: string[];
  /** Department code → its path. */
  departments: Map<string, string>;
}

const rings = (shape: GeoJSON.MultiPolygon) => shape.coordinates.flatMap((polygon) => polygon);
const pathOf = (shape: GeoJSON.MultiPolygon) =>
  rings(shape).map((ring) => 'M' + ring.map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`).join('L') + 'Z').join('');

const drawings = new WeakMap<MapGeometry, LocatorDrawing>();

/** The drawing for the territories dataset's departments: the same geometry as the map's (charts/map.ts). */
export function locatorDrawing(departments: readonly { code: string; parent?: string }[]): LocatorDrawing {
  const geometry = departmentsGeometry(departments);
  let drawing = drawings.get(geometry);
  if (!drawing) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const dep of geometry.departments) {
      for (const ring of rings(dep.geometry)) {
        for (const [x, y] of ring) {
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
      }
    }
    const [x0, y0] = [Math.floor(minX) - 2, Math.floor(minY) - 2];
    const [w, h] = [Math.ceil(maxX) - x0 + 4, Math.ceil(maxY) - y0 + 4];
    drawing = {
      viewBox: `${x0} ${y0} ${w} ${h}`,
      regions: geometry.regions.map((r) => pathOf(r.geometry)),
      departments: new Map(geometry.departments.map((dep) => [dep.code, pathOf(dep.geometry)])),
    };
    drawings.set(geometry, drawing);
  }
  return drawing;
}
