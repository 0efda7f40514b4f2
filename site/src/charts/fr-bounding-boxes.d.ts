// @etalab/fr-bounding-boxes ships no types: its entry exports the four JSON lists (README, lib/index.js).
declare module '@etalab/fr-bounding-boxes' {
  interface BoundingBox {
    /** Geoid, e.g. "fr:commune:11069". */
    id: string;
    name: string;
    /** [west, south, east, north] in degrees. */
    bbox: [number, number, number, number];
  }
  const boxes: { communes: BoundingBox[]; epci: BoundingBox[]; departements: BoundingBox[]; regions: BoundingBox[] };
  export default boxes;
}
