// Places communes on the @svg-maps map. The map is a Mercator drawing of unknown scale and
// offset, so lon/lat are projected with Mercator and then mapped by a linear fit (least squares)
// of the departments' lon/lat bounding boxes (@etalab/fr-bounding-boxes) against the bounding
// boxes of their SVG paths. A commune's point is the centre of its bounding box.
import { geoMercator } from 'd3-geo';
import { preparedCommunes, readPackageJson } from '../lib/reference-data.ts';
import { parsePathRings, sourceMap, type Point } from './geometry.ts';

interface BoundingBox {
  id: string;
  name: string;
  bbox: [number, number, number, number];
}
// Read as data, not bundled. The communes' boxes (3 MB of JSON) come as their centres, prepared for the covered
// regions by scripts/reference.ts.
const departements = (): BoundingBox[] => readPackageJson('@etalab/fr-bounding-boxes/dist/departements.json');

const mercator = geoMercator().scale(1).translate([0, 0]);

interface LinearFit {
  slope: number;
  intercept: number;
}

function fitLine(pairs: [number, number][]): LinearFit {
  const n = pairs.length;
  const meanX = pairs.reduce((s, [x]) => s + x, 0) / n;
  const meanY = pairs.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of pairs) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

function pathBounds(d: string): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const ring of parsePathRings(d)) {
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
  }
  return [x0, y0, x1, y1];
}

/**
 * Fits map x on Mercator x (west/east edges) and map y on Mercator y (north/south edges) over
 * every department present in both packages: two independent axes, no rotation, since the
 * source map is north-up.
 */
function fitProjection(): { x: LinearFit; y: LinearFit } {
  const geo = new Map(departements().map((d) => [d.id.replace('fr:departement:', ''), d.bbox]));
  const xs: [number, number][] = [];
  const ys: [number, number][] = [];
  for (const location of sourceMap.locations) {
    const bbox = geo.get(location.id);
    if (!bbox) continue;
    const [west, south, east, north] = bbox;
    const [x0, y0, x1, y1] = pathBounds(location.path);
    const [mx0, my0] = mercator([west, north])!;
    const [mx1, my1] = mercator([east, south])!;
    xs.push([mx0, x0], [mx1, x1]);
    ys.push([my0, y0], [my1, y1]);
  }
  return { x: fitLine(xs), y: fitLine(ys) };
}

let fit: { x: LinearFit; y: LinearFit } | undefined;

/** Longitude/latitude → coordinates of the @svg-maps source map. */
export function lonLatToMap(lon: number, lat: number): Point {
  fit ??= fitProjection();
  const [mx, my] = mercator([lon, lat])!;
  return [fit.x.slope * mx + fit.x.intercept, fit.y.slope * my + fit.y.intercept];
}

/**
 * Centre of the commune's bounding box, or undefined when the reference does not know the code. `regionCodes`: the
 * regions the territories dataset covers, which the prepared extract must cover.
 */
export function communeLonLat(inseeCode: string, regionCodes: readonly string[]): Point | undefined {
  return preparedCommunes(regionCodes).centres[inseeCode];
}
