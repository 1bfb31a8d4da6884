// Reprojection of source coordinates to local metres east/north of an origin, with proj4 (no hand-written formulas).
import proj4 from "proj4";
import { ImportError } from "./types.ts";

// Proj strings as published by EPSG via epsg.io (https://epsg.io/25832, /25833, /28992).
const DEFINITIONS: Record<string, string> = {
  "EPSG:25832": "+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  "EPSG:25833": "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  // RD New (Amersfoort / RD New); towgs84 from epsg.io/28992 (the 7-parameter shift EPSG publishes, ~1 m accuracy).
  "EPSG:28992":
    "+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 " +
    "+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs",
};
// Compound or alias codes whose horizontal part is one of the above.
const ALIASES: Record<string, string> = {
  "EPSG:4326": "EPSG:4326",
  "EPSG:4258": "EPSG:4326", // ETRS89 geographic: same as WGS84 at building scale
  "EPSG:7415": "EPSG:28992", // RD New + NAP height
  "EPSG:5972": "EPSG:25832", // ETRS89 / UTM 32 + NN2000
  "EPSG:5973": "EPSG:25833", // ETRS89 / UTM 33 + NN2000
};

let defined = false;
function defineOnce(): void {
  if (defined) return;
  for (const [code, def] of Object.entries(DEFINITIONS)) proj4.defs(code, def);
  defined = true;
}

/** Normalises "EPSG:25832", "urn:ogc:def:crs:EPSG::25832", "https://www.opengis.net/def/crs/EPSG/0/25832", CRS84. */
export function normaliseCrs(crs: string): string {
  const s = crs.trim();
  if (/CRS84$/i.test(s)) return "EPSG:4326";
  const m = /EPSG(?::|\/0\/|::)(\d+)$/i.exec(s) ?? /^(\d+)$/.exec(s);
  if (!m) throw new ImportError(`unsupported CRS "${crs}"; supported: ${supportedCrs().join(", ")}`);
  const code = `EPSG:${m[1]}`;
  const horizontal = ALIASES[code] ?? code;
  if (horizontal !== "EPSG:4326" && !DEFINITIONS[horizontal]) {
    throw new ImportError(`unsupported CRS "${crs}"; supported: ${supportedCrs().join(", ")}`);
  }
  return horizontal;
}

export function supportedCrs(): string[] {
  return ["EPSG:4326", ...Object.keys(DEFINITIONS), ...Object.keys(ALIASES).filter((c) => c !== "EPSG:4326")];
}

/** Converts source coordinates to WGS84 [lon, lat]. */
export function toWgs84(crs: string): (xy: readonly [number, number]) => [number, number] {
  defineOnce();
  const code = normaliseCrs(crs);
  if (code === "EPSG:4326") return (xy) => [xy[0], xy[1]];
  const conv = proj4(code, "EPSG:4326");
  return (xy) => conv.forward([xy[0], xy[1]]) as [number, number];
}

/**
 * WGS84 [lon, lat] → local metres east/north of the origin: a transverse Mercator centred on the origin with
 * scale 1, so distances and areas within a municipality are true to well under 0.01 %.
 */
export function toLocal(origin: { lat: number; lon: number }): (lonLat: readonly [number, number]) => [number, number] {
  const conv = proj4(
    "EPSG:4326",
    `+proj=tmerc +lat_0=${origin.lat} +lon_0=${origin.lon} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`,
  );
  return (ll) => conv.forward([ll[0], ll[1]]) as [number, number];
}

/** Local metres → WGS84 [lon, lat] (the inverse of toLocal). */
export function fromLocal(origin: { lat: number; lon: number }): (xy: readonly [number, number]) => [number, number] {
  const conv = proj4(
    "EPSG:4326",
    `+proj=tmerc +lat_0=${origin.lat} +lon_0=${origin.lon} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`,
  );
  return (xy) => conv.inverse([xy[0], xy[1]]) as [number, number];
}
