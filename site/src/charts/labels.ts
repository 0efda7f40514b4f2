// Label placement for the map: department codes go to a roomy point inside their department,
// away from commune markers; commune names try eight positions around their marker and take the
// one that overlaps least with what is already drawn. Deterministic: fixed candidate order.
import { closestOnSegment, multiPolygonContains, type Point } from './geometry.ts';
import { textWidth } from './text.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: Anchor;
}

/** Box a text takes on screen (estimate; bold text is wider), with a small margin around it. */
export function textBox(text: string, x: number, baseline: number, fontSize: number, anchor: Anchor, bold = false): Box {
  const width = textWidth(text, fontSize, bold);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const margin = fontSize * 0.1;
  return { x0: x0 - margin, y0: baseline - fontSize * 0.95 - margin, x1: x0 + width + margin, y1: baseline + fontSize * 0.25 + margin };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [cx, cy] = closestOnSegment(p, a, b);
  return Math.hypot(p[0] - cx, p[1] - cy);
}

function distanceToBoundary(point: Point, shape: GeoJSON.MultiPolygon): number {
  let best = Infinity;
  for (const polygon of shape.coordinates) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, distanceToSegment(point, ring[i - 1] as Point, ring[i] as Point));
    }
  }
  return best;
}

function distanceToBox([px, py]: Point, box: Box): number {
  return Math.hypot(Math.max(box.x0 - px, 0, px - box.x1), Math.max(box.y0 - py, 0, py - box.y1));
}

/** The distance between two boxes (0 when they overlap). */
function boxGap(a: Box, b: Box): number {
  return Math.hypot(Math.max(a.x0 - b.x1, 0, b.x0 - a.x1), Math.max(a.y0 - b.y1, 0, b.y0 - a.y1));
}

/**
 * `Math.min(room, cap)` of the search below, without building an array per sampled point (thousands per department).
 * Only a border closer than the room found so far can change the result: a segment whose bounding box is already
 * farther is skipped (with a margin far above rounding), the others measured exactly as `distanceToBoundary` does.
 */
function cappedRoom(p: Point, shape: GeoJSON.MultiPolygon, obstacles: readonly Box[], cap: number): number {
  let r = cap;
  for (const box of obstacles) {
    const d = distanceToBox(p, box);
    if (d < r) r = d;
  }
  const [px, py] = p;
  let boundary = Infinity;
  for (const polygon of shape.coordinates) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1];
        const [bx, by] = ring[i];
        const outsideX = Math.max(Math.min(ax, bx) - px, 0, px - Math.max(ax, bx));
        const outsideY = Math.max(Math.min(ay, by) - py, 0, py - Math.max(ay, by));
        const threshold = Math.min(r, boundary * 1.5) + 1e-6;
        if ((outsideX * outsideX + outsideY * outsideY) * 2.25 > threshold * threshold) continue;
        boundary = Math.min(boundary, distanceToSegment(p, ring[i - 1] as Point, ring[i] as Point));
      }
    }
  }
  boundary *= 1.5;
  return boundary < r ? boundary : r;
}

/**
 * A point inside the department for its code, of type size `fontSize`: the centroid when it has
 * room (away from obstacles and borders), else the sampled inside point with the most room
 * (nearest the centroid on ties).
 */
export function departmentLabelPoint(shape: GeoJSON.MultiPolygon, centroid: Point, obstacles: readonly Box[], fontSize: number): Point {
  const clearance = fontSize * 0.75;
  const room = (p: Point) => Math.min(distanceToBoundary(p, shape) * 1.5, ...obstacles.map((b) => distanceToBox(p, b)));
  if (multiPolygonContains(shape, centroid) && room(centroid) >= clearance) return centroid;
  const xs = shape.coordinates.flatMap((polygon) => polygon[0].map((p) => p[0]));
  const ys = shape.coordinates.flatMap((polygon) => polygon[0].map((p) => p[1]));
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Only obstacles within `clearance` of the sampled area can lower a point's room below the cap: the others (the
  // markers and labels of the rest of the map, more with the data) are left out of the search, the result the same.
  const area: Box = { x0: minX - 0.1, y0: minY - 0.1, x1: maxX + 0.1, y1: maxY + 0.1 };
  const near = obstacles.filter((box) => boxGap(box, area) <= clearance + 1e-6);
  const step = 3;
  let best = centroid;
  let bestRoom = -Infinity;
  let bestDistance = Infinity;
  for (let x = minX; x <= maxX; x += step) {
    for (let y = minY; y <= maxY; y += step) {
      const p: Point = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
      if (!multiPolygonContains(shape, p)) continue;
      const r = cappedRoom(p, shape, near, clearance);
      const d = Math.hypot(p[0] - centroid[0], p[1] - centroid[1]);
      if (r > bestRoom || (r === bestRoom && d < bestDistance)) {
        best = p;
        bestRoom = r;
        bestDistance = d;
      }
    }
  }
  return best;
}

/** Places each label around its point, minimising overlap with obstacles and earlier labels. */
export function placePointLabels(
  points: readonly { text: string; at: Point }[],
  obstacles: readonly Box[],
  fontSize: number,
  bounds: Box,
): PlacedLabel[] {
  const taken = [...obstacles];
  const gap = fontSize * 0.55 + 4;
  return points.map(({ text, at: [x, y] }) => {
    const mid = y + fontSize * 0.3;
    const candidates: PlacedLabel[] = [
      { text, x: x + gap, y: mid, anchor: 'start' },
      { text, x: x - gap, y: mid, anchor: 'end' },
      { text, x, y: y - gap, anchor: 'middle' },
      { text, x, y: y + gap + fontSize * 0.7, anchor: 'middle' },
      { text, x: x + gap * 0.7, y: y - gap * 0.7, anchor: 'start' },
      { text, x: x - gap * 0.7, y: y - gap * 0.7, anchor: 'end' },
      { text, x: x + gap * 0.7, y: y + gap * 0.7 + fontSize * 0.6, anchor: 'start' },
      { text, x: x - gap * 0.7, y: y + gap * 0.7 + fontSize * 0.6, anchor: 'end' },
    ];
    let best = candidates[0];
    let bestCost = Infinity;
    for (const candidate of candidates) {
      const box = textBox(text, candidate.x, candidate.y, fontSize, candidate.anchor);
      const outside = Math.max(0, bounds.x0 - box.x0) + Math.max(0, box.x1 - bounds.x1) + Math.max(0, bounds.y0 - box.y0) + Math.max(0, box.y1 - bounds.y1);
      const cost = taken.reduce((sum, t) => sum + overlapArea(box, t), 0) + outside * fontSize * 10;
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    }
    taken.push(textBox(text, best.x, best.y, fontSize, best.anchor));
    return { ...best, x: Math.round(best.x * 10) / 10, y: Math.round(best.y * 10) / 10 };
  });
}
